import type { AttendanceStatus } from '../../../../../shared/contract';

export const STATUSES: readonly AttendanceStatus[] = ['hadir', 'terlambat', 'tidak-hadir'];

export const STATUS_COLORS: Record<AttendanceStatus, string> = {
  hadir: 'teal',
  terlambat: 'yellow',
  'tidak-hadir': 'red',
};
