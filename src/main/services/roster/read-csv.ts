/**
 * Reads a CSV as Excel writes it: UTF-8 with or without a byte-order mark (or the older
 * Windows-1252 of "CSV (Comma delimited)" on an Indonesian Windows, or UTF-16 "Unicode text"),
 * separated by commas, semicolons (Excel with Indonesian regional settings) or tabs, fields
 * quoted with "" as RFC 4180 says. Every value stays text: a CSV has no number cells, so an NIP
 * is only "stored as a number" when its text shows the damage ("1,98609E+17").
 */
import { readFileSync } from 'node:fs';
import { AppError } from '../../../shared/errors';
import type { GridRow, ReadProgress, SheetGrid } from './sheet-grid';

export interface CsvReadOptions extends ReadProgress {
  maxRows: number;
}

export function decodeCsv(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

const SEPARATORS = [',', ';', '\t'] as const;

/** Counts each separator outside quotes on the first lines; the one that splits most lines most evenly wins. */
export function detectSeparator(text: string): string {
  const lines = text
    .slice(0, 64 * 1024)
    .split(/\r\n|\n|\r/)
    .filter((l) => l.trim() !== '')
    .slice(0, 30);
  let best: string = ',';
  let bestScore = -1;
  for (const separator of SEPARATORS) {
    const counts = lines.map((line) => {
      let count = 0;
      let quoted = false;
      for (const char of line) {
        if (char === '"') quoted = !quoted;
        else if (char === separator && !quoted) count++;
      }
      return count;
    });
    // Title lines above the header have no separators; the lines that have them decide.
    const used = counts.filter((c) => c > 0).sort((a, b) => a - b);
    const median = used[Math.floor(used.length / 2)] ?? 0;
    const score = used.length * median;
    if (score > bestScore) {
      best = separator;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Splits CSV text into records. Quoted fields may hold separators, doubled quotes and line
 * breaks; a stray quote inside an unquoted field is kept as a character, as Excel does.
 */
export function parseCsv(
  text: string,
  separator: string,
  onRecord: (fields: string[], position: number) => void,
): void {
  let field = '';
  let fields: string[] = [];
  let quoted = false;
  let atFieldStart = true;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const char = text[i] as string;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += char;
      continue;
    }
    if (char === '"' && atFieldStart) {
      quoted = true;
      atFieldStart = false;
    } else if (char === separator) {
      fields.push(field);
      field = '';
      atFieldStart = true;
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      fields.push(field);
      onRecord(fields, i);
      fields = [];
      field = '';
      atFieldStart = true;
    } else {
      field += char;
      atFieldStart = false;
    }
  }
  if (field !== '' || fields.length > 0) {
    fields.push(field);
    onRecord(fields, length);
  }
}

/** Reads the whole CSV (the guard has capped its size) as one sheet. */
export function readCsv(file: string, sheetName: string, options: CsvReadOptions): SheetGrid {
  let text = decodeCsv(readFileSync(file));
  let separator: string | null = null;
  // Excel honours a first line "sep=;" and hides it, so the rows it shows start after it.
  const hint = /^sep=(.)\r?\n/i.exec(text);
  if (hint) {
    separator = hint[1] as string;
    text = text.slice(hint[0].length);
  }
  separator ??= detectSeparator(text);

  const rows: GridRow[] = [];
  let record = 0;
  parseCsv(text, separator, (fields, position) => {
    record++;
    if (record % 5000 === 0) {
      options.checkCancelled?.();
      options.progress?.(position, text.length, 'membaca');
    }
    if (fields.every((f) => f.trim() === '')) return;
    if (rows.length >= options.maxRows) throw new AppError('file-too-many-rows');
    rows.push({ row: record, cells: fields.map((f) => (f === '' ? null : f)) });
  });
  return { name: sheetName, rows, merges: [] };
}
