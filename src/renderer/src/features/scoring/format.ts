/** Level 1 and 5 need an evidence note before a sheet can be submitted. */
export function isExtreme(level: number | null): boolean {
  return level === 1 || level === 5;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Local wall-clock time the Indonesian way, "10.42" (the venue laptop's clock is the venue's). */
export function formatTime(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${pad(date.getHours())}.${pad(date.getMinutes())}`;
}
