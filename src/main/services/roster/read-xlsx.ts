/**
 * Streams one worksheet of an .xlsx into rows. The sheet XML is inflated chunk by chunk and cut
 * at row boundaries, so memory follows the rows kept, not the size of the XML; the shared
 * strings are the only part held whole, and the file guard has already bounded them.
 *
 * Why not exceljs for reading (it does write the app's workbooks): its document reader inflates
 * the whole archive into memory (a bomb with lying sizes gets through); its streaming reader
 * skips merged cells, took about three times the CPU on a 10,000-row roster, now and then lost
 * the last zip entry (exceljs 4.4 with unzipper 0.12), left sheets with personal data in OS temp
 * files when a read was cancelled, and misread namespaced elements and inline rich text.
 *
 * Formula cells: the cached result is taken (a name cleaned with `=PROPER(B5)` reads as the
 * cleaned name), as plain data, never evaluated. A formula without a cached result (written by a
 * program, never opened in Excel) is taken as its formula text "=…", so the operator sees it
 * in the preview instead of a silent blank.
 */
import { StringDecoder } from 'node:string_decoder';
import { AppError } from '../../../shared/errors';
import {
  columnIndex,
  isEmptyCell,
  type CellValue,
  type GridRow,
  type MergeRange,
  type ReadProgress,
  type SheetGrid,
} from './sheet-grid';
import { attributes, decodeXml, stringItemText } from './xml-text';
import type { XlsxSheet, XlsxWorkbook } from './xlsx-workbook';
import { streamEntry } from './zip-archive';

export interface SheetReadOptions extends ReadProgress {
  maxRows: number;
  /** Stop after this many non-empty rows (finding the header does not need the rest). */
  firstRows?: number;
}

const DAY_MS = 86_400_000;
const MAX_PENDING = 32 * 1024 * 1024;
// Excel's serial 25569 is 1970-01-01 (the 1900 system counts a 29 February 1900 that never was).
const EPOCH_1900 = 25_569;
const EPOCH_1904 = 24_107;

const ROW = /<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g;
const CELL = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;
const VALUE = /<(?:\w+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?v>/;
const FORMULA = /<(?:\w+:)?f\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?f>)/;
const INLINE = /<(?:\w+:)?is\b[^>]*>([\s\S]*?)<\/(?:\w+:)?is>/;
const MERGE = /<(?:\w+:)?mergeCell\b[^>]*>/g;
const REF = /^([A-Z]+)(\d+)$/;
const UNCLOSED_ROW = /<(?:\w+:)?row\b[^>]*(?<!\/)>/;
const SHEET_END = /<\/(?:\w+:)?worksheet\s*>\s*$/;

/**
 * One attribute of a cell or row tag. Cells carry only r, s and t, so three small patterns beat
 * building an attribute map for each of a hundred thousand cells.
 */
const ATTRIBUTE = {
  r: /\sr\s*=\s*["']([^"']*)["']/,
  s: /\ss\s*=\s*["']([^"']*)["']/,
  t: /\st\s*=\s*["']([^"']*)["']/,
};

function attribute(tag: string, name: keyof typeof ATTRIBUTE): string | undefined {
  return ATTRIBUTE[name].exec(tag)?.[1];
}

interface CellAttributes {
  t: string | undefined;
  s: string | undefined;
}

function cellValue(workbook: XlsxWorkbook, attrs: CellAttributes, inner: string): CellValue {
  const type = attrs.t ?? 'n';
  if (type === 'inlineStr') {
    const inline = INLINE.exec(inner);
    return inline ? stringItemText(inline[1] as string) : null;
  }
  const raw = VALUE.exec(inner)?.[1];
  // An empty <v></v> is what some writers leave for a formula they never calculated.
  if (raw === undefined || raw === '') {
    const formula = FORMULA.exec(inner);
    const text = formula?.[1] ? decodeXml(formula[1]) : '';
    return text === '' ? null : `=${text}`;
  }
  switch (type) {
    case 's':
      return workbook.sharedStrings[Number(raw)] ?? null;
    case 'str':
      return decodeXml(raw);
    case 'b':
      return raw.trim() === '1';
    case 'e':
      return null;
    case 'd': {
      const date = new Date(decodeXml(raw));
      return Number.isNaN(date.getTime()) ? decodeXml(raw) : date;
    }
    default: {
      const number = Number(raw);
      if (!Number.isFinite(number)) return decodeXml(raw);
      if (attrs.s !== undefined && workbook.dateStyles.has(Number(attrs.s))) {
        const epoch = workbook.date1904 ? EPOCH_1904 : EPOCH_1900;
        return new Date(Math.round((number - epoch) * DAY_MS));
      }
      return number;
    }
  }
}

