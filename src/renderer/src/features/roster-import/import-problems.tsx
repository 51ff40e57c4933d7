import {
  Badge,
  Box,
  Center,
  Group,
  ScrollArea,
  SegmentedControl,
  Stack,
  Text,
  ThemeIcon,
  UnstyledButton,
} from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconCircleX } from '@tabler/icons-react';
import { createColumnHelper } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RosterProblem } from '../../../../shared/contract';
import { VirtualTable } from '../../components/virtual-table';
import classes from './roster-import.module.css';
import { problemKinds, problemRows, type ProblemKind, type ProblemRow, type Severity } from './problem-rows';

type Filter = 'all' | Severity;

const KNOWN_CODES = [
  'nip-missing',
  'nip-not-digits',
  'nip-length',
  'nip-birth-date',
  'nip-appointment-date',
  'nip-gender-digit',
  'nip-stored-as-number',
  'nip-duplicate',
  'name-missing',
  'grade-unknown',
  'gender-mismatch',
  'gender-unknown',
  'birth-date-unknown',
  'birth-date-mismatch',
  'participant-no-duplicate',
] as const;
type KnownCode = (typeof KNOWN_CODES)[number];

/** A short name for a kind of problem; a code added on the server later shows as itself. */
export function codeTitle(code: string, t: TFunction): string {
  return (KNOWN_CODES as readonly string[]).includes(code)
    ? t(`rosterImport.codes.${code as KnownCode}`)
    : code;
}

function SeverityIcon({ severity, size = 16 }: { severity: Severity; size?: number }) {
  return severity === 'error' ? (
    <IconCircleX size={size} color="var(--mantine-color-red-7)" aria-hidden />
  ) : (
    <IconAlertTriangle size={size} color="var(--mantine-color-orange-7)" aria-hidden />
  );
}

const column = createColumnHelper<ProblemRow>();

function problemColumns(t: TFunction) {
  return [
    column.accessor('row', {
      header: t('rosterImport.problems.column.row'),
      size: 84,
      meta: { fixedWidth: true },
      cell: ({ row }) => (
        <Group gap={6} wrap="nowrap">
          <SeverityIcon severity={row.original.severity} />
          <span>{row.original.row}</span>
          <span className={classes.srOnly}>
            {t(`rosterImport.problems.severity.${row.original.severity}`)}
          </span>
        </Group>
      ),
    }),
    column.accessor('column', { header: t('rosterImport.problems.column.column'), size: 150 }),
    column.accessor('message', {
      header: t('rosterImport.problems.column.problem'),
      size: 580,
      // Two lines: most messages fit whole, the longest end in "…" and show in full on hover.
      cell: ({ getValue }) => (
        <Text size="sm" lh={1.35} lineClamp={2} style={{ whiteSpace: 'normal' }}>
          {getValue()}
        </Text>
      ),
    }),
    column.accessor('code', {
      header: t('rosterImport.problems.column.code'),
      size: 172,
      meta: { fixedWidth: true },
      cell: ({ getValue }) => (
        <Text span size="xs" ff="monospace" c="dimmed">
          {getValue()}
        </Text>
      ),
    }),
  ];
}

interface ImportProblemsProps {
  errors: readonly RosterProblem[];
  warnings: readonly RosterProblem[];
}

/**
 * Every problem of the file. On the left each kind once, with how many rows have it and how to
 * fix it; on the right the rows themselves (virtualised: a 10,000-row file can have thousands).
 */
