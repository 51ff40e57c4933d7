/**
 * Finds the header row of a hand-made roster: below titles, possibly split over two rows
 * (a merged "PANGKAT/GOL." above "GOL." and "TMT"), on whichever sheet has the best one.
 */
import { mapHeaders, matchHeader, type RosterField } from '../../../shared/domain/roster-fields';
import { cellText } from '../../../shared/domain/roster-row';
import type { GridRow } from './sheet-grid';

export interface HeaderGuess {
  /** The header row just above the data (the lower one when the header spans two rows). */
  headerRow: number;
  /** Header text per column, 0-based, as used for the mapping. */
  headers: string[];
  /** Field → 0-based column. */
  mapping: Map<RosterField, number>;
  score: number;
}

/** How far down a header is looked for: titles, logos and instructions rarely take more. */
export const HEADER_SCAN_ROWS = 50;

function texts(row: GridRow | undefined): string[] {
  if (!row) return [];
  return Array.from(row.cells, (value) => cellText(value ?? null));
}

function scoreOf(headers: readonly string[], mapping: Map<RosterField, number>): number {
  let score = 0;
  for (const index of mapping.values()) score += matchHeader(headers[index] ?? '')?.score ?? 0;
  return score;
}

function guess(headers: string[], headerRow: number): HeaderGuess | null {
  const mapping = mapHeaders(headers);
  if (mapping.size < 2 || (!mapping.has('nip') && !mapping.has('name'))) return null;
  return { headerRow, headers, mapping, score: scoreOf(headers, mapping) };
}

/** A row of data, not of headers: it holds an NIP-sized run of digits or a big number. */
function looksLikeData(row: GridRow): boolean {
  return row.cells.some((value) =>
    typeof value === 'number'
      ? Math.abs(value) >= 1e6
      : /\d{9,}/.test(cellText(value ?? null).replace(/[\s.]/g, '')),
  );
}

/**
 * The best header among the first rows, or null. A second header row directly below counts
 * when it adds fields: its text wins in the columns where it has any (the sub-header is the
 * specific one), the upper row's text stays where it is empty (a header merged down).
 */
export function detectHeader(rows: readonly GridRow[], scanRows = HEADER_SCAN_ROWS): HeaderGuess | null {
  let best: HeaderGuess | null = null;
  // The first best header wins, except over its own continuation one row further down.
  const consider = (candidate: HeaderGuess | null) => {
    if (!candidate) return;
    const current: HeaderGuess | null = best;
    if (
      !current ||
      candidate.score > current.score ||
      (candidate.score === current.score && candidate.headerRow === current.headerRow + 1)
    ) {
      best = candidate;
    }
  };
  const limit = Math.min(rows.length, scanRows);
  for (let i = 0; i < limit; i++) {
    const row = rows[i] as GridRow;
    const upper = texts(row);
    const single = guess(upper, row.row);
    const next = rows[i + 1];
    let double: HeaderGuess | null = null;
    if (next && next.row === row.row + 1 && !looksLikeData(next)) {
      const lower = texts(next);
      const width = Math.max(upper.length, lower.length);
      const combined = Array.from({ length: width }, (_, c) =>
        lower[c] ? (lower[c] as string) : (upper[c] ?? ''),
      );
      double = guess(combined, next.row);
    }
    // As good with the row below as without it: the header goes on there ("GOL." under
    // "PANGKAT/GOL."), and the data starts after it.
    consider(double && double.score >= (single?.score ?? 0) ? double : single);
  }
  return best;
}
