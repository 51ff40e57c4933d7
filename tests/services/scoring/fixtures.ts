/**
 * A scoring-day programme written straight into the 0030 tables, so these tests do not wait for
 * the instruments / assessors / assignment operations. Inserts are `OR IGNORE` + look-up by
 * code, so they still work if creating a programme starts seeding the national preset.
 */
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import type { App } from '../../../src/main/app';
import type { CallContext, Identity } from '../../../src/main/context';
import type { Db } from '../../../src/main/db/open';
import type { DispatchResult } from '../../../src/main/dispatcher';
import { DATA_SHEET } from '../../../src/main/documents/score-sheet.xlsx';
import { hashPin } from '../../../src/main/services/pin';
import { readScoreSheetFile } from '../../../src/main/services/score-sheets/score-sheet-read';
import type { Door, OperationName, OpInput, OpOutput } from '../../../src/shared/contract';
import type { ErrorCode } from '../../../src/shared/errors';

export const ADMIN: CallContext = { role: 'admin', actor: 'admin', door: 'desktop' };
export const OPERATOR: CallContext = { role: 'operator', actor: 'operator', door: 'desktop' };

export function assessorCtx(assessorId: number, door: Door = 'desktop', lead = false): CallContext {
  return { role: lead ? 'lead-assessor' : 'assessor', actor: `assessor:${assessorId}`, assessorId, door };
}

/** A door with a session the sign-in operations can switch, like a browser tab or a window. */
export function fakeDoor(door: Door = 'browser') {
  let identity: Identity = { role: 'admin', actor: 'admin' };
  return {
    get ctx(): CallContext {
      return { ...identity, door, session: { become: (next) => void (identity = next) } };
    },
    get identity(): Identity {
      return identity;
    },
  };
}

export function caller(app: App) {
  async function call<N extends OperationName>(
    name: N,
    input: OpInput<N>,
    ctx: CallContext,
  ): Promise<DispatchResult> {
    return app.dispatcher.dispatch(name, input, ctx);
  }
  return {
    call,
    async ok<N extends OperationName>(name: N, input: OpInput<N>, ctx: CallContext): Promise<OpOutput<N>> {
      const result = await call(name, input, ctx);
      if (!result.ok)
        throw new Error(`${name}: expected success, got ${result.error.code}: ${result.error.message}`);
      return result.value as OpOutput<N>;
    },
    async fails<N extends OperationName>(name: N, input: OpInput<N>, ctx: CallContext, code?: ErrorCode) {
      const result = await call(name, input, ctx);
      if (result.ok) throw new Error(`${name}: expected an error, got success`);
      if (code && result.error.code !== code) {
        throw new Error(`${name}: expected ${code}, got ${result.error.code}: ${result.error.message}`);
      }
      return result.error;
    },
  };
}

export const COMPETENCIES = [
  { code: 'M.1', name: 'Integritas' },
  { code: 'M.2', name: 'Kerja Sama' },
  { code: 'M.3', name: 'Komunikasi' },
  { code: 'M.4', name: 'Orientasi pada Hasil' },
] as const;

/** Method codes no preset uses, so the matrix below is the whole matrix of these methods. */
export const METHODS = [
  { code: 'XLGD', name: 'Diskusi kelompok (uji)', rates: ['M.1', 'M.2', 'M.3'] },
  { code: 'XBEI', name: 'Wawancara (uji)', rates: ['M.1', 'M.4'] },
] as const;

export interface Scenario {
  programId: number;
  competency: Record<string, number>;
  method: Record<string, number>;
  assessors: { a: number; b: number; lead: number; other: number };
  candidates: number[];
  /** assignment id by `${assessor}:${candidateIndex}:${methodCode}` */
  sheet: (assessor: keyof Scenario['assessors'], candidateIndex: number, method: string) => number;
  otherProgramId: number;
}

let cachedHashes: Record<string, string> | undefined;
async function pinHashes(): Promise<Record<string, string>> {
  cachedHashes ??= {
    '1111': await hashPin('1111'),
    '2222': await hashPin('2222'),
    '9999': await hashPin('9999'),
  };
  return cachedHashes;
}

