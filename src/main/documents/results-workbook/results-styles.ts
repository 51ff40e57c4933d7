/**
 * Cell styles of the results workbook, built on the shared workbook styles. Each is one frozen
 * object handed to every cell of its kind: exceljs recognises a style object it has seen before
 * by identity and skips re-encoding it, which is most of the time of a 180,000-row sheet.
 */
import type ExcelJS from 'exceljs';
import type { CategoryCode } from '../../../shared/domain/categories';
import { CATEGORIES_BY_PURPOSE } from '../../../shared/domain/categories';
import { STYLE, TEXT_FORMAT } from '../workbook-styles';

type Style = Partial<ExcelJS.Style>;

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  left: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  bottom: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  right: { style: 'thin', color: { argb: 'FFBFBFBF' } },
};

const solid = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });

/** JPM and pass rates: a percentage with one decimal ("87,5%" in Indonesian Excel). */
export const PERCENT_FORMAT = '0.0%';

const freeze = <T extends Record<string, Style>>(styles: T): Readonly<T> => Object.freeze(styles);

export const RS = freeze({
  title: STYLE.title,
  subtitle: { font: { size: 11, color: { argb: 'FF404040' } } },
  note: STYLE.note,
  header: { ...STYLE.header, alignment: { vertical: 'middle', horizontal: 'center', wrapText: true } },
  groupHeader: {
    ...STYLE.header,
    fill: solid('FFBDD7EE'),
    alignment: { vertical: 'middle', horizontal: 'center', wrapText: true },
  },
  label: { numFmt: TEXT_FORMAT, font: { bold: true }, alignment: { vertical: 'top' } },
  /** Table cells of the Rekapitulasi: bordered, for printing. */
  text: { numFmt: TEXT_FORMAT, border: THIN },
  integer: { numFmt: '0', border: THIN, alignment: { horizontal: 'center' } },
  decimal: { numFmt: '0.00', border: THIN },
  decimal3: { numFmt: '0.000', border: THIN },
  percent: { numFmt: PERCENT_FORMAT, border: THIN },
  gapNegative: {
    numFmt: '0;-0;0',
    border: THIN,
    alignment: { horizontal: 'center' },
    font: { color: { argb: 'FFC00000' }, bold: true },
  },
  gap: { numFmt: '0;-0;0', border: THIN, alignment: { horizontal: 'center' } },
  total: { numFmt: '0', border: THIN, font: { bold: true }, alignment: { horizontal: 'center' } },
  totalText: { numFmt: TEXT_FORMAT, border: THIN, font: { bold: true } },
  totalPercent: { numFmt: PERCENT_FORMAT, border: THIN, font: { bold: true } },
  /** Long sheets: no borders, so 180,000 rows stay light to open. */
  plainText: { numFmt: TEXT_FORMAT },
  plainInteger: { numFmt: '0', alignment: { horizontal: 'center' } },
  wrap: { numFmt: TEXT_FORMAT, alignment: { vertical: 'top', wrapText: true } },
  wrapLabel: { numFmt: TEXT_FORMAT, font: { bold: true }, alignment: { vertical: 'top', wrapText: true } },
} satisfies Record<string, Style>);

// Excel's own "Good / Neutral / Bad" colours: the best category green, the middle one amber,
// the lowest one red, the same for both purposes.
const TONES = [
  { fill: 'FFC6EFCE', font: 'FF006100' },
  { fill: 'FFFFEB9C', font: 'FF9C5700' },
  { fill: 'FFFFC7CE', font: 'FF9C0006' },
] as const;

const CATEGORY_STYLES = new Map<CategoryCode, Style>();
for (const purpose of ['pengisian', 'pemetaan'] as const) {
  CATEGORIES_BY_PURPOSE[purpose].forEach((code, i) => {
    const tone = TONES[i] as (typeof TONES)[number];
    CATEGORY_STYLES.set(
      code,
      Object.freeze({
        numFmt: TEXT_FORMAT,
        border: THIN,
        fill: solid(tone.fill),
        font: { color: { argb: tone.font }, bold: true },
      }),
    );
  });
}

/** The coloured cell of a category (green, amber, red from best to lowest). */
export function categoryStyle(code: CategoryCode | null): Style {
  if (code === null) return RS.text;
  return CATEGORY_STYLES.get(code) ?? RS.text;
}
