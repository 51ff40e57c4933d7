import { Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconCircleX } from '@tabler/icons-react';
import { createColumnHelper } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RosterPreview } from '../../../../shared/contract';
import { formatGrade, rankOf } from '../../../../shared/domain/grades';
import { formatNip } from '../../../../shared/domain/nip';
import { VirtualTable } from '../../components/virtual-table';

type SampleRow = RosterPreview['sample'][number];

const column = createColumnHelper<SampleRow>();
const FIXED = { fixedWidth: true };

function text(value: SampleRow[string] | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

function sampleColumns(t: TFunction, errorRows: ReadonlySet<number>, language: string) {
  const date = (iso: string) =>
    new Date(`${iso}T00:00:00Z`).toLocaleDateString(language === 'id' ? 'id-ID' : 'en-GB', {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      timeZone: 'UTC',
    });
  return [
    column.accessor((r) => Number(r.row), {
      id: 'row',
      header: t('rosterImport.sample.column.row'),
      size: 72,
      meta: FIXED,
      cell: ({ getValue }) => {
        const row = getValue();
        return errorRows.has(row) ? (
          <Tooltip label={t('rosterImport.sample.hasError')}>
            <Group gap={4} wrap="nowrap" c="red.8">
              <IconCircleX size={15} aria-label={t('rosterImport.sample.hasError')} />
              {row}
            </Group>
          </Tooltip>
        ) : (
          row
        );
      },
    }),
    column.accessor((r) => text(r.participantNo), {
      id: 'participantNo',
      header: t('rosterImport.sample.column.participantNo'),
      size: 64,
      meta: FIXED,
    }),
    // A wrong NIP stays as written: spacing it like a real one would hide what is wrong.
    column.accessor((r) => (errorRows.has(Number(r.row)) ? text(r.nip) : formatNip(text(r.nip))), {
      id: 'nip',
      header: t('rosterImport.sample.column.nip'),
      size: 206,
      meta: FIXED,
    }),
    column.accessor((r) => text(r.name), {
      id: 'name',
      header: t('rosterImport.sample.column.name'),
      size: 220,
    }),
    column.accessor((r) => text(r.gender), {
      id: 'gender',
      header: t('rosterImport.sample.column.gender'),
      size: 56,
      meta: FIXED,
    }),
    column.accessor((r) => (r.birthDate ? date(text(r.birthDate)) : ''), {
      id: 'birthDate',
      header: t('rosterImport.sample.column.birthDate'),
      size: 116,
      meta: FIXED,
    }),
    column.accessor((r) => (r.grade ? formatGrade(text(r.grade)) : ''), {
      id: 'grade',
      header: t('rosterImport.sample.column.grade'),
      // Code first, as in the roster: when the column is narrow "III/b" survives.
      cell: ({ row }) => {
        const code = text(row.original.grade);
        return code ? (
          <>
            {code}
            <Text span c="dimmed" size="sm" ml={8}>
              {rankOf(code)}
            </Text>
          </>
        ) : null;
      },
      size: 170,
    }),
    column.accessor((r) => text(r.position), {
      id: 'position',
      header: t('rosterImport.sample.column.position'),
      size: 170,
    }),
    column.accessor((r) => text(r.positionLevel), {
      id: 'positionLevel',
      header: t('rosterImport.sample.column.positionLevel'),
      size: 110,
    }),
    column.accessor((r) => text(r.unit), {
      id: 'unit',
      header: t('rosterImport.sample.column.unit'),
      size: 200,
    }),
  ];
}

/** The first rows as they will be stored: NIP normalised, golongan read, names untouched. */
export const ImportSample = memo(function ImportSample({ preview }: { preview: RosterPreview }) {
  const { t, i18n } = useTranslation();
  const errorRows = useMemo(() => new Set(preview.errors.map((p) => p.row)), [preview.errors]);
  const columns = useMemo(() => sampleColumns(t, errorRows, i18n.language), [t, errorRows, i18n.language]);
  return (
    <Stack gap={6} h="100%">
      <Text size="sm" c="dimmed">
        {t('rosterImport.sample.intro', { count: preview.sample.length })}
      </Text>
      <VirtualTable
        rows={preview.sample}
        columns={columns}
        getRowId={(row) => String(row.row)}
        label={t('rosterImport.sample.tableLabel')}
        empty={t('rosterImport.sample.empty')}
        rowHeight={38}
        minWidth={1100}
      />
    </Stack>
  );
});