export const ImportProblems = memo(function ImportProblems({ errors, warnings }: ImportProblemsProps) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<Filter>('all');
  const [code, setCode] = useState<string | null>(null);
  const rows = useMemo(() => problemRows(errors, warnings), [errors, warnings]);
  const kinds = useMemo(() => problemKinds(rows), [rows]);
  const columns = useMemo(() => problemColumns(t), [t]);

  const shownKinds = kinds.filter((kind) => filter === 'all' || kind.severity === filter);
  const visible = useMemo(() => {
    if (filter === 'all' && code === null) return null;
    const positions: number[] = [];
    rows.forEach((row, position) => {
      if ((filter === 'all' || row.severity === filter) && (code === null || row.code === code))
        positions.push(position);
    });
    return positions;
  }, [rows, filter, code]);

  if (rows.length === 0) {
    return (
      <Center h="100%">
        <Group gap="sm">
          <ThemeIcon color="teal" variant="light" radius="xl" size="lg" aria-hidden>
            <IconCircleCheck size={20} />
          </ThemeIcon>
          <Text>{t('rosterImport.problems.none')}</Text>
        </Group>
      </Center>
    );
  }

  const shown = visible ? visible.length : rows.length;
  return (
    <Group align="stretch" gap="md" wrap="nowrap" h="100%">
      <Stack w={330} gap="xs" style={{ flexShrink: 0, minHeight: 0 }}>
        <SegmentedControl
          fullWidth
          size="xs"
          aria-label={t('rosterImport.problems.filterLabel')}
          value={filter}
          onChange={(value) => {
            setFilter(value as Filter);
            setCode(null);
          }}
          data={[
            { value: 'all', label: t('rosterImport.problems.all', { count: rows.length }) },
            { value: 'error', label: t('rosterImport.problems.errors', { count: errors.length }) },
            { value: 'warning', label: t('rosterImport.problems.warnings', { count: warnings.length }) },
          ]}
        />
        <ScrollArea style={{ flex: 1 }} type="auto" offsetScrollbars>
          <Stack gap={6} role="list" aria-label={t('rosterImport.problems.kindsLabel')}>
            {shownKinds.map((kind) => (
              <div role="listitem" key={kind.code}>
                <KindButton
                  kind={kind}
                  selected={code === kind.code}
                  onClick={() => setCode(code === kind.code ? null : kind.code)}
                />
              </div>
            ))}
          </Stack>
        </ScrollArea>
      </Stack>
      <Stack gap={6} style={{ flex: 1, minWidth: 0, minHeight: 0 }}>
        <VirtualTable
          rows={rows}
          visible={visible}
          columns={columns}
          getRowId={(row) => `${row.row}:${row.column}:${row.code}`}
          label={t('rosterImport.problems.tableLabel')}
          empty={t('rosterImport.problems.noneInFilter')}
          rowHeight={52}
          minWidth={700}
          scrollResetKey={`${filter}:${code ?? ''}`}
        />
        <Text size="xs" c="dimmed">
          {t('rosterImport.problems.shown', { shown, count: rows.length })} ·{' '}
          {t('rosterImport.problems.rowHint')}
        </Text>
      </Stack>
    </Group>
  );
});

function KindButton({
  kind,
  selected,
  onClick,
}: {
  kind: ProblemKind;
  selected: boolean;
  onClick: () => void;
}) {
  const { t } = useTranslation();
  return (
    <UnstyledButton
      onClick={onClick}
      aria-pressed={selected}
      className={classes.kind}
      data-selected={selected || undefined}
      data-severity={kind.severity}
    >
      <Group gap={8} wrap="nowrap" justify="space-between" align="flex-start">
        <Group gap={6} wrap="nowrap" align="flex-start" style={{ minWidth: 0 }}>
          <Box mt={1} style={{ flexShrink: 0 }}>
            <SeverityIcon severity={kind.severity} />
          </Box>
          <Text size="sm" fw={600} lh={1.3}>
            {codeTitle(kind.code, t)}
          </Text>
        </Group>
        <Badge
          size="sm"
          variant="light"
          color={kind.severity === 'error' ? 'red' : 'orange'}
          style={{ flexShrink: 0 }}
        >
          {t('rosterImport.problems.rowsCount', { count: kind.count })}
        </Badge>
      </Group>
      <Box mt={4}>
        <Text size="xs" c="dimmed" lineClamp={selected ? undefined : 2}>
          {kind.example}
        </Text>
      </Box>
    </UnstyledButton>
  );
}
