/**
 * A small .xlsx writer for the roster template and the problem report: text, numbers, dates,
 * formulas with a cached result, a handful of styles, column widths, merged cells, frozen
 * header rows and list validations. Strings go to the shared-strings table, as Excel itself
 * writes them. Kept small on purpose: the documents that need more can move to a library.
 */
import { zip, type ZipInput } from './zip-writer';

/** Styles by name; their order is the `s` index written into cells. */
export const XLSX_STYLES = ['default', 'text', 'header', 'date', 'title', 'wrap', 'note'] as const;
export type XlsxStyle = (typeof XLSX_STYLES)[number];

export type XlsxValue =
  string | number | boolean | Date | null | { formula: string; result?: string | number };

export interface XlsxCell {
  value: XlsxValue;
  style?: XlsxStyle;
  /** Write a string inline in the cell instead of in the shared table (some programs do). */
  inline?: boolean;
}

export interface XlsxSheetSpec {
  name: string;
  /** Rows from row 1 down; `null` leaves a row empty. Plain values take the column's style. */
  rows: ReadonlyArray<ReadonlyArray<XlsxValue | XlsxCell> | null>;
  columns?: ReadonlyArray<{ width?: number; style?: XlsxStyle }>;
  /** "A1:F1" ranges. */
  merges?: readonly string[];
  /** Rows kept in view when scrolling (the header). */
  frozenRows?: number;
  hidden?: boolean;
  validations?: readonly XlsxValidation[];
}

/** A drop-down list (`list`: a range or a quoted "a,b" list) or a required text length. */
export interface XlsxValidation {
  range: string;
  list?: string;
  textLength?: number;
  prompt?: string;
  error?: string;
  /** Refuse other values outright; by default Excel only warns and lets the value through. */
  strict?: boolean;
}

const STYLE_INDEX = new Map<XlsxStyle, number>(XLSX_STYLES.map((s, i) => [s, i]));

/** Control characters are not allowed in XML 1.0; Excel writes them as _xHHHH_ (tab and line breaks stay). */
function escapeControls(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.charCodeAt(0);
    out +=
      code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d
        ? `_x${code.toString(16).padStart(4, '0')}_`
        : char;
  }
  return out;
}

export function escapeXml(text: string): string {
  return escapeControls(
    text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'),
  );
}

export function cellRef(column: number, row: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row}`;
}

/** Days since 1899-12-30, Excel's day count (date cells hold this number). */
function excelSerial(date: Date): number {
  return date.getTime() / 86_400_000 + 25_569;
}

const STYLES_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="1"><numFmt numFmtId="164" formatCode="dd\\-mm\\-yyyy"/></numFmts>
<fonts count="4"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="14"/><name val="Calibri"/></font><font><i/><sz val="10"/><color rgb="FF555555"/><name val="Calibri"/></font></fonts>
<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill></fills>
<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="7">
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="49" fontId="1" fillId="2" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="center" wrapText="1"/></xf>
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>
<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>
<xf numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="0" applyFont="1"/>
</cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>`;

class SharedStrings {
  private readonly index = new Map<string, number>();
  readonly list: string[] = [];
  add(text: string): number {
    let at = this.index.get(text);
    if (at === undefined) {
      at = this.list.length;
      this.list.push(text);
      this.index.set(text, at);
    }
    return at;
  }
  xml(): string {
    const items = this.list.map((s) => `<si><t xml:space="preserve">${escapeXml(s)}</t></si>`).join('');
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.list.length}" uniqueCount="${this.list.length}">${items}</sst>`;
  }
}

function cellXml(ref: string, cell: XlsxCell, strings: SharedStrings): string {
  const { value } = cell;
  const style = cell.style ?? (value instanceof Date ? 'date' : undefined);
  const s = style && style !== 'default' ? ` s="${STYLE_INDEX.get(style)}"` : '';
  if (value === null || value === '') return s ? `<c r="${ref}"${s}/>` : '';
  if (typeof value === 'string') {
    if (cell.inline)
      return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
    return `<c r="${ref}"${s} t="s"><v>${strings.add(value)}</v></c>`;
  }
  if (typeof value === 'number') return `<c r="${ref}"${s}><v>${value}</v></c>`;
  if (typeof value === 'boolean') return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  if (value instanceof Date) return `<c r="${ref}"${s}><v>${excelSerial(value)}</v></c>`;
  const formula = `<f>${escapeXml(value.formula.replace(/^=/, ''))}</f>`;
  if (value.result === undefined) return `<c r="${ref}"${s}>${formula}</c>`;
  if (typeof value.result === 'number') return `<c r="${ref}"${s}>${formula}<v>${value.result}</v></c>`;
  return `<c r="${ref}"${s} t="str">${formula}<v>${escapeXml(value.result)}</v></c>`;
}

