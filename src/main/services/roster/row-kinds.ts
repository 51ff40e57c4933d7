/**
 * Tells candidate rows from the other rows a hand-made roster has below its header: blank
 * rows, the "(1) (2) (3)" column-number row, headers repeated on each printed page, section
 * titles ("DINAS PENDIDIKAN"), a template's "Contoh" row, a "JUMLAH" totals row and the
 * signature block. Those are passed over without being counted or reported.
 */
import { MONTHS_ID } from '../../../shared/domain/dates';
import { matchHeader, type RosterField } from '../../../shared/domain/roster-fields';
import { cellText } from '../../../shared/domain/roster-row';
import { isEmptyCell, type GridRow } from './sheet-grid';

export type RowKind = 'candidate' | 'skip' | 'footer';

const MONTHS = MONTHS_ID.join('|');
/** "Bekasi, 12 Agustus 2022", "Bekasi,      Agustus 2022" (the day left for the pen). */
const PLACE_DATE = new RegExp(`^[\\p{L} .'-]+,\\s*(?:\\d{1,2}\\s+)?(?:${MONTHS})\\s+\\d{4}$`, 'iu');
const TOTALS = /^(?:jumlah|total|sub\s*total|grand\s*total)\b/i;
const SIGN_OFF = /^(?:mengetahui|menyetujui|ditetapkan\s+di|dikeluarkan\s+di|demikian)\b/i;
/** "a.n. Kepala …", "Plt. Kepala …", "NIP. 1970…": only when the row has little else in it. */
const SIGNATURE_LINE = /^(?:(?:a\.\s?n\.?|an\.|plt\.?|plh\.?|pj\.?)(?:\s|$)|nip\.?\s*[:.]?\s*\d)/i;

const EXAMPLE = /^contoh\b/i;

export interface RowContext {
  /** Field → 0-based column. */
  mapping: ReadonlyMap<RosterField, number>;
  headerTexts: readonly string[];
}

function fieldCell(row: GridRow, context: RowContext, field: RosterField) {
  const column = context.mapping.get(field);
  return column === undefined ? undefined : row.cells[column];
}

/** An NIP-sized value in the NIP column: the row is somebody's, whatever else it holds. */
function hasNipLikeValue(row: GridRow, context: RowContext): boolean {
  const value = fieldCell(row, context, 'nip');
  if (typeof value === 'number') return value >= 1e8;
  const text = cellText(value ?? null);
  return !/^nip\b/i.test(text) && /\d{9,}/.test(text.replace(/[\s.'-]/g, ''));
}

function isColumnNumberRow(values: readonly string[]): boolean {
  if (values.length < 3) return false;
  const numbers = values.map((v) => /^\(?(\d{1,3})\)?$/.exec(v)?.[1]);
  if (numbers.some((n) => n === undefined)) return false;
  return numbers.every((n, i) => i === 0 || Number(n) > Number(numbers[i - 1]));
}

function isRepeatedHeader(row: GridRow, context: RowContext): boolean {
  let same = 0;
  for (const [field, column] of context.mapping) {
    const text = cellText(row.cells[column] ?? null);
    if (text !== '' && (text === context.headerTexts[column] || matchHeader(text)?.field === field)) same++;
  }
  return same >= 2;
}

/**
 * What a row below the header is. `inFooter` is true once a totals row or signature block has
 * started: from there on, only a row with an NIP in it counts again (rosters grouped by agency
 * put a subtotal after each group).
 */
export function classifyRow(row: GridRow, context: RowContext, inFooter: boolean): RowKind {
  const first = row.cells.find((v) => !isEmptyCell(v));
  if (first === undefined) return 'skip';
  // The example row of a template ("Contoh" in its first cell) is not a person to import.
  if (typeof first === 'string' && EXAMPLE.test(first.trim())) return 'skip';
  // Most rows hold an NIP and are people: the checks below are for the rest.
  if (hasNipLikeValue(row, context)) return 'candidate';

  const values = row.cells.filter((v) => !isEmptyCell(v)).map((v) => cellText(v ?? null));
  if (TOTALS.test(values[0] as string) || values.some((v) => PLACE_DATE.test(v) || SIGN_OFF.test(v)))
    return 'footer';
  if (values.length <= 2 && values.some((v) => SIGNATURE_LINE.test(v))) return 'footer';
  if (inFooter || isColumnNumberRow(values) || isRepeatedHeader(row, context)) return 'skip';
  // Neither an NIP nor a name: a section title or a stray note, not a person.
  if (isEmptyCell(fieldCell(row, context, 'nip')) && isEmptyCell(fieldCell(row, context, 'name')))
    return 'skip';
  return 'candidate';
}
