import { formatDateId, parseIsoDate } from '../../../../../shared/domain/dates';

const DAYS_ID = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];

function weekday(iso: string): number | null {
  const date = parseIsoDate(iso);
  if (!date) return null;
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

/**
 * "Senin, 22 Agustus 2022": Indonesian month names from the fixed table (never the OS locale);
 * English readers get their own words.
 */
export function formatDay(iso: string, language: string): string {
  const day = weekday(iso);
  if (day === null) return iso;
  if (language === 'en') {
    return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
  }
  return `${DAYS_ID[day]}, ${formatDateId(iso)}`;
}

/** A short day for lists: "Sen 22/08". */
export function formatDayShort(iso: string, language: string): string {
  const day = weekday(iso);
  const date = parseIsoDate(iso);
  if (day === null || !date) return iso;
  const names =
    language === 'en' ? ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] : DAYS_ID.map((d) => d.slice(0, 3));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${names[day]} ${pad(date.day)}/${pad(date.month)}`;
}

/** A recorded moment (ISO, UTC) as the venue's wall clock: "08:02". */
export function formatClock(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Today's date as the venue's calendar has it (YYYY-MM-DD). */
export function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

// Academic and religious titles written before a name ("Dr.", "Dra.", "Hj.", "Ir.").
const TITLE_BEFORE = /^(?:prof|dr|drs|dra|drg|ir|h|hj|ns|apt)\.?$/i;

/**
 * "Dra. Hj. Siti Aminah, M.Si." → "Siti Aminah", for badges where several names share a row.
 * Only for display next to the full name (tooltip); names are stored and printed whole.
 */
export function shortName(full: string): string {
  const words = (full.split(',')[0] ?? full).trim().split(/\s+/);
  let first = 0;
  while (first < words.length - 1 && TITLE_BEFORE.test(words[first] ?? '')) first++;
  return words.slice(first).join(' ') || full;
}