function isCell(value: XlsxValue | XlsxCell): value is XlsxCell {
  return typeof value === 'object' && value !== null && !(value instanceof Date) && 'value' in value;
}

function sheetXml(sheet: XlsxSheetSpec, strings: SharedStrings): string {
  const parts: string[] = [];
  if (sheet.frozenRows) {
    const top = cellRef(1, sheet.frozenRows + 1);
    parts.push(
      `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${sheet.frozenRows}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>`,
    );
  }
  if (sheet.columns?.length) {
    const cols = sheet.columns.map((col, i) => {
      const width = col.width !== undefined ? ` width="${col.width}" customWidth="1"` : '';
      const style = col.style ? ` style="${STYLE_INDEX.get(col.style)}"` : '';
      return `<col min="${i + 1}" max="${i + 1}"${width}${style}/>`;
    });
    parts.push(`<cols>${cols.join('')}</cols>`);
  }
  const rows: string[] = [];
  sheet.rows.forEach((row, r) => {
    if (!row) return;
    const cells = row
      .map((item, c) => {
        const cell = isCell(item) ? item : { value: item, style: sheet.columns?.[c]?.style };
        return cellXml(cellRef(c + 1, r + 1), cell, strings);
      })
      .join('');
    if (cells) rows.push(`<row r="${r + 1}">${cells}</row>`);
  });
  parts.push(`<sheetData>${rows.join('')}</sheetData>`);
  if (sheet.merges?.length) {
    parts.push(
      `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`,
    );
  }
  if (sheet.validations?.length) {
    const items = sheet.validations.map((v) => {
      const kind = v.textLength !== undefined ? 'type="textLength" operator="equal"' : 'type="list"';
      const formula = v.textLength !== undefined ? String(v.textLength) : (v.list ?? '');
      const prompt = v.prompt ? ` showInputMessage="1" prompt="${escapeXml(v.prompt)}"` : '';
      const error = v.error ? ` error="${escapeXml(v.error)}"` : '';
      const strictness = v.strict ? '' : ' errorStyle="warning"';
      return `<dataValidation ${kind} allowBlank="1" showErrorMessage="1"${strictness}${prompt}${error} sqref="${v.range}"><formula1>${escapeXml(formula)}</formula1></dataValidation>`;
    });
    parts.push(`<dataValidations count="${items.length}">${items.join('')}</dataValidations>`);
  }
  parts.push('<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${parts.join('')}</worksheet>`;
}

/** The whole workbook as bytes. */
export function buildXlsx(sheets: readonly XlsxSheetSpec[]): Buffer {
  const strings = new SharedStrings();
  const sheetParts = sheets.map((sheet, i) => ({
    name: `xl/worksheets/sheet${i + 1}.xml`,
    data: Buffer.from(sheetXml(sheet, strings)),
  }));
  const sheetOverrides = sheets
    .map(
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join('');
  const contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheetOverrides}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`;
  const rootRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const sheetEntries = sheets
    .map(
      (s, i) =>
        `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}"${s.hidden ? ' state="hidden"' : ''} r:id="rId${i + 1}"/>`,
    )
    .join('');
  const workbook = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView activeTab="0"/></bookViews><sheets>${sheetEntries}</sheets></workbook>`;
  const n = sheets.length;
  const workbookRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
    .map(
      (_, i) =>
        `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    )
    .join(
      '',
    )}<Relationship Id="rId${n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId${n + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;

  const entries: ZipInput[] = [
    { name: '[Content_Types].xml', data: Buffer.from(contentTypes) },
    { name: '_rels/.rels', data: Buffer.from(rootRels) },
    { name: 'xl/workbook.xml', data: Buffer.from(workbook) },
    { name: 'xl/_rels/workbook.xml.rels', data: Buffer.from(workbookRels) },
    { name: 'xl/styles.xml', data: Buffer.from(STYLES_XML) },
    ...sheetParts,
    { name: 'xl/sharedStrings.xml', data: Buffer.from(strings.xml()) },
  ];
  return zip(entries);
}
