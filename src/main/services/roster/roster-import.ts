/**
 * The roster import engine, reading side: guard the file, find the roster sheet and its header,
 * validate every row, and describe what a commit would do. Writes nothing.
 */
import { closeSync, openSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { AppError } from '../../../shared/errors';
import { FIELD_SPEC, type RosterField } from '../../../shared/domain/roster-fields';
import { validateRosterRow, type RosterValues, type RowProblem } from '../../../shared/domain/roster-row';
import { detectHeader, HEADER_SCAN_ROWS, type HeaderGuess } from './detect-header';
import { FILE_LIMITS, guardFile, type FileLimits } from './file-guard';
import { readCsv } from './read-csv';
import { readXlsxSheet } from './read-xlsx';
import { classifyRow, type RowContext } from './row-kinds';
import { columnLetter, fillMergedDown, type SheetGrid } from './sheet-grid';
import { openXlsx, type XlsxWorkbook } from './xlsx-workbook';

export type { RosterField } from '../../../shared/domain/roster-fields';

export interface RosterProblem {
  row: number;
  /** The header text of the column as the user sees it, or its letter when it has none. */
  column: string;
  code: string;
  /** Bahasa Indonesia; says how to fix it. */
  message: string;
}

export interface RosterColumn {
  /** 1-based. */
  index: number;
  letter: string;
  header: string;
  field: RosterField | null;
}

export type RosterSampleRow = Record<RosterField, string | null> & { row: number };

export interface RosterPreview {
  fileName: string;
  sheets: string[];
  sheet: string;
  /** The header row just above the data; 0 when the operator mapped a file without one. */
  headerRow: number;
  columns: RosterColumn[];
  /** Candidate rows (blank, footer and title rows are not counted). */
  rows: number;
  /** Rows without errors: what "valid rows only" imports. */
  valid: number;
  errorRows: number;
  /** Rows with at least one warning, with or without errors. */
  warningRows: number;
  /** Valid rows whose NIP is not yet in the programme. */
  newCount: number;
  /** Valid rows whose NIP is already in the programme: updated in place. */
  updatedCount: number;
  errors: RosterProblem[];
  warnings: RosterProblem[];
  /** The first 20 rows, normalised, for the preview table. */
  sample: RosterSampleRow[];
}

export interface RosterImportOptions {
  /** Operator override of the sheet. */
  sheet?: string | undefined;
  /** Operator override: field → 1-based column index. Fields not named keep the detected column. */
  mapping?: Partial<Record<RosterField, number>> | undefined;
  progress?: ((done: number, total: number, phase: string) => void) | undefined;
  checkCancelled?: (() => void) | undefined;
  /** Tests lower these to exercise the refusals without huge files. */
  limits?: FileLimits | undefined;
}

export interface ValidatedRosterRow {
  row: number;
  values: RosterValues;
  problems: RowProblem[];
  hasError: boolean;
  hasWarning: boolean;
}

export interface RosterAnalysis {
  preview: RosterPreview;
  rows: ValidatedRosterRow[];
}

const SAMPLE_SIZE = 20;
const CHUNK = 1000;

interface Source {
  sheets: string[];
  grid: SheetGrid;
  header: HeaderGuess | null;
}

async function chooseXlsxSheet(
  workbook: XlsxWorkbook,
  options: RosterImportOptions,
  limits: FileLimits,
): Promise<Source> {
  const sheets = workbook.sheets.map((s) => s.name);
  // Only the full read reports progress: the quick looks for a header would make the bar jump.
  const read = (sheet: (typeof workbook.sheets)[number], firstRows?: number) =>
    readXlsxSheet(workbook, sheet, {
      maxRows: limits.maxRows,
      firstRows,
      progress: firstRows === undefined ? options.progress : undefined,
      checkCancelled: options.checkCancelled,
    });

  if (options.sheet !== undefined) {
    const chosen = workbook.sheets.find((s) => s.name === options.sheet);
    if (!chosen) throw new AppError('roster-sheet-not-found', undefined, { sheets });
    const grid = await read(chosen);
    return { sheets, grid, header: detectHeader(grid.rows) };
  }
  // Visible sheets first: a hidden one usually holds the lists behind drop-downs.
  const ordered = [...workbook.sheets.filter((s) => !s.hidden), ...workbook.sheets.filter((s) => s.hidden)];
  let best: { sheet: (typeof ordered)[number]; header: HeaderGuess } | null = null;
  for (const sheet of ordered) {
    const head = await read(sheet, HEADER_SCAN_ROWS);
    const header = detectHeader(head.rows);
    if (header && (!best || header.score > best.header.score)) best = { sheet, header };
  }
  const chosen = best?.sheet ?? ordered[0];
  if (!chosen) throw new AppError('file-corrupt');
  const grid = await read(chosen);
  return { sheets, grid, header: best ? detectHeader(grid.rows) : null };
}

async function readSource(
  file: string,
  displayName: string,
  options: RosterImportOptions,
  limits: FileLimits,
): Promise<Source> {
  const guarded = guardFile(file, displayName, limits);
  if (guarded.kind === 'csv') {
    const name = basename(displayName, extname(displayName)) || 'CSV';
    if (options.sheet !== undefined && options.sheet !== name) {
      throw new AppError('roster-sheet-not-found', undefined, { sheets: [name] });
    }
    const grid = readCsv(file, name, {
      maxRows: limits.maxRows,
      progress: options.progress,
      checkCancelled: options.checkCancelled,
    });
    return { sheets: [name], grid, header: detectHeader(grid.rows) };
  }
  const fd = openSync(file, 'r');
  try {
    const workbook = await openXlsx(file, fd, guarded.entries);
    return await chooseXlsxSheet(workbook, options, limits);
  } finally {
    closeSync(fd);
  }
}

/** Applies the operator's mapping over the detected one: one field per column, one column per field. */
function finalMapping(
  header: HeaderGuess | null,
  override: RosterImportOptions['mapping'],
): Map<RosterField, number> {
  const mapping = new Map(header?.mapping ?? []);
  for (const [field, column] of Object.entries(override ?? {}) as Array<[RosterField, number | undefined]>) {
    if (column === undefined) continue;
    for (const [other, index] of mapping) if (index === column - 1 && other !== field) mapping.delete(other);
    mapping.set(field, column - 1);
  }
  return mapping;
}

function describeColumns(
  grid: SheetGrid,
  headers: readonly string[],
  mapping: Map<RosterField, number>,
): RosterColumn[] {
  let width = headers.length;
  for (const row of grid.rows.slice(0, HEADER_SCAN_ROWS * 2)) width = Math.max(width, row.cells.length);
  for (const column of mapping.values()) width = Math.max(width, column + 1);
  const fieldAt = new Map([...mapping].map(([field, column]) => [column, field]));
  return Array.from({ length: width }, (_, c) => ({
    index: c + 1,
    letter: columnLetter(c + 1),
    header: headers[c] ?? '',
    field: fieldAt.get(c) ?? null,
  }));
}

function sampleOf(row: ValidatedRosterRow): RosterSampleRow {
  const { values } = row;
  return {
    row: row.row,
    participantNo: values.participantNo,
    nip: values.nip || null,
    name: values.name || null,
    gender: values.gender,
    birthDate: values.birthDate,
    grade: values.grade,
    position: values.position || null,
    positionLevel: values.positionLevel || null,
    unit: values.unit || null,
    phone: values.phone || null,
    email: values.email || null,
  };
}

/**
 * Reads a roster file and validates every row. Refused files throw an AppError with a stable
 * code (`file-legacy-xls`, `file-encrypted`, `file-not-spreadsheet`, `file-corrupt`,
 * `file-too-large`, `file-too-many-rows`, `file-bomb`, `roster-no-header`,
 * `roster-sheet-not-found`).
 */
export async function analyseRosterFile(
  file: string,
  displayName: string,
  existingNips: ReadonlySet<string>,
  options: RosterImportOptions = {},
): Promise<RosterAnalysis> {
  const limits = options.limits ?? FILE_LIMITS;
  const source = await readSource(file, displayName, options, limits);
  const { grid, header } = source;
  const hasOverride = Object.values(options.mapping ?? {}).some((c) => c !== undefined);
  if (!header && !hasOverride) throw new AppError('roster-no-header', undefined, { sheets: source.sheets });

  const headerRow = header?.headerRow ?? 0;
  const headers = header?.headers ?? [];
  const mapping = finalMapping(header, options.mapping);
  fillMergedDown(grid, headerRow + 1);

  const columns = describeColumns(grid, headers, mapping);
  const columnName = (field: RosterField): string => {
    const column = mapping.get(field);
    if (column === undefined) return FIELD_SPEC[field].label;
    return headers[column] || columnLetter(column + 1);
  };

  const context: RowContext = { mapping, headerTexts: headers };
  const rows: ValidatedRosterRow[] = [];
  const errors: RosterProblem[] = [];
  const warnings: RosterProblem[] = [];
  const firstRowOfNip = new Map<string, number>();
  const participantNos = new Set<string>();
  let inFooter = false;
  let errorRows = 0;
  let warningRows = 0;
  let newCount = 0;
  let updatedCount = 0;
  const dataRows = grid.rows.filter((r) => r.row > headerRow);

  dataRows.forEach((gridRow, index) => {
    if (index % CHUNK === 0) {
      options.checkCancelled?.();
      options.progress?.(index, dataRows.length, 'memeriksa');
    }
    const kind = classifyRow(gridRow, context, inFooter);
    if (kind === 'footer') inFooter = true;
    if (kind !== 'candidate') return;
    inFooter = false;

    const cells: Partial<Record<RosterField, (typeof gridRow.cells)[number]>> = {};
    for (const [field, column] of mapping) cells[field] = gridRow.cells[column] ?? null;
    const checked = validateRosterRow(cells, {
      takenNips: firstRowOfNip,
      takenParticipantNos: participantNos,
    });
    const row: ValidatedRosterRow = { row: gridRow.row, ...checked };
    rows.push(row);

    for (const problem of checked.problems) {
      const entry = {
        row: row.row,
        column: columnName(problem.field),
        code: problem.code,
        message: problem.message,
      };
      (problem.severity === 'error' ? errors : warnings).push(entry);
    }
    if (checked.hasWarning) warningRows++;
    // Any row with a readable NIP claims it, valid or not: a later copy is a duplicate even
    // while the first still has another error to fix.
    if (!checked.problems.some((p) => p.field === 'nip')) firstRowOfNip.set(checked.values.nip, row.row);
    if (checked.hasError) errorRows++;
    else if (existingNips.has(checked.values.nip)) updatedCount++;
    else newCount++;
    if (checked.values.participantNo !== null) participantNos.add(checked.values.participantNo);
  });
  options.progress?.(dataRows.length, dataRows.length, 'memeriksa');

  return {
    rows,
    preview: {
      fileName: displayName,
      sheets: source.sheets,
      sheet: grid.name,
      headerRow,
      columns,
      rows: rows.length,
      valid: rows.length - errorRows,
      errorRows,
      warningRows,
      newCount,
      updatedCount,
      errors,
      warnings,
      sample: rows.slice(0, SAMPLE_SIZE).map(sampleOf),
    },
  };
}

/** NIP and name as read, by row, for the rows with problems: the problem report shows them. */
export function problemPeople(analysis: RosterAnalysis): Map<number, { nip: string; name: string }> {
  const people = new Map<number, { nip: string; name: string }>();
  for (const row of analysis.rows) {
    if (row.problems.length > 0) people.set(row.row, { nip: row.values.nip, name: row.values.name });
  }
  return people;
}
