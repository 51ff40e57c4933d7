import { ActionIcon, Badge, Group, Tooltip } from '@mantine/core';
import { IconCheck, IconClockExclamation, IconEraser, IconX } from '@tabler/icons-react';
import { createColumnHelper } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AttendanceRow, AttendanceStatus } from '../../../../../shared/contract';
import { formatClock } from '../shared/format';
import { STATUS_COLORS } from './status';

const column = createColumnHelper<AttendanceRow>();
const FIXED = { fixedWidth: true };

const ICONS = { hadir: IconCheck, terlambat: IconClockExclamation, 'tidak-hadir': IconX } as const;

/** "Hadir 08:02", "Terlambat 08:31", or a grey "Belum" when nobody has marked them yet. */
export function StatusBadge({ row }: { row: Pick<AttendanceRow, 'status' | 'at'> }) {
  const { t } = useTranslation();
  const { status, at } = row;
  if (!status)
    return (
      <Badge variant="default" c="dimmed" data-status="none">
        {t('assessors.attendance.status.none')}
      </Badge>
    );
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" data-status={status}>
      {t(`assessors.attendance.status.${status}`)}
      {at && ` ${formatClock(at)}`}
    </Badge>
  );
}

/** The session list: who, which group, status with time, and one click per status. */
export function attendanceColumns(
  t: TFunction,
  onMark: (row: AttendanceRow, status: AttendanceStatus | null) => void,
) {
  return [
    column.accessor('participantNo', { header: t('assessors.attendance.column.no'), size: 64, meta: FIXED }),
    column.accessor('name', { header: t('assessors.attendance.column.name'), size: 200 }),
    column.accessor('groupName', { header: t('assessors.attendance.column.group'), size: 120, meta: FIXED }),
    column.display({
      id: 'status',
      header: t('assessors.attendance.column.status'),
      size: 140,
      meta: FIXED,
      cell: ({ row }) => <StatusBadge row={row.original} />,
    }),
    column.display({
      id: 'actions',
      header: t('assessors.attendance.column.actions'),
      size: 124,
      meta: FIXED,
      cell: ({ row }) => {
        const current = row.original.status;
        return (
          <Group gap={4} wrap="nowrap">
            {(['hadir', 'terlambat', 'tidak-hadir'] as const).map((status) => {
              const StatusIcon = ICONS[status];
              const label = t('assessors.attendance.markAs', {
                status: t(`assessors.attendance.status.${status}`),
                name: row.original.name,
              });
              return (
                <Tooltip key={status} label={t(`assessors.attendance.status.${status}`)} openDelay={300}>
                  <ActionIcon
                    size="sm"
                    variant={current === status ? 'filled' : 'subtle'}
                    color={STATUS_COLORS[status]}
                    aria-label={label}
                    aria-pressed={current === status}
                    onClick={() => current !== status && onMark(row.original, status)}
                  >
                    <StatusIcon size={14} />
                  </ActionIcon>
                </Tooltip>
              );
            })}
            {current && (
              <Tooltip label={t('assessors.attendance.clear')} openDelay={300}>
                <ActionIcon
                  size="sm"
                  variant="subtle"
                  color="gray"
                  aria-label={t('assessors.attendance.clearLabel', { name: row.original.name })}
                  onClick={() => onMark(row.original, null)}
                >
                  <IconEraser size={14} />
                </ActionIcon>
              </Tooltip>
            )}
          </Group>
        );
      },
    }),
  ];
}
