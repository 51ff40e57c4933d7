import { formatDateId } from '../../../../../shared/domain/dates';

const pad = (n: number) => String(n).padStart(2, '0');

/** A stored moment as the venue reads it: "25 Februari 2023 10.42" (the laptop's own clock zone). */
export function formatMoment(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `${formatDateId(day)} ${pad(date.getHours())}.${pad(date.getMinutes())}`;
}

/** The same moment in a table cell: "25/02/2023 10.42". */
export function formatMomentShort(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()} ${pad(date.getHours())}.${pad(date.getMinutes())}`;
}

/** "1,2 MB", "640 KB": image sizes in the template form. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
