/**
 * Reads a written results workbook back with exceljs's own reader (a different code path from
 * the streaming writer) and recomputes the data hash from the cells, as any reader could.
 */
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { readCentralDirectory, readEntry } from '../../../src/main/services/roster/zip-archive';

export type ReadValue = string | number | null;

export async function readWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

export function sheetOf(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** A cell's own value: a merged cell's followers are empty (the reader would repeat the master). */
export function valueOf(cell: ExcelJS.Cell): ReadValue {
  if (cell.type === ExcelJS.ValueType.Merge || cell.type === ExcelJS.ValueType.Null) return null;
  const value = cell.value;
  if (typeof value === 'string' || typeof value === 'number') return value;
  throw new Error(`${cell.address} holds ${JSON.stringify(value)}, not a plain value`);
}

/** Values of row `r`, columns 1…`width` (or the row's last cell). */
export function rowValues(sheet: ExcelJS.Worksheet, r: number, width?: number): ReadValue[] {
  const row = sheet.getRow(r);
  const count = width ?? row.cellCount;
  return Array.from({ length: count }, (_, i) => valueOf(row.getCell(i + 1)));
}

/** The line the Informasi sheet defines: the JSON array up to the last non-empty cell. */
function canonicalLine(values: readonly ReadValue[]): string {
  let end = values.length;
  while (end > 0 && values[end - 1] === null) end--;
  return JSON.stringify(values.slice(0, end));
}

/** The Informasi sheet's data hash, recomputed from the cells of the sheets before it. */
export function recomputeDataHash(workbook: ExcelJS.Workbook): string {
  const hash = createHash('sha256');
  for (const sheet of workbook.worksheets) {
    if (sheet.name === 'Informasi') break;
    hash.update(`# ${sheet.name}\n`);
    for (let r = 1; r <= sheet.rowCount; r++) hash.update(`${canonicalLine(rowValues(sheet, r))}\n`);
  }
  return hash.digest('hex');
}

/** The value beside a label in a two-column sheet (Informasi). */
export function labelled(sheet: ExcelJS.Worksheet, label: string): ReadValue {
  for (let r = 1; r <= sheet.rowCount; r++) {
    if (valueOf(sheet.getRow(r).getCell(1)) === label) return valueOf(sheet.getRow(r).getCell(2));
  }
  throw new Error(`no row labelled ${label}`);
}

/** The raw XML of every worksheet in the file, by zip entry name (a second reader: no exceljs). */
export async function worksheetXml(path: string): Promise<Map<string, string>> {
  const fd = openSync(path, 'r');
  try {
    const entries = readCentralDirectory(fd, fstatSync(fd).size);
    const xml = new Map<string, string>();
    for (const entry of entries.filter((e) => e.name.startsWith('xl/worksheets/'))) {
      xml.set(entry.name, (await readEntry(path, fd, entry)).toString('utf8'));
    }
    return xml;
  } finally {
    closeSync(fd);
  }
}
