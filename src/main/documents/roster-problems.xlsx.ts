/**
 * The problem report of a roster import, for the operator to send back to the agency: one row
 * per problem (row, column, kind, code, message), in the order of the file. Every cell is text:
 * an NIP or a cell the user wrote like a formula stays exactly as it was.
 */
import { writeFileSync } from 'node:fs';
import { buildXlsx, type XlsxCell } from './xlsx/xlsx-writer';

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

export function buildRosterProblems(view: RosterProblemsView): Buffer {
  const problems = [
    ...view.errors.map((p) => ({ ...p, kind: 'Kesalahan', order: 0 })),
    ...view.warnings.map((p) => ({ ...p, kind: 'Peringatan', order: 1 })),
  ].sort((a, b) => a.row - b.row || a.order - b.order);
  const text = (value: string): XlsxCell => ({ value, style: 'text' });
  const headers = view.people ? HEADERS : HEADERS.slice(0, 5);

  return buildXlsx([
    {
      name: 'Masalah',
      frozenRows: 4,
      columns: [
        { width: 8 },
        { width: 24 },
        { width: 12 },
        { width: 24 },
        { width: 90, style: 'wrap' },
        { width: 22 },
        { width: 34 },
      ],
      rows: [
        [{ value: 'Masalah impor daftar peserta', style: 'title' }],
        [text(`Berkas: ${view.fileName} · Lembar: ${view.sheet}`)],
        [
          text(
            `${view.errors.length} kesalahan (baris tidak diimpor) · ${view.warnings.length} peringatan (baris tetap diimpor)`,
          ),
        ],
        headers.map((value): XlsxCell => ({ value, style: 'header' })),
        ...problems.map((p) => {
          const cells: XlsxCell[] = [
            { value: p.row },
            text(p.column),
            text(p.kind),
            text(p.code),
            { value: p.message, style: 'wrap' },
          ];
          const person = view.people?.get(p.row);
          if (view.people) cells.push(text(person?.nip ?? ''), text(person?.name ?? ''));
          return cells;
        }),
      ],
    },
  ]);
}

/** Writes the report to `path` (callers hand a temporary path and rename it when done). */
export async function renderRosterProblems(view: RosterProblemsView, path: string): Promise<void> {
  writeFileSync(path, buildRosterProblems(view));
}
