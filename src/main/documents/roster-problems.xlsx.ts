/**
 * The problem report of a roster import, for the operator to send back to the agency: one row
 * per problem (row, column, kind, code, message), in the order of the file. Every cell but the
 * row number is text: an NIP or a cell the user wrote like a formula stays exactly as it was
 * (exceljs writes a string as a string; only a `{ formula }` value becomes a formula).
 */
import ExcelJS from 'exceljs';
import { STYLE, type StyleName } from './workbook-styles';

export interface RosterProblemRow {
  row: number;
  column: string;
  code: string;
  message: string;
}

export interface RosterProblemsView {
  fileName: string;
  sheet: string;
  errors: readonly RosterProblemRow[];
  warnings: readonly RosterProblemRow[];
  /** NIP and name as read, by row number, so the agency finds the person without the file. */
  people?: ReadonlyMap<number, { nip: string; name: string }>;
}

const HEADERS = ['Baris', 'Kolom', 'Jenis', 'Kode', 'Pesan', 'NIP', 'Nama'];

export function buildRosterProblems(view: RosterProblemsView): ExcelJS.Workbook {
  const problems = [
    ...view.errors.map((p) => ({ ...p, kind: 'Kesalahan', order: 0 })),
    ...view.warnings.map((p) => ({ ...p, kind: 'Peringatan', order: 1 })),
  ].sort((a, b) => a.row - b.row || a.order - b.order);
  const headers = view.people ? HEADERS : HEADERS.slice(0, 5);

  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Masalah', { views: [{ state: 'frozen', ySplit: 4 }] });
  sheet.columns = [8, 24, 12, 24, 90, 22, 34].map((width, i) =>
    i === 4 ? { width, style: STYLE.wrap } : { width },
  );
  const put = (row: number, column: number, value: string | number, style: StyleName = 'text') => {
    const cell = sheet.getRow(row).getCell(column);
    cell.value = value;
    cell.style = STYLE[style];
  };

  put(1, 1, 'Masalah impor daftar peserta', 'title');
  put(2, 1, `Berkas: ${view.fileName} · Lembar: ${view.sheet}`);
  put(
    3,
    1,
    `${view.errors.length} kesalahan (baris tidak diimpor) · ${view.warnings.length} peringatan (baris tetap diimpor)`,
  );
  headers.forEach((text, i) => put(4, i + 1, text, 'header'));
  problems.forEach((p, i) => {
    const row = 5 + i;
    sheet.getRow(row).getCell(1).value = p.row;
    put(row, 2, p.column);
    put(row, 3, p.kind);
    put(row, 4, p.code);
    put(row, 5, p.message, 'wrap');
    if (view.people) {
      const person = view.people.get(p.row);
      put(row, 6, person?.nip ?? '');
      put(row, 7, person?.name ?? '');
    }
  });
  return workbook;
}

/** Writes the report to `path` (callers hand a temporary path and rename it when done). */
export async function renderRosterProblems(view: RosterProblemsView, path: string): Promise<void> {
  await buildRosterProblems(view).xlsx.writeFile(path);
}
