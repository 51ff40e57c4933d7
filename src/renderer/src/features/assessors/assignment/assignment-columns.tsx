import { ActionIcon, Badge, Group, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconHandFinger, IconPencil } from '@tabler/icons-react';
import { createColumnHelper } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import { shortName } from '../shared/format';
import classes from './assignment-columns.module.css';
import type { Slot } from './slots';

const column = createColumnHelper<Slot>();
const FIXED = { fixedWidth: true };

export function assignmentColumns(t: TFunction, perCandidate: number, onEdit: (slot: Slot) => void) {
  return [
    column.accessor('participantNo', {
      header: t('assessors.assign.column.participantNo'),
      size: 56,
      meta: FIXED,
    }),
    column.accessor('candidateName', {
      header: t('assessors.assign.column.candidate'),
      size: 170,
    }),
    column.accessor('methodCode', { header: t('assessors.assign.column.method'), size: 84, meta: FIXED }),
    column.display({
      id: 'assessors',
      header: t('assessors.assign.column.assessors'),
      size: 330,
      // Names without titles, in a line of text: two assessors fit where two badges would not.
      cell: ({ row }) => (
        <span
          title={row.original.rows
            .map((a) =>
              a.conflict ? t('assessors.assign.conflictTip', { name: a.assessorName }) : a.assessorName,
            )
            .join('\n')}
        >
          {/* A conflicting assessor comes first, so a narrow column never hides it. */}
          {[...row.original.rows]
            .sort((a, b) => Number(b.conflict) - Number(a.conflict))
            .map((a, i) => (
              <span key={a.id}>
                {i > 0 && <span className={classes.separator}> · </span>}
                {a.conflict ? (
                  <span className={classes.conflict}>
                    <IconAlertTriangle size={13} className={classes.conflictIcon} aria-hidden />
                    {shortName(a.assessorName)}
                  </span>
                ) : (
                  shortName(a.assessorName)
                )}
              </span>
            ))}
        </span>
      ),
    }),
    column.display({
      id: 'notes',
      header: t('assessors.assign.column.notes'),
      size: 132,
      meta: FIXED,
      cell: ({ row }) => {
        const { conflict, manual, rows } = row.original;
        return (
          <Group gap={4} wrap="nowrap">
            {conflict && (
              <Badge
                color="red"
                variant="filled"
                leftSection={<IconAlertTriangle size={12} />}
                data-testid="conflict-badge"
                style={{ flexShrink: 0 }}
              >
                {t('assessors.assign.conflict')}
              </Badge>
            )}
            {!conflict && rows.length < perCandidate && (
              <Badge color="orange" variant="light" style={{ flexShrink: 0 }}>
                {t('assessors.assign.short', { count: rows.length })}
              </Badge>
            )}
            {manual && (
              <Tooltip label={t('assessors.assign.manualTip')} openDelay={300}>
                <IconHandFinger
                  size={16}
                  color="var(--mantine-color-dimmed)"
                  aria-label={t('assessors.assign.manualTip')}
                  role="img"
                />
              </Tooltip>
            )}
          </Group>
        );
      },
    }),
    column.display({
      id: 'actions',
      header: '',
      size: 48,
      meta: FIXED,
      cell: ({ row }) => {
        const label = t('assessors.assign.editLabel', {
          no: row.original.participantNo,
          method: row.original.methodCode,
        });
        return (
          <Tooltip label={label} openDelay={300}>
            <ActionIcon variant="default" aria-label={label} onClick={() => onEdit(row.original)}>
              <IconPencil size={14} />
            </ActionIcon>
          </Tooltip>
        );
      },
    }),
  ];
}
