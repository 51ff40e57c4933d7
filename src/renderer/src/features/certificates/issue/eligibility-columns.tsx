import { ActionIcon, Badge, Checkbox, Group, Text, Tooltip } from '@mantine/core';
import { IconFileText } from '@tabler/icons-react';
import { createColumnHelper } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import type { CertificateEligibilityView } from '../../../../../shared/contract';
import { CATEGORY_LABELS } from '../../../../../shared/domain/categories';
import { formatNip } from '../../../../../shared/domain/nip';

export type EligibilityRow = CertificateEligibilityView['candidates'][number];

const column = createColumnHelper<EligibilityRow>();
const FIXED = { fixedWidth: true };

/** A candidate who may be picked for issuing: eligible and without a valid certificate yet. */
export const isSelectable = (row: EligibilityRow) => row.eligible && row.certificateId === null;

/** "MS · lulus": the category code keeps the column narrow; its name is in the tooltip. */
function resultText(t: TFunction, row: EligibilityRow): string {
  if (row.status !== 'complete') return t(`certificates.issue.resultStatus.${row.status}`);
  const parts = [row.category ?? ''];
  if (row.passed !== null)
    parts.push(row.passed ? t('certificates.issue.passed') : t('certificates.issue.failed'));
  return parts.filter(Boolean).join(' · ');
}

export interface EligibilityColumnOptions {
  selected: ReadonlySet<number>;
  /** Selectable rows in view: the header box selects or clears them all. */
  selectableInView: readonly EligibilityRow[];
  onToggle: (row: EligibilityRow) => void;
  onToggleAll: (select: boolean) => void;
  onReport: (row: EligibilityRow) => void;
}

/** Candidates with a box to pick them, their result, and their certificate number once issued. */
export function eligibilityColumns(t: TFunction, options: EligibilityColumnOptions) {
  const { selected, selectableInView, onToggle, onToggleAll, onReport } = options;
  const chosenInView = selectableInView.filter((row) => selected.has(row.candidateId)).length;
  return [
    column.display({
      id: 'select',
      size: 44,
      meta: FIXED,
      header: () => (
        <Checkbox
          aria-label={t('certificates.issue.selectAll')}
          checked={chosenInView > 0 && chosenInView === selectableInView.length}
          indeterminate={chosenInView > 0 && chosenInView < selectableInView.length}
          disabled={selectableInView.length === 0}
          onChange={(event) => onToggleAll(event.currentTarget.checked)}
        />
      ),
      cell: ({ row }) =>
        isSelectable(row.original) ? (
          <Checkbox
            aria-label={t('certificates.issue.selectOne', { name: row.original.name })}
            checked={selected.has(row.original.candidateId)}
            onChange={() => onToggle(row.original)}
          />
        ) : null,
    }),
    column.accessor('participantNo', {
      header: t('certificates.issue.column.participantNo'),
      size: 128,
      meta: FIXED,
    }),
    column.accessor((row) => formatNip(row.nip), {
      id: 'nip',
      header: t('certificates.issue.column.nip'),
      size: 200,
      meta: FIXED,
    }),
    column.accessor('name', { header: t('certificates.issue.column.name'), size: 240 }),
    column.accessor('unit', { header: t('certificates.issue.column.unit'), size: 150 }),
    column.accessor((row) => resultText(t, row), {
      id: 'result',
      header: t('certificates.issue.column.result'),
      size: 130,
      meta: FIXED,
      cell: ({ row, getValue }) => (
        <Tooltip
          label={row.original.category ? CATEGORY_LABELS[row.original.category] : ''}
          disabled={!row.original.category}
          openDelay={300}
          withinPortal
        >
          <Text size="sm" truncate>
            {getValue()}
          </Text>
        </Tooltip>
      ),
    }),
    column.accessor((row) => row.number ?? '', {
      id: 'certificate',
      header: t('certificates.issue.column.certificate'),
      size: 236,
      meta: FIXED,
      cell: ({ row }) =>
        row.original.number ? (
          <Text size="sm" fw={500} truncate style={{ fontVariantNumeric: 'tabular-nums' }}>
            {row.original.number}
          </Text>
        ) : row.original.eligible ? (
          <Badge color="blue" variant="light" tt="none">
            {t('certificates.issue.state.pending')}
          </Badge>
        ) : (
          <Badge color="gray" variant="light" tt="none">
            {t('certificates.issue.state.ineligible')}
          </Badge>
        ),
    }),
    column.display({
      id: 'actions',
      size: 56,
      meta: FIXED,
      header: () => null,
      cell: ({ row }) => {
        const label = t('certificates.issue.report', { name: row.original.name });
        return (
          <Group justify="flex-end" wrap="nowrap">
            <Tooltip label={label} openDelay={400} withinPortal>
              <ActionIcon variant="subtle" aria-label={label} onClick={() => onReport(row.original)}>
                <IconFileText size={18} />
              </ActionIcon>
            </Tooltip>
          </Group>
        );
      },
    }),
  ];
}
