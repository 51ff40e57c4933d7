import { formatDateId } from '../../../shared/domain/dates';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * "25 Februari 2023 08.15": a stored ISO instant in the venue's local time, Indonesian style
 * (month from the fixed table, a dot between hours and minutes). Null and junk give null.
 */
export function formatStampId(iso: string | null): string | null {
  if (!iso) return null;
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return null;
  const day = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
  return `${formatDateId(day)} ${pad(at.getHours())}.${pad(at.getMinutes())}`;
}