export function insertCompetencies(db: Db, programId: number): Record<string, number> {
  const insert = db.prepare(
    'INSERT OR IGNORE INTO competencies (program_id, code, name, kind, sort_order) VALUES (?, ?, ?, ?, ?)',
  );
  const level = db.prepare(
    'INSERT OR IGNORE INTO competency_levels (competency_id, level, title, description) VALUES (?, ?, ?, ?)',
  );
  const idOf = db.prepare('SELECT id FROM competencies WHERE program_id = ? AND code = ?').pluck();
  const ids: Record<string, number> = {};
  COMPETENCIES.forEach((c, i) => {
    insert.run(programId, c.code, c.name, 'managerial', i + 1);
    ids[c.code] = idOf.get(programId, c.code) as number;
    for (let n = 1; n <= 5; n++)
      level.run(ids[c.code], n, `${c.name} level ${n}`, `Deskripsi ${c.code} level ${n}`);
  });
  return ids;
}

export function insertMethods(
  db: Db,
  programId: number,
  competency: Record<string, number>,
): Record<string, number> {
  const insert = db.prepare(
    'INSERT OR IGNORE INTO methods (program_id, code, name, sort_order) VALUES (?, ?, ?, ?)',
  );
  const idOf = db.prepare('SELECT id FROM methods WHERE program_id = ? AND code = ?').pluck();
  const rate = db.prepare(
    'INSERT OR IGNORE INTO competency_methods (competency_id, method_id) VALUES (?, ?)',
  );
  const ids: Record<string, number> = {};
  METHODS.forEach((m, i) => {
    insert.run(programId, m.code, m.name, 100 + i);
    ids[m.code] = idOf.get(programId, m.code) as number;
    for (const code of m.rates) rate.run(competency[code], ids[m.code]);
  });
  return ids;
}

export function insertCandidates(
  db: Db,
  programId: number,
  count: number,
  at = '2023-02-25T00:00:00.000Z',
): number[] {
  const insert = db.prepare(`
    INSERT INTO candidates (program_id, participant_no, nip, name, position, position_level, unit, created_at, updated_at)
    VALUES (?, ?, ?, ?, 'Kepala Seksi', 'Pengawas', ?, ?, ?)`);
  const ids: number[] = [];
  db.transaction(() => {
    for (let i = 1; i <= count; i++) {
      // 18 digits: birth date, appointment, gender, sequence (the day varies past 999 candidates).
      const nip = `198609${10 + Math.floor(i / 1000)}2015051${String(i % 1000).padStart(3, '0')}`;
      const no = String(i).padStart(3, '0');
      ids.push(
        Number(
          insert.run(programId, no, nip, `Peserta ${no}, S.Sos.`, `Dinas ${(i % 5) + 1}`, at, at)
            .lastInsertRowid,
        ),
      );
    }
  })();
  return ids;
}

export async function insertAssessor(
  db: Db,
  programId: number,
  name: string,
  role: 'assessor' | 'lead',
  pin: '1111' | '2222' | '9999',
): Promise<number> {
  const hash = (await pinHashes())[pin] as string;
  return Number(
    db
      .prepare(
        `INSERT INTO assessors (program_id, name, role, unit, pin_hash, created_at) VALUES (?, ?, ?, '', ?, '2023-02-25T00:00:00.000Z')`,
      )
      .run(programId, name, role, hash).lastInsertRowid,
  );
}

export function insertAssignment(
  db: Db,
  programId: number,
  candidateId: number,
  assessorId: number,
  methodId: number,
) {
  return Number(
    db
      .prepare(
        `INSERT INTO assignments (program_id, candidate_id, assessor_id, method_id, created_at) VALUES (?, ?, ?, ?, '2023-02-25T00:00:00.000Z')`,
      )
      .run(programId, candidateId, assessorId, methodId).lastInsertRowid,
  );
}

/**
 * Programme TEST with 4 competencies, 2 methods, 4 candidates; assessors A and B score every
 * candidate in both methods, the lead assessor scores candidate 0 in XLGD. A second programme
 * has its own lead assessor ("other").
 */