function parseRows(workbook: XlsxWorkbook, xml: string, onRow: (row: GridRow) => boolean): boolean {
  let previousRow = 0;
  for (const rowMatch of xml.matchAll(ROW)) {
    const r = attribute(rowMatch[1] as string, 'r');
    const rowNumber = r ? Number(r) : previousRow + 1;
    previousRow = rowNumber;
    const cells: CellValue[] = [];
    let previousColumn = 0;
    for (const cellMatch of (rowMatch[2] ?? '').matchAll(CELL)) {
      const tag = cellMatch[1] as string;
      const r = attribute(tag, 'r');
      const ref = r ? REF.exec(r) : null;
      const column = ref ? columnIndex(ref[1] as string) : previousColumn + 1;
      previousColumn = column;
      const value = cellValue(
        workbook,
        { t: attribute(tag, 't'), s: attribute(tag, 's') },
        cellMatch[2] ?? '',
      );
      if (!isEmptyCell(value)) cells[column - 1] = value;
    }
    if (cells.length > 0 && !onRow({ row: rowNumber, cells })) return false;
  }
  return true;
}

function parseMerges(xml: string): MergeRange[] {
  const merges: MergeRange[] = [];
  for (const match of xml.matchAll(MERGE)) {
    const [from, to] = (attributes(match[0]).ref ?? '').split(':');
    const a = REF.exec(from ?? '');
    const b = REF.exec(to ?? from ?? '');
    if (!a || !b) continue;
    merges.push({
      top: Number(a[2]),
      left: columnIndex(a[1] as string),
      bottom: Number(b[2]),
      right: columnIndex(b[1] as string),
    });
  }
  return merges;
}

/** Just past the last `</row>` (or `</x:row>`), or -1. */
function lastRowEnd(xml: string): number {
  for (let at = xml.lastIndexOf('row>'); at > 1; at = xml.lastIndexOf('row>', at - 1)) {
    const before = xml.slice(Math.max(0, at - 16), at);
    if (/<\/(?:\w+:)?$/.test(before)) return at + 4;
  }
  return -1;
}

/** Reads a worksheet's non-empty rows and its merged ranges. */
export async function readXlsxSheet(
  workbook: XlsxWorkbook,
  sheet: XlsxSheet,
  options: SheetReadOptions,
): Promise<SheetGrid> {
  const entry = workbook.entries.get(sheet.path);
  if (!entry) throw new AppError('file-corrupt');
  const rows: GridRow[] = [];
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let inflated = 0;
  let stopped = false;
  const keep = (row: GridRow): boolean => {
    rows.push(row);
    if (rows.length > options.maxRows) throw new AppError('file-too-many-rows');
    return options.firstRows === undefined || rows.length < options.firstRows;
  };

  for await (const chunk of streamEntry(workbook.file, workbook.fd, entry)) {
    options.checkCancelled?.();
    inflated += chunk.length;
    pending += decoder.write(chunk);
    // Everything up to the last closed row is complete; the rest waits for the next chunk.
    const cut = lastRowEnd(pending);
    if (cut < 0) {
      // No real row is this long; XML that never closes one would otherwise pile up in memory.
      if (pending.length > MAX_PENDING) throw new AppError('file-corrupt');
      continue;
    }
    const complete = pending.slice(0, cut);
    pending = pending.slice(cut);
    if (!parseRows(workbook, complete, keep)) {
      stopped = true;
      break;
    }
    options.progress?.(inflated, entry.uncompressedSize, 'membaca');
  }
  if (stopped) return { name: sheet.name, rows, merges: [] };
  pending += decoder.end();
  parseRows(workbook, pending, keep);
  // A row opened and never closed, or a sheet that never ends, is damaged XML: rows would be
  // lost without a word, so the file is refused instead.
  const tail = pending.slice(Math.max(0, lastRowEnd(pending)));
  if (UNCLOSED_ROW.test(tail) || !SHEET_END.test(tail)) throw new AppError('file-corrupt');
  return { name: sheet.name, rows, merges: parseMerges(pending) };
}
