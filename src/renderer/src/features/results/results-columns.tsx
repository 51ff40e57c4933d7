import { Anchor, Badge, Group, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import { createColumnHelper, type ColumnDef } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import type { CandidateResult } from '../../../../shared/contract';
import { formatNip } from '../../../../shared/domain/nip';
import { CategoryBadge, formatScore, STATUS_COLORS, type ScoreKind } from './result-format';
import type { ResultSort, ResultView, SortKey } from './results-view';

const column = createColumnHelper<CandidateResult>();
const FIXED = { fixedWidth: true };

interface ColumnOptions {
  view: ResultView;
  scoreKind: ScoreKind;
  sort: ResultSort;
  onSort: (key: SortKey) => void;
  onProfile: (candidate: CandidateResult) => void;
}

/** A header that sorts its column; a second click turns the order around. */
function SortHeader({
  label,
  sortKey,
  sort,
  onSort,
  t,
}: {
  label: string;
  sortKey: SortKey;
  sort: ResultSort;
  onSort: (key: SortKey) => void;
  t: TFunction;
}) {
  const active = sort.key === sortKey;
  const Icon = !active ? IconArrowsSort : sort.desc ? IconArrowDown : IconArrowUp;
  return (
    <UnstyledButton
      onClick={() => onSort(sortKey)}
      aria-label={t('results.table.sortBy', { column: label })}
      aria-sort={active ? (sort.desc ? 'descending' : 'ascending') : undefined}
      style={{ fontWeight: 'inherit', fontSize: 'inherit', maxWidth: '100%' }}
    >
      <Group gap={4} wrap="nowrap">
        <span style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>{label}</span>
        <Icon size={14} style={{ flex: 'none', opacity: active ? 1 : 0.35 }} aria-hidden />
      </Group>
    </UnstyledButton>
  );
}

function RankCell({ candidate, t }: { candidate: CandidateResult; t: TFunction }) {
  if (candidate.rank === null) return <Text c="dimmed">—</Text>;
  const why =
    candidate.decidedBy === null
      ? t('results.table.rankFirst')
      : t('results.table.rankDecided', { rule: t(`results.tieBreaks.${candidate.decidedBy}`) });
  return (
    <Tooltip label={why} multiline w={280} openDelay={250} withinPortal>
      <Text fw={700} span style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="rank">
        {candidate.rank}
      </Text>
    </Tooltip>
  );
}

/**
 * The results table's columns for one view. Ranked candidates show rank, score, category and
 * pass; incomplete ones show how many competencies still wait for the meeting instead.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- TanStack's own column type is `any`-valued
export function resultColumns(t: TFunction, options: ColumnOptions): ColumnDef<CandidateResult, any>[] {
  const { view, scoreKind, sort, onSort, onProfile } = options;
  const header = (label: string, key: SortKey) => () => (
    <SortHeader label={label} sortKey={key} sort={sort} onSort={onSort} t={t} />
  );
  const scoreLabel = scoreKind === 'jpm' ? t('results.table.column.jpm') : t('results.table.column.score');

  const identity = [
    column.accessor('participantNo', {
      header: header(t('results.table.column.participantNo'), 'participantNo'),
      size: 138,
      meta: FIXED,
    }),
    column.accessor((c) => formatNip(c.nip), {
      id: 'nip',
      header: header(t('results.table.column.nip'), 'nip'),
      size: 196,
      meta: FIXED,
    }),
    column.accessor('name', {
      header: header(t('results.table.column.name'), 'name'),
      size: 260,
      cell: ({ row }) => (
        <Anchor
          component="button"
          type="button"
          size="sm"
          fw={500}
          c="inherit"
          onClick={() => onProfile(row.original)}
          aria-label={t('results.table.profileOf', { name: row.original.name })}
          style={{ maxWidth: '100%', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
        >
          {row.original.name}
        </Anchor>
      ),
    }),
    column.accessor('unit', { header: header(t('results.table.column.unit'), 'unit'), size: 230 }),
  ];
  const status = column.accessor('status', {
    header: header(t('results.table.column.status'), 'status'),
    size: 130,
    meta: FIXED,
    cell: ({ row }) => (
      <Badge color={STATUS_COLORS[row.original.status]} variant="light" size="sm">
        {t(`results.status.${row.original.status}`)}
      </Badge>
    ),
  });

  if (view === 'ranked') {
    return [
      column.accessor('rank', {
        header: header(t('results.table.column.rank'), 'rank'),
        size: 122,
        meta: FIXED,
        cell: ({ row }) => <RankCell candidate={row.original} t={t} />,
      }),
      ...identity,
      column.accessor((c) => formatScore(c.score, scoreKind), {
        id: 'score',
        header: header(scoreLabel, 'score'),
        size: 96,
        meta: FIXED,
        cell: ({ getValue }) => (
          <Text fw={600} size="sm" span data-testid="score">
            {getValue<string>()}
          </Text>
        ),
      }),
      column.accessor('category', {
        header: header(t('results.table.column.category'), 'category'),
        size: 110,
        meta: FIXED,
        cell: ({ row }) => <CategoryBadge category={row.original.category} size="sm" />,
      }),
      column.accessor('passed', {
        header: header(t('results.table.column.passed'), 'passed'),
        size: 92,
        meta: FIXED,
        cell: ({ row }) =>
          row.original.passed === null ? null : row.original.passed ? (
            <Badge color="teal" variant="filled" size="sm">
              {t('results.table.yes')}
            </Badge>
          ) : (
            <Text size="sm" c="dimmed" span>
              {t('results.table.no')}
            </Text>
          ),
      }),
    ];
  }
  if (view === 'incomplete') {
    return [
      ...identity,
      column.accessor('pending', {
        header: header(t('results.table.column.pending'), 'pending'),
        size: 150,
        meta: FIXED,
      }),
      status,
    ];
  }
  return [...identity, status];
}
