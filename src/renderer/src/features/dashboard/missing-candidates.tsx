import { Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { createColumnHelper } from '@tanstack/react-table';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgressReport } from '../../../../shared/contract';
import { VirtualTable } from '../../components/virtual-table';
import { buildTextIndex, filterTextIndex } from '../../lib/text-filter';

type Row = ProgressReport['candidates'][number];

const column = createColumnHelper<Row>();
const FIXED = { fixedWidth: true };

/** "IT · Siti Aminah (4)": which method, who, and how many ratings they still owe. */
function owes(row: Row): string {
  return row.missing
    .map((m) => `${m.methodCode} · ${m.assessorName}${m.missingRatings > 0 ? ` (${m.missingRatings})` : ''}`)
    .join('; ');
}

/** Candidates still waiting for a sheet, with who owes it: virtualised for 600+ candidates. */
export function MissingCandidates({ report }: { report: ProgressReport }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);

  const rows = useMemo(() => report.candidates.filter((c) => c.missing.length > 0), [report]);
  const index = useMemo(
    () => buildTextIndex(rows, (r) => `${r.participantNo} ${r.name} ${r.unit} ${owes(r)}`),
    [rows],
  );
  const visible = useMemo(() => filterTextIndex(index, deferred), [index, deferred]);
  const columns = useMemo(
    () => [
      column.accessor('participantNo', { header: t('scoring.dashboard.column.no'), size: 64, meta: FIXED }),
      column.accessor('name', { header: t('scoring.dashboard.column.name'), size: 240 }),
      column.accessor((r) => `${r.submitted}/${r.sheets}`, {
        id: 'submitted',
        header: t('scoring.dashboard.column.sheets'),
        size: 110,
        meta: FIXED,
      }),
      column.accessor('missingRatings', {
        header: t('scoring.dashboard.column.missing'),
        size: 96,
        meta: FIXED,
      }),
      column.accessor(owes, { id: 'owes', header: t('scoring.dashboard.column.owes'), size: 300 }),
    ],
    [t],
  );

  return (
    <Paper withBorder p="md" h="100%" style={{ display: 'flex', flexDirection: 'column', minHeight: 0 }}>
      <Stack gap="sm" style={{ flex: 1, minHeight: 0 }}>
        <Group justify="space-between" wrap="nowrap">
          <div>
            <Title order={3} size="h5">
              {t('scoring.dashboard.candidates')}
            </Title>
            <Text size="xs" c="dimmed" data-testid="missing-count">
              {t('scoring.dashboard.candidatesCount', { count: visible ? visible.length : rows.length })}
            </Text>
          </div>
          <TextInput
            size="xs"
            w={240}
            leftSection={<IconSearch size={14} />}
            placeholder={t('scoring.dashboard.candidatesSearch')}
            aria-label={t('scoring.dashboard.candidatesSearch')}
            value={query}
            onChange={(event) => setQuery(event.currentTarget.value)}
          />
        </Group>
        <VirtualTable
          rows={rows}
          visible={visible}
          columns={columns}
          getRowId={(r) => String(r.candidateId)}
          label={t('scoring.dashboard.candidates')}
          rowHeight={36}
          minWidth={560}
          scrollResetKey={deferred}
          empty={rows.length === 0 ? t('scoring.dashboard.candidatesEmpty') : t('scoring.dashboard.noMatch')}
        />
      </Stack>
    </Paper>
  );
}
