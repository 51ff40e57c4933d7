/**
 * Instant search over thousands of rows: each row's searchable text is lowercased once, and a
 * query keeps the rows that contain every one of its words. Typing "siti dinas" finds Siti in a
 * Dinas; typing a spaced NIP ("19860926 201505 1 001") finds it, because each group matches.
 *
 * The answer is a list of row positions, not rows: the table keeps one row model for all rows
 * and only changes which of them it shows (rebuilding it per keystroke was the slow part).
 */
export type TextIndex = readonly string[];

export function buildTextIndex<T>(rows: readonly T[], textOf: (row: T) => string): TextIndex {
  return rows.map((row) => textOf(row).toLocaleLowerCase('id'));
}

/** Positions of the matching rows, in order; null when the query is empty (all rows match). */
export function filterTextIndex(index: TextIndex, query: string): number[] | null {
  // Dots separate words too: an NIP typed as 19860926.201505.1.001 still matches.
  const words = query
    .toLocaleLowerCase('id')
    .split(/[\s.]+/)
    .filter(Boolean);
  if (words.length === 0) return null;
  const matches: number[] = [];
  index.forEach((text, position) => {
    if (words.every((word) => text.includes(word))) matches.push(position);
  });
  return matches;
}
