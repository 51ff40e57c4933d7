/**
 * Sheet 4, Kehadiran: every session a candidate was scheduled for (through the group) or checked
 * in to, with the mark and when it was made; "Belum dicatat" where nobody marked it.
 */
import type ExcelJS from 'exceljs';
import { formatDateId } from '../../../shared/domain/dates';
import type { DataHash } from './data-hash';
import { HEADING_ROWS, writeHeading } from './headings';
import { RS } from './results-styles';
import { SheetWriter } from './sheet-writer';
import { formatStampId } from './stamps';
import type { AttendanceMark, ResultsWorkbookView } from './view';

export const ATTENDANCE_SHEET = 'Kehadiran';
export const ATTENDANCE_HEADER_ROW = HEADING_ROWS + 1;

export const ATTENDANCE_LABELS: Record<AttendanceMark, string> = {
  hadir: 'Hadir',
  terlambat: 'Terlambat',
  'tidak-hadir': 'Tidak hadir',
};
export const NOT_MARKED = 'Belum dicatat';

const COLUMNS = [
  { header: 'No. Peserta', width: 11 },
  { header: 'NIP', width: 21 },
  { header: 'Nama', width: 34 },
  { header: 'Unit/Perangkat Daerah', width: 30 },
  { header: 'Tanggal', width: 18 },
  { header: 'Jam', width: 13 },
  { header: 'Ruang', width: 14 },
  { header: 'Sesi/Metode', width: 28 },
  { header: 'Kehadiran', width: 13 },
  { header: 'Dicatat pada', width: 22 },
] as const;

export async function writeKehadiran(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  hash: DataHash,
  view: ResultsWorkbookView,
  onRow: () => void,
): Promise<number> {
  const sheet = new SheetWriter(workbook, hash, {
    name: ATTENDANCE_SHEET,
    widths: COLUMNS.map((c) => c.width),
    frozenRows: ATTENDANCE_HEADER_ROW,
    frozenColumns: 3,
    printTitleRows: [ATTENDANCE_HEADER_ROW, ATTENDANCE_HEADER_ROW],
  });
  writeHeading(sheet, 'KEHADIRAN PESERTA', view);
  sheet.row(
    COLUMNS.map((c) => c.header),
    RS.header,
  );
  sheet.autoFilter(ATTENDANCE_HEADER_ROW);
  let rows = 0;
  for (const r of view.attendance) {
    sheet.row(
      [
        r.participantNo,
        r.nip,
        r.name,
        r.unit,
        formatDateId(r.day),
        `${r.startTime}–${r.endTime}`,
        r.room,
        r.methodName ?? 'Sesi umum',
        r.status ? ATTENDANCE_LABELS[r.status] : NOT_MARKED,
        formatStampId(r.at),
      ],
      RS.plainText,
    );
    rows++;
    onRow();
    await sheet.breathe();
  }
  sheet.commit();
  return rows;
}
