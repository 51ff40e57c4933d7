/**
 * The cell styles the generated workbooks share. "@" is Excel's Text format: a column or cell
 * with it keeps an NIP typed or pasted into it as the digits, never a rounded number.
 */
import type ExcelJS from 'exceljs';

export const TEXT_FORMAT = '@';

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

const solid = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });

export const STYLE = {
  text: { numFmt: TEXT_FORMAT },
  title: { font: { bold: true, size: 14 } },
  bold: { font: { bold: true } },
  note: { font: { italic: true, size: 10, color: { argb: 'FF555555' } } },
  wrap: { numFmt: TEXT_FORMAT, alignment: { vertical: 'top', wrapText: true } },
  header: {
    numFmt: TEXT_FORMAT,
    font: { bold: true },
    fill: solid('FFDDEBF7'),
    border: THIN,
    alignment: { vertical: 'middle', wrapText: true },
  },
  /** A locked text cell in a bordered table. */
  boxed: { numFmt: TEXT_FORMAT, border: THIN, alignment: { vertical: 'top', wrapText: true } },
  centered: { border: THIN, alignment: { horizontal: 'center', vertical: 'top' } },
  /** Input cells: the only ones a protected sheet lets the user change. */
  input: {
    font: { bold: true },
    fill: solid('FFFFF2CC'),
    border: THIN,
    alignment: { horizontal: 'center', vertical: 'top' },
    protection: { locked: false },
  },
  inputText: {
    numFmt: TEXT_FORMAT,
    fill: solid('FFFFF2CC'),
    border: THIN,
    alignment: { vertical: 'top', wrapText: true },
    protection: { locked: false },
  },
  closed: { fill: solid('FFD9D9D9'), border: THIN },
} satisfies Record<string, Partial<ExcelJS.Style>>;

export type StyleName = keyof typeof STYLE;

/** A list validation or a text-length rule over a range such as "B2:B2000". */
export function addValidation(
  sheet: ExcelJS.Worksheet,
  range: string,
  validation: ExcelJS.DataValidation,
): void {
  // `worksheet.dataValidations.add(range, …)` writes one rule for the whole range; the typings
  // only declare the per-cell `cell.dataValidation`, which would create every cell of the range.
  (
    sheet as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }
  ).dataValidations.add(range, validation);
}
