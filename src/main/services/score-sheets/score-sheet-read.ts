/**
 * Reads a filled score sheet back: the layout from the very hidden sheet, then the data rows.
 * The file passes the same guard as a roster (size, zip bomb, encryption, legacy formats)
 * before any part is inflated.
 */
import { closeSync, openSync } from 'node:fs';
import { AppError } from '../../../shared/errors';
import {
  DATA_SHEET,
  META_SHEET,
  SCORE_SHEET_FORMAT,
  type ScoreSheetLayout,
} from '../../documents/score-sheet.xlsx';
import { FILE_LIMITS, guardFile } from '../roster/file-guard';
import { readXlsxSheet } from '../roster/read-xlsx';
import type { CellValue, GridRow } from '../roster/sheet-grid';
import { openXlsx } from '../roster/xlsx-workbook';

/** One assessor's sheet is a few hundred rows; anything far larger is not a score sheet. */
const MAX_ROWS = 20_000;

export interface ScoreSheetMeta {
  programId: number;
  programCode: string;
  assessorId: number;
}

export interface ScoreSheetFile {
  meta: ScoreSheetMeta;
  layout: ScoreSheetLayout;
  header: GridRow | undefined;
  rows: GridRow[];
}

function unrecognised(): AppError {
  return new AppError('score-sheet-unrecognised');
}

const positiveInt = (value: CellValue | undefined): number | null => {
  const n = typeof value === 'string' ? Number(value.trim()) : value;
  return typeof n === 'number' && Number.isSafeInteger(n) && n > 0 ? n : null;
};

function parseMeta(rows: readonly GridRow[]): { meta: ScoreSheetMeta; layout: ScoreSheetLayout } {
  const values = new Map<string, CellValue | undefined>();
  const competencies: Array<ScoreSheetLayout['competencies'][number]> = [];
  for (const { cells } of rows) {
    const key = cells[0];
    if (key === 'competency') {
      const [id, levelColumn, evidenceColumn] = [cells[1], cells[3], cells[4]].map(positiveInt);
      const code = cells[2];
      if (!id || !levelColumn || !evidenceColumn || typeof code !== 'string') throw unrecognised();
      competencies.push({ id, code, levelColumn, evidenceColumn });
    } else if (typeof key === 'string') {
      values.set(key, cells[1]);
    }
  }
  const programId = positiveInt(values.get('programId'));
  const assessorId = positiveInt(values.get('assessorId'));
  const headerRow = positiveInt(values.get('headerRow'));
  const idColumn = positiveInt(values.get('idColumn'));
  const programCode = values.get('programCode');
  if (values.get('format') !== SCORE_SHEET_FORMAT || !programId || !assessorId || !headerRow || !idColumn) {
    throw unrecognised();
  }
  return {
    meta: { programId, assessorId, programCode: typeof programCode === 'string' ? programCode : '' },
    layout: { headerRow, idColumn, competencies },
  };
}

export async function readScoreSheetFile(path: string, displayName: string): Promise<ScoreSheetFile> {
  const guarded = guardFile(path, displayName, { ...FILE_LIMITS, maxRows: MAX_ROWS });
  if (guarded.kind !== 'xlsx') throw unrecognised();
  const fd = openSync(path, 'r');
  try {
    const workbook = await openXlsx(path, fd, guarded.entries);
    const metaSheet = workbook.sheets.find((s) => s.name === META_SHEET);
    const dataSheet = workbook.sheets.find((s) => s.name === DATA_SHEET);
    if (!metaSheet || !dataSheet) throw unrecognised();
    const { meta, layout } = parseMeta((await readXlsxSheet(workbook, metaSheet, { maxRows: 1000 })).rows);
    const grid = await readXlsxSheet(workbook, dataSheet, { maxRows: MAX_ROWS });
    return {
      meta,
      layout,
      header: grid.rows.find((r) => r.row === layout.headerRow),
      rows: grid.rows.filter((r) => r.row > layout.headerRow),
    };
  } finally {
    closeSync(fd);
  }
}
