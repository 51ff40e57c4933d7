/**
 * Indonesian dates from a fixed month table, never from the OS locale: a venue laptop set to
 * English must still print "25 Februari 2023".
 */
export const MONTHS_ID = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
] as const;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface CalendarDate {
  year: number;
  month: number; // 1–12
  day: number;
}

export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC avoids DST surprises.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function parseIsoDate(text: string): CalendarDate | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isRealDate(year, month, day) ? { year, month, day } : null;
}

export function toIsoDate(date: CalendarDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** "2023-02-25" → "25 Februari 2023". Returns the input unchanged when it is not a real date. */
export function formatDateId(iso: string): string {
  const date = parseIsoDate(iso);
  if (!date) return iso;
  return `${date.day} ${MONTHS_ID[date.month - 1]} ${date.year}`;
}

/** A range inside one month reads "24–25 Februari 2023"; otherwise both dates in full. */
export function formatDateRangeId(startIso: string | null, endIso: string | null): string {
  if (!startIso) return endIso ? formatDateId(endIso) : '';
  if (!endIso || endIso === startIso) return formatDateId(startIso);
  const start = parseIsoDate(startIso);
  const end = parseIsoDate(endIso);
  if (start && end && start.year === end.year && start.month === end.month) {
    return `${start.day}–${end.day} ${MONTHS_ID[end.month - 1]} ${end.year}`;
  }
  return `${formatDateId(startIso)} – ${formatDateId(endIso)}`;
}
