/**
 * The workbook-level parts of an .xlsx: which sheets exist (in tab order) and where their XML
 * lives, the shared strings, and which cell styles are dates.
 */
import { AppError } from '../../../shared/errors';
import { attributes, stringItemText } from './xml-text';
import { readEntry, type ZipEntry } from './zip-archive';

export interface XlsxSheet {
  name: string;
  path: string;
  hidden: boolean;
}

export interface XlsxWorkbook {
  file: string;
  fd: number;
  entries: Map<string, ZipEntry>;
  sheets: XlsxSheet[];
  sharedStrings: string[];
  /** Indexes into cellXfs whose number format shows a date. */
  dateStyles: Set<number>;
  /** Workbooks from old Mac Excel count days from 1904. */
  date1904: boolean;
}

// Built-in number formats that show dates (ECMA-376 §18.8.30).
const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

/** A custom format is a date when it has d, m or y outside quotes, escapes and [colour] blocks. */
function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  return /[dmy]/i.test(bare) && !/^[#0.,%\s]*$/.test(bare);
}

async function readPart(
  workbook: Pick<XlsxWorkbook, 'file' | 'fd' | 'entries'>,
  path: string,
): Promise<string | null> {
  const entry = workbook.entries.get(path);
  if (!entry) return null;
  return (await readEntry(workbook.file, workbook.fd, entry)).toString('utf8');
}

/** "worksheets/sheet1.xml" relative to xl/, or "/xl/worksheets/sheet1.xml" from the root. */
function resolveTarget(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = ['xl'];
  for (const part of target.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

interface Relationship {
  id: string;
  type: string;
  target: string;
}

function parseRelationships(relsXml: string): Relationship[] {
  const rels: Relationship[] = [];
  for (const match of relsXml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const attrs = attributes(match[0]);
    if (attrs.Id && attrs.Target) rels.push({ id: attrs.Id, type: attrs.Type ?? '', target: attrs.Target });
  }
  return rels;
}

function parseSheets(workbookXml: string, rels: readonly Relationship[]): XlsxSheet[] {
  const targets = new Map(rels.map((r) => [r.id, r.target]));
  const sheets: XlsxSheet[] = [];
  for (const match of workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const attrs = attributes(match[0]);
    const target = attrs.id ? targets.get(attrs.id) : undefined;
    // Chart sheets have no cells; they are not offered.
    if (!attrs.name || !target || !/worksheets\//.test(target)) continue;
    sheets.push({
      name: attrs.name,
      path: resolveTarget(target),
      hidden: (attrs.state ?? 'visible') !== 'visible',
    });
  }
  return sheets;
}

function parseStyles(stylesXml: string | null): Set<number> {
  const dates = new Set<number>();
  if (!stylesXml) return dates;
  const custom = new Map<number, string>();
  for (const match of stylesXml.matchAll(/<(?:\w+:)?numFmt\b[^>]*>/g)) {
    const attrs = attributes(match[0]);
    if (attrs.numFmtId && attrs.formatCode !== undefined)
      custom.set(Number(attrs.numFmtId), attrs.formatCode);
  }
  const cellXfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(stylesXml);
  if (!cellXfs) return dates;
  let index = 0;
  for (const match of (cellXfs[1] as string).matchAll(/<(?:\w+:)?xf\b[^>]*>/g)) {
    const id = Number(attributes(match[0]).numFmtId ?? 0);
    const code = custom.get(id);
    if (code !== undefined ? isDateFormat(code) : BUILTIN_DATE_FORMATS.has(id)) dates.add(index);
    index++;
  }
  return dates;
}

function parseSharedStrings(xml: string | null): string[] {
  if (!xml) return [];
  const strings: string[] = [];
  for (const match of xml.matchAll(/<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g)) {
    strings.push(match[1] === undefined ? '' : stringItemText(match[1]));
  }
  return strings;
}

/** Reads the workbook parts. The caller owns `fd` and closes it. */
export async function openXlsx(
  file: string,
  fd: number,
  entryList: readonly ZipEntry[],
): Promise<XlsxWorkbook> {
  const entries = new Map(entryList.map((e) => [e.name.replace(/^\//, ''), e]));
  const base = { file, fd, entries };
  const workbookXml = await readPart(base, 'xl/workbook.xml');
  const relsXml = await readPart(base, 'xl/_rels/workbook.xml.rels');
  if (workbookXml === null || relsXml === null) throw new AppError('file-corrupt');
  const rels = parseRelationships(relsXml);
  // The parts are found through the relationships; the usual names are only the fallback.
  const partOf = (type: string, fallback: string) => {
    const rel = rels.find((r) => r.type.endsWith(`/${type}`));
    return rel ? resolveTarget(rel.target) : fallback;
  };
  const sheets = parseSheets(workbookXml, rels).filter((sheet) => entries.has(sheet.path));
  if (sheets.length === 0) throw new AppError('file-corrupt');
  const workbookPr = /<(?:\w+:)?workbookPr\b[^>]*>/.exec(workbookXml);
  const date1904 = workbookPr ? ['1', 'true'].includes(attributes(workbookPr[0]).date1904 ?? '') : false;
  return {
    ...base,
    sheets,
    sharedStrings: parseSharedStrings(await readPart(base, partOf('sharedStrings', 'xl/sharedStrings.xml'))),
    dateStyles: parseStyles(await readPart(base, partOf('styles', 'xl/styles.xml'))),
    date1904,
  };
}
