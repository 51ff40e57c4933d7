/**
 * Every value that goes into the results workbook or its CSV passes through here, so a name, a
 * note or a reason typed by anyone can never run as a formula or break the file.
 *
 * xlsx: a cell is written as a plain value — a string, a finite number, or empty — and never as
 * exceljs's `{ formula }` object, the only thing exceljs turns into a formula. A string such as
 * "=HYPERLINK(…)" is stored as text (`t="str"` without an `<f>` element), which Excel, LibreOffice
 * and Google Sheets show as written and never evaluate. What has to go are characters XML 1.0
 * cannot hold (control characters other than tab, line feed and carriage return; unpaired
 * surrogates): one of them would make the whole workbook unreadable. Text longer than Excel's
 * 32,767-character cell limit is cut, because Excel refuses to open a file with a longer cell.
 *
 * CSV: a spreadsheet program opening a CSV evaluates any field that starts with `=`, `+`, `-`,
 * `@`, a tab or a carriage return (OWASP, "CSV Injection"). Such a text field is written with a
 * leading apostrophe: the apostrophe stays visible, so the reader sees the value was neutralised
 * and the original is one character away. A leading tab (the other OWASP option) is invisible
 * and is trimmed by some programs, which would bring the formula back. Numbers the export itself
 * computes (a gap of -1) are written as numbers and are not text, so they keep their sign.
 */

export type CellValue = string | number | null;

/** Excel's limit for the text of one cell. */
export const MAX_CELL_TEXT = 32_767;

// Characters XML 1.0 forbids: C0 controls except tab, LF and CR; U+FFFE/U+FFFF; lone surrogates.
const XML_ILLEGAL =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// A cheap first look: most text has none of these, and then needs no replacing at all.
// eslint-disable-next-line no-control-regex
const SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Text as a workbook can hold it: no XML-illegal characters, at most 32,767 characters. */
export function safeText(text: string): string {
  const clean = SUSPECT.test(text) ? text.replace(XML_ILLEGAL, '') : text;
  if (clean.length <= MAX_CELL_TEXT) return clean;
  // Never cut a surrogate pair in half.
  const cut = clean.slice(0, MAX_CELL_TEXT);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/**
 * A workbook cell's value: text made safe, numbers only when finite, and empty for everything
 * else (null, undefined, NaN, an empty string). The return type has no object in it, so no
 * caller can hand exceljs a formula.
 */
export function cellValue(value: string | number | null | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const text = safeText(value);
  return text === '' ? null : text;
}

/** The first characters that make a spreadsheet program treat a CSV field as a formula. */
const FORMULA_TRIGGER = /^[=+\-@\t\r]/;

export function neutraliseCsvText(text: string): string {
  return FORMULA_TRIGGER.test(text) ? `'${text}` : text;
}

/**
 * One CSV field: text neutralised, then quoted when it holds the separator, a quote or a line
 * break (RFC 4180: quotes inside are doubled). Numbers use the decimal mark that goes with the
 * separator, so Excel set to Indonesian reads "87,5" under `;` as a number.
 */
export function csvField(value: CellValue, separator: ',' | ';'): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    const text = String(value);
    return separator === ';' ? text.replace('.', ',') : text;
  }
  const text = neutraliseCsvText(safeText(value));
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