export async function setUpScenario(app: App): Promise<Scenario> {
  const { ok } = caller(app);
  const program = await ok('program:create', { code: 'TEST', name: 'Program uji penilaian' }, ADMIN);
  const other = await ok('program:create', { code: 'LAIN', name: 'Program lain' }, ADMIN);
  const db = app.db;
  const competency = insertCompetencies(db, program.id);
  const method = insertMethods(db, program.id, competency);
  const standard = db.prepare(
    'INSERT OR REPLACE INTO standard_levels (program_id, position_level, competency_id, level) VALUES (?, ?, ?, ?)',
  );
  for (const id of Object.values(competency)) standard.run(program.id, 'Pengawas', id, 2);
  const candidates = insertCandidates(db, program.id, 4);
  const assessors = {
    a: await insertAssessor(db, program.id, 'Dr. Asesor A, M.Psi.', 'assessor', '1111'),
    b: await insertAssessor(db, program.id, 'Asesor B', 'assessor', '2222'),
    lead: await insertAssessor(db, program.id, 'Ketua Asesor', 'lead', '9999'),
    other: await insertAssessor(db, other.id, 'Ketua Program Lain', 'lead', '9999'),
  };
  const sheets = new Map<string, number>();
  candidates.forEach((candidateId, index) => {
    for (const m of METHODS) {
      for (const who of ['a', 'b'] as const) {
        sheets.set(
          `${who}:${index}:${m.code}`,
          insertAssignment(db, program.id, candidateId, assessors[who], method[m.code] as number),
        );
      }
    }
  });
  sheets.set(
    'lead:0:XLGD',
    insertAssignment(db, program.id, candidates[0] as number, assessors.lead, method.XLGD as number),
  );
  return {
    programId: program.id,
    otherProgramId: other.id,
    competency,
    method,
    assessors,
    candidates,
    sheet(assessor, candidateIndex, m) {
      const id = sheets.get(`${assessor}:${candidateIndex}:${m}`);
      if (id === undefined) throw new Error(`no sheet ${assessor}:${candidateIndex}:${m}`);
      return id;
    },
  };
}

/** Marks a candidate absent from a method's session (creating the session). */
export function markAbsent(db: Db, programId: number, candidateId: number, methodId: number): void {
  const session = Number(
    db
      .prepare(
        `INSERT INTO sessions (program_id, day, start_time, end_time, room, method_id) VALUES (?, '2023-02-25', '08:00', '10:00', 'R1', ?)`,
      )
      .run(programId, methodId).lastInsertRowid,
  );
  db.prepare(
    `INSERT INTO attendance (session_id, candidate_id, status, at) VALUES (?, ?, 'tidak-hadir', '2023-02-25T08:15:00.000Z')`,
  ).run(session, candidateId);
}

export interface AuditRow {
  id: number;
  at: string;
  actor: string;
  door: string;
  action: string;
  entity: string;
  entity_id: number | null;
  program_id: number | null;
  before_json: string | null;
  after_json: string | null;
}

export const auditRows = (db: Db, action?: string): AuditRow[] =>
  (action
    ? db.prepare('SELECT * FROM audit_log WHERE action = ? ORDER BY id').all(action)
    : db.prepare('SELECT * FROM audit_log ORDER BY id').all()) as AuditRow[];

export const ratingOf = (db: Db, assignmentId: number, competencyId: number) =>
  db
    .prepare('SELECT level, evidence FROM ratings WHERE assignment_id = ? AND competency_id = ?')
    .get(assignmentId, competencyId) as { level: number | null; evidence: string } | undefined;

// ---------------------------------------------------------------------------------------------
// Filling an exported sheet the way a person in Excel would: values typed into cells.

export interface Fill {
  assignmentId: number;
  code: string;
  level?: number | string;
  evidence?: string;
}

/** The workbook as another program (or Excel) would open it. */
export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** Writes `out` from `file` with cells changed; `raw` sets any cell of the data sheet. */
export async function fillSheet(
  file: string,
  out: string,
  fills: readonly Fill[],
  raw: ReadonlyArray<{ row: number; column: number; value: string | number }> = [],
): Promise<void> {
  const { layout, rows } = await readScoreSheetFile(file, 'sheet.xlsx');
  const rowOf = new Map(rows.map((r) => [r.cells[layout.idColumn - 1] as number, r.row]));
  const workbook = await loadWorkbook(file);
  const sheet = workbook.getWorksheet(DATA_SHEET);
  if (!sheet) throw new Error('no data sheet');
  for (const fill of fills) {
    const row = rowOf.get(fill.assignmentId);
    const columns = layout.competencies.find((c) => c.code === fill.code);
    if (row === undefined || !columns) throw new Error(`no cell for ${fill.assignmentId}/${fill.code}`);
    if (fill.level !== undefined) sheet.getCell(row, columns.levelColumn).value = fill.level;
    if (fill.evidence !== undefined) sheet.getCell(row, columns.evidenceColumn).value = fill.evidence;
  }
  for (const r of raw) sheet.getCell(r.row, r.column).value = r.value;
  await workbook.xlsx.writeFile(out);
}

export const bytes = (file: string) => readFileSync(file);
