/**
 * Sheet 5, Sertifikat: every certificate issued in the programme — still valid or revoked (with
 * when and why) — and how many copies were printed.
 */
import type ExcelJS from 'exceljs';
import type { DataHash } from './data-hash';
import { HEADING_ROWS, writeHeading } from './headings';
import { RS } from './results-styles';
import { SheetWriter } from './sheet-writer';
import { formatStampId } from './stamps';
import type { ResultsWorkbookView } from './view';

export const CERTIFICATE_SHEET = 'Sertifikat';
export const CERTIFICATE_HEADER_ROW = HEADING_ROWS + 1;

const COLUMNS = [
  { header: 'NIP', width: 21, style: RS.text },
  { header: 'Nama', width: 34, style: RS.text },
  { header: 'Nomor Sertifikat', width: 28, style: RS.text },
  { header: 'Diterbitkan', width: 22, style: RS.text },
  { header: 'Status', width: 10, style: RS.text },
  { header: 'Dicabut pada', width: 22, style: RS.text },
  { header: 'Alasan Pencabutan', width: 40, style: RS.text },
  { header: 'Jumlah Cetak', width: 10, style: RS.integer },
  { header: 'Terakhir Dicetak', width: 22, style: RS.text },
] as const;

const STYLES = COLUMNS.map((c) => c.style);

export function writeSertifikat(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  hash: DataHash,
  view: ResultsWorkbookView,
): number {
  const sheet = new SheetWriter(workbook, hash, {
    name: CERTIFICATE_SHEET,
    widths: COLUMNS.map((c) => c.width),
    frozenRows: CERTIFICATE_HEADER_ROW,
    frozenColumns: 2,
    printTitleRows: [CERTIFICATE_HEADER_ROW, CERTIFICATE_HEADER_ROW],
  });
  writeHeading(sheet, 'SERTIFIKAT', view);
  sheet.row(
    COLUMNS.map((c) => c.header),
    RS.header,
  );
  sheet.autoFilter(CERTIFICATE_HEADER_ROW);
  for (const c of view.certificates) {
    sheet.row(
      [
        c.nip,
        c.name,
        c.number,
        formatStampId(c.issuedAt),
        c.revokedAt === null ? 'Berlaku' : 'Dicabut',
        formatStampId(c.revokedAt),
        c.revokeReason,
        c.printedCount,
        formatStampId(c.lastPrintedAt),
      ],
      STYLES,
    );
  }
  if (view.certificates.length === 0) sheet.row(['Belum ada sertifikat yang diterbitkan.'], RS.note);
  sheet.commit();
  return view.certificates.length;
}
