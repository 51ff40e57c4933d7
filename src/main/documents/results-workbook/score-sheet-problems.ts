/**
 * The problem list of a score-sheet import, for the operator to hand back to the assessor: one
 * row per problem (row, column, kind, code, message) in the order of the sheet. Errors stopped the
 * whole import; conflicts are values that differ from an already-submitted sheet (not written);
 * warnings were written anyway. Cells go through cell-safety like the results workbook.
 */
import ExcelJS from 'exceljs';
import type { ScoreSheetImportReport } from '../../../shared/contract';
import { STYLE } from '../workbook-styles';
import { cellValue } from './cell-safety';
import { formatStampId } from './stamps';

const KINDS = [
  ['errors', 'Kesalahan'],
  ['conflicts', 'Konflik'],
  ['warnings', 'Peringatan'],
] as const;

export async function renderScoreSheetProblems(
  report: ScoreSheetImportReport,
  at: string,
  path: string,
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Asesa';
  const sheet = workbook.addWorksheet('Masalah', { views: [{ state: 'frozen', ySplit: 4 }] });
  sheet.columns = [8, 24, 12, 24, 90].map((width) => ({ width }));
  const put = (row: number, column: number, value: string | number | null, style: Partial<ExcelJS.Style>) => {
    const cell = sheet.getRow(row).getCell(column);
    cell.value = cellValue(value);
    cell.style = style;
  };
  put(1, 1, `Masalah impor lembar penilaian — ${report.assessor.name}`, STYLE.title);
  put(2, 1, `Berkas: ${report.fileName} · Diimpor: ${formatStampId(at) ?? at}`, STYLE.text);
  put(
    3,
    1,
    report.errors.length > 0
      ? `${report.errors.length} kesalahan: tidak ada nilai yang disimpan dari berkas ini.`
      : `${report.conflicts.length} konflik (tidak disimpan) · ${report.warnings.length} peringatan`,
    STYLE.text,
  );
  ['Baris', 'Kolom', 'Jenis', 'Kode', 'Pesan'].forEach((text, i) => put(4, i + 1, text, STYLE.header));
  const problems = KINDS.flatMap(([key, kind], order) =>
    report[key].map((p) => ({ ...p, kind, order })),
  ).sort((a, b) => a.row - b.row || a.order - b.order);
  problems.forEach((p, i) => {
    const row = 5 + i;
    put(row, 1, p.row, STYLE.centered);
    put(row, 2, p.column, STYLE.boxed);
    put(row, 3, p.kind, STYLE.boxed);
    put(row, 4, p.code, STYLE.boxed);
    put(row, 5, p.message, STYLE.boxed);
  });
  await workbook.xlsx.writeFile(path);
}
