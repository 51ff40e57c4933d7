import { ActionIcon, Group, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { createColumnHelper } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import type { Candidate } from '../../../../shared/contract';
import { formatGrade, rankOf } from '../../../../shared/domain/grades';
import { formatNip } from '../../../../shared/domain/nip';

const column = createColumnHelper<Candidate>();
/** Numbers are read whole: their columns keep their pixels while text columns share the rest. */
const FIXED = { fixedWidth: true };

export interface RowActions {
  onEdit: (candidate: Candidate) => void;
  onDelete: (candidate: Candidate) => void;
}

/**
 * The roster as people read it on paper: NIP in its spaced form, rank with its golongan. The
 * accessors return the displayed text, which is also what a truncated cell shows on hover.
 * With `actions`, each row ends with edit and delete buttons.
 */
export function rosterColumns(t: TFunction, actions?: RowActions) {
  const columns = [
    column.accessor('participantNo', { header: t('roster.column.participantNo'), size: 128, meta: FIXED }),
    column.accessor((c) => formatNip(c.nip), {
      id: 'nip',
      header: t('roster.column.nip'),
      size: 200,
      meta: FIXED,
    }),
    column.accessor('name', { header: t('roster.column.name'), size: 250 }),
    column.accessor((c) => formatGrade(c.grade), {
      id: 'grade',
      header: t('roster.column.grade'),
      size: 180,
      // Code first: when the column is narrow, "III/b" survives and the rank name is cut.
      cell: ({ row }) => gradeCell(row.original.grade),
    }),
    column.accessor('position', { header: t('roster.column.position'), size: 200 }),
    column.accessor('positionLevel', { header: t('roster.column.positionLevel'), size: 118, meta: FIXED }),
    column.accessor('unit', { header: t('roster.column.unit'), size: 220 }),
  ];
  if (!actions) return columns;
  return [
    ...columns,
    column.display({
      id: 'actions',
      header: () => <VisuallyHidden>{t('rosterEdit.column.actions')}</VisuallyHidden>,
      size: 84,
      meta: FIXED,
      cell: ({ row }) => <RowButtons candidate={row.original} actions={actions} t={t} />,
    }),
  ];
}

function RowButtons({ candidate, actions, t }: { candidate: Candidate; actions: RowActions; t: TFunction }) {
  const who = `${candidate.name} (${candidate.participantNo})`;
  return (
    <Group gap={2} wrap="nowrap" justify="flex-end">
      <Tooltip label={t('rosterEdit.action.edit')} openDelay={400}>
        <ActionIcon
          variant="subtle"
          aria-label={`${t('rosterEdit.action.edit')} ${who}`}
          onClick={() => actions.onEdit(candidate)}
        >
          <IconPencil size={18} />
        </ActionIcon>
      </Tooltip>
      <Tooltip label={t('rosterEdit.action.delete')} openDelay={400}>
        <ActionIcon
          variant="subtle"
          color="red"
          aria-label={`${t('rosterEdit.action.delete')} ${who}`}
          onClick={() => actions.onDelete(candidate)}
        >
          <IconTrash size={18} />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}

function gradeCell(code: string | null) {
  if (!code) return null;
  return (
    <>
      {code}
      <Text span c="dimmed" size="sm" ml={8}>
        {rankOf(code)}
      </Text>
    </>
  );
}

/** What the search box looks through: name, NIP, participant number and unit. */
export function candidateSearchText(candidate: Candidate): string {
  return `${candidate.participantNo} ${candidate.nip} ${candidate.name} ${candidate.unit}`;
}
