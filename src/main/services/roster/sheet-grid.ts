/**
 * What a reader hands the engine: rows of cell values with the row numbers a spreadsheet user
 * sees, whatever the file format was.
 */
import type { RosterCellValue } from '../../../shared/domain/roster-row';

export type CellValue = RosterCellValue;

export interface GridRow {
  /** 1-based, as the spreadsheet shows it (CSV: the record number, the first line being 1). */
  row: number;
  /** 0-based by column; holes are empty cells. */
  cells: CellValue[];
}

/** A merged range, 1-based and inclusive. */
export interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetGrid {
  name: string;
  rows: GridRow[];
  merges: MergeRange[];
}

export interface ReadProgress {
  progress?: ((done: number, total: number, phase: string) => void) | undefined;
  checkCancelled?: (() => void) | undefined;
}

export function isEmptyCell(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

export function isBlankRow(row: GridRow): boolean {
  return row.cells.every(isEmptyCell);
}

/** "A" for 1, "Z" for 26, "AA" for 27. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** "AA" → 27. */
export function columnIndex(letters: string): number {
  let index = 0;
  for (const char of letters.toUpperCase()) index = index * 26 + (char.charCodeAt(0) - 64);
  return index;
}

/**
 * A value merged down a column (an agency name spanning all its candidates) belongs to every
 * row it covers, so it is copied down. Across columns it is not: the value belongs to the first
 * column only, and copying it sideways would put a name into the NIP column.
 */
export function fillMergedDown(grid: SheetGrid, fromRow: number): void {
  if (grid.merges.length === 0) return;
  const byRow = new Map(grid.rows.map((r) => [r.row, r]));
  for (const merge of grid.merges) {
    if (merge.bottom <= merge.top || merge.top < fromRow) continue;
    const master = byRow.get(merge.top)?.cells[merge.left - 1];
    if (isEmptyCell(master)) continue;
    for (let row = merge.top + 1; row <= merge.bottom; row++) {
      let target = byRow.get(row);
      if (!target) {
        target = { row, cells: [] };
        byRow.set(row, target);
        grid.rows.push(target);
      }
      target.cells[merge.left - 1] = master as CellValue;
    }
  }
  grid.rows.sort((a, b) => a.row - b.row);
}
