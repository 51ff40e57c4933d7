/**
 * Sheet 2, Detail Penilaian: the long format for re-analysis — one row per submitted rating
 * (candidate × competency × method × assessor: the ratings results are computed from) with the
 * level given and the level the meeting agreed. Rows stream from the database through here; at
 * 180,000 rows nothing but the current row is held.
 */
import type ExcelJS from 'exceljs';
import type { CandidateResult } from '../../../shared/contract';
import type { DataHash } from './data-hash';
import { HEADING_ROWS, writeHeading } from './headings';
import { RS } from './results-styles';
import { SheetWriter } from './sheet-writer';
import type { ResultsWorkbookView } from './view';

export const DETAIL_SHEET = 'Detail Penilaian';
export const DETAIL_HEADER_ROW = HEADING_ROWS + 1;

const COLUMNS = [
  { header: 'NIP', width: 21, style: RS.plainText },
  { header: 'Nama', width: 34, style: RS.plainText },
  { header: 'Kode Kompetensi', width: 11, style: RS.plainText },
  { header: 'Kompetensi', width: 30, style: RS.plainText },
  { header: 'Metode', width: 30, style: RS.plainText },
  { header: 'Asesor', width: 30, style: RS.plainText },
  { header: 'Level', width: 8, style: RS.plainInteger },
  { header: 'Level Disepakati', width: 11, style: RS.plainInteger },
] as const;

const STYLES = COLUMNS.map((c) => c.style);

/** The agreed level of a candidate's competency, as the results computed it (recorded or by rule). */
function agreedLookup(candidates: readonly CandidateResult[]) {
  const byCandidate = new Map(candidates.map((c) => [c.candidateId, c.competencies]));
  return (candidateId: number, competencyId: number): number | null =>
    byCandidate.get(candidateId)?.find((c) => c.competencyId === competencyId)?.achieved ?? null;
}

export async function writeDetailPenilaian(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  hash: DataHash,
  view: ResultsWorkbookView,
  onRow: () => void,
): Promise<number> {
  const sheet = new SheetWriter(workbook, hash, {
    name: DETAIL_SHEET,
    widths: COLUMNS.map((c) => c.width),
    frozenRows: DETAIL_HEADER_ROW,
    frozenColumns: 2,
    printTitleRows: [DETAIL_HEADER_ROW, DETAIL_HEADER_ROW],
  });
  writeHeading(sheet, 'DETAIL PENILAIAN PER ASESOR', view);
  sheet.row(
    COLUMNS.map((c) => c.header),
    RS.header,
  );
  sheet.autoFilter(DETAIL_HEADER_ROW);
  const agreed = agreedLookup(view.results.candidates);
  let rows = 0;
  for (const r of view.detail) {
    sheet.row(
      [
        r.nip,
        r.name,
        r.competencyCode,
        r.competencyName,
        r.methodName,
        r.assessorName,
        r.level,
        agreed(r.candidateId, r.competencyId),
      ],
      STYLES,
    );
    rows++;
    onRow();
    await sheet.breathe();
  }
  sheet.commit();
  return rows;
}
