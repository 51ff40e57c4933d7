/**
 * Sheet 1, Rekapitulasi: the row per candidate the agency keeps. Three title rows, a row of
 * merged group headers (identity, one per competency, results), the column headers, then the
 * candidates. NIPs are text cells; JPM is a fraction under "0.0%"; the category cell is coloured.
 */
import type ExcelJS from 'exceljs';
import type { DataHash } from './data-hash';
import { HEADING_ROWS, writeHeading } from './headings';
import { rekapLayout, rekapRow, validCertificateNumbers, type RekapKind } from './rekapitulasi-table';
import { RS, categoryStyle } from './results-styles';
import { SheetWriter } from './sheet-writer';
import type { ResultsWorkbookView } from './view';

type Style = Partial<ExcelJS.Style>;

export const REKAP_SHEET = 'Rekapitulasi';
/** Rows above the table: title, programme, rules. Then the group row and the header row. */
export const REKAP_GROUP_ROW = HEADING_ROWS + 1;
export const REKAP_HEADER_ROW = HEADING_ROWS + 2;

const KIND_STYLE: Record<RekapKind, Style> = {
  text: RS.text,
  integer: RS.integer,
  decimal: RS.decimal,
  percent: RS.percent,
  gap: RS.gap,
  category: RS.text,
};

export async function writeRekapitulasi(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  hash: DataHash,
  view: ResultsWorkbookView,
  onRow: () => void,
): Promise<number> {
  const { results } = view;
  const layout = rekapLayout(results);
  const sheet = new SheetWriter(workbook, hash, {
    name: REKAP_SHEET,
    widths: layout.columns.map((c) => c.width),
    frozenRows: REKAP_HEADER_ROW,
    frozenColumns: 4,
    printTitleRows: [REKAP_GROUP_ROW, REKAP_HEADER_ROW],
  });
  writeHeading(sheet, 'REKAPITULASI HASIL ASESMEN KOMPETENSI', view);

  const groupValues: (string | null)[] = layout.columns.map(() => null);
  for (const group of layout.groups) groupValues[group.from - 1] = group.title;
  sheet.row(
    groupValues,
    layout.columns.map(() => RS.groupHeader),
    { merges: layout.groups.map((g) => [g.from, g.to] as const) },
  );
  sheet.row(
    layout.columns.map((c) => c.header),
    RS.header,
  );
  sheet.autoFilter(REKAP_HEADER_ROW);

  const base = layout.columns.map((c) => KIND_STYLE[c.kind]);
  const percentColumns = layout.columns.flatMap((c, i) => (c.kind === 'percent' ? [i] : []));
  const gapColumns = layout.columns.flatMap((c, i) => (c.kind === 'gap' ? [i] : []));
  const context = { view, certificateNumbers: validCertificateNumbers(view.certificates) };

  for (const [index, candidate] of results.candidates.entries()) {
    const values = rekapRow(results, candidate, index, context);
    const styles = base.slice();
    for (const i of percentColumns) {
      const value = values[i];
      if (typeof value === 'number') values[i] = value / 100;
    }
    for (const i of gapColumns) {
      const value = values[i];
      if (typeof value === 'number' && value < 0) styles[i] = RS.gapNegative;
    }
    styles[layout.categoryColumn - 1] = categoryStyle(candidate.category);
    sheet.row(values, styles);
    onRow();
    await sheet.breathe();
  }
  sheet.commit();
  return results.candidates.length;
}
