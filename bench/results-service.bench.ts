// Results and agreement statistics from a real database (issue 5: under 1 s for 10,000
// candidates × 9 competencies × 2 assessors): the queries, the agreed levels, JPM, categories,
// ranking and the agreement report, as results:list and results:agreement compute them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, type App } from '../src/main/app';
import { createResultsRepo } from '../src/main/db/repos/results.repo';
import { agreementFromInputs } from '../src/main/services/results/agreement-statistics';
import { loadResultInputs, resultsFromInputs } from '../src/main/services/results/compute-results';
import { ADMIN, insertAssessor } from '../tests/services/scoring/fixtures';
import { mulberry32 } from './random';
import { peakRssMb, summarise, type BenchRow } from './stats';

const RUNS = 5;
const CANDIDATES = 10_000;
const ASSESSORS = 60;
const AT = '2023-02-25T09:00:00.000Z';

/**
 * One method rating all nine national competencies; two assessors per candidate; one candidate in
 * a hundred absent; half the agreed levels recorded by the lead, the rest settled by the median
 * rule (or left open when the spread is wide).
 */
async function seed(app: App): Promise<number> {
  const created = await app.dispatcher.dispatch(
    'program:create',
    { code: 'BENCH', name: 'Bench hasil', purpose: 'pengisian' },
    ADMIN,
  );
  if (!created.ok) throw new Error(created.error.message);
  const programId = (created.value as { id: number }).id;
  const db = app.db;
  const competencies = db
    .prepare('SELECT id FROM competencies WHERE program_id = ? ORDER BY sort_order')
    .pluck()
    .all(programId) as number[];
  db.prepare(
    'DELETE FROM competency_methods WHERE method_id IN (SELECT id FROM methods WHERE program_id = ?)',
  ).run(programId);
  const methodId = Number(
    db
      .prepare(
        `INSERT INTO methods (program_id, code, name, sort_order) VALUES (?, 'ALL', 'Semua kompetensi', 1)`,
      )
      .run(programId).lastInsertRowid,
  );
  for (const competencyId of competencies) {
    db.prepare('INSERT INTO competency_methods (competency_id, method_id) VALUES (?, ?)').run(
      competencyId,
      methodId,
    );
  }
  db.prepare(`UPDATE programs SET reconciliation_rule = 'median' WHERE id = ?`).run(programId);
  const assessors: number[] = [];
  for (let i = 0; i < ASSESSORS; i++)
    assessors.push(await insertAssessor(db, programId, `Asesor ${i + 1}`, 'assessor', '1111'));

  const random = mulberry32(2023);
  const candidate = db.prepare(`
    INSERT INTO candidates (program_id, participant_no, nip, name, position_level, unit, created_at, updated_at)
    VALUES (?, ?, ?, ?, 'Administrator', ?, ?, ?)`);
  const standard = db.prepare(
    'INSERT INTO candidate_standards (candidate_id, competency_id, level, copied_at) VALUES (?, ?, ?, ?)',
  );
  const assignment = db.prepare(
    `INSERT INTO assignments (program_id, candidate_id, assessor_id, method_id, status, submitted_at, created_at) VALUES (?, ?, ?, ?, 'submitted', ?, ?)`,
  );
  const rating = db.prepare(
    'INSERT INTO ratings (assignment_id, competency_id, level, evidence, updated_at) VALUES (?, ?, ?, ?, ?)',
  );
  const agreed = db.prepare(
    `INSERT INTO agreed_levels (candidate_id, competency_id, level, rationale, decided_by, decided_at) VALUES (?, ?, ?, '', 'bench', ?)`,
  );
  const session = db.prepare(
    `INSERT INTO sessions (program_id, day, start_time, end_time) VALUES (?, '2023-02-25', '08:00', '16:00')`,
  );
  const mark = db.prepare(
    `INSERT INTO attendance (session_id, candidate_id, status, at) VALUES (?, ?, ?, ?)`,
  );
  db.transaction(() => {
    const sessionId = Number(session.run(programId).lastInsertRowid);
    for (let i = 0; i < CANDIDATES; i++) {
      const no = String(i + 1).padStart(5, '0');
      const nip = `19860926201505${String(i).padStart(4, '0')}`;
      const id = Number(
        candidate.run(programId, no, nip, `Peserta ${no}`, `Dinas ${i % 40}`, AT, AT).lastInsertRowid,
      );
      const absent = random() < 0.01;
      mark.run(sessionId, id, absent ? 'tidak-hadir' : 'hadir', AT);
      for (const competencyId of competencies) standard.run(id, competencyId, 2 + (i % 3), AT);
      if (absent) continue;
      const lead = Math.floor(random() * ASSESSORS);
      const second = (lead + 1 + Math.floor(random() * (ASSESSORS - 1))) % ASSESSORS;
      const sheets = [lead, second].map((a) =>
        Number(assignment.run(programId, id, assessors[a], methodId, AT, AT).lastInsertRowid),
      );
      for (const competencyId of competencies) {
        const truth = 1 + Math.min(4, Math.floor(random() * 2.5 + random() * 2.5));
        const levels = sheets.map(() =>
          Math.min(5, Math.max(1, truth + (random() < 0.65 ? 0 : random() < 0.5 ? -1 : 1))),
        );
        sheets.forEach((sheet, s) => rating.run(sheet, competencyId, levels[s], 'Bukti.', AT));
        if (random() < 0.5) agreed.run(id, competencyId, levels[0], AT);
      }
    }
  })();
  return programId;
}

export async function run(): Promise<BenchRow[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'asesa-bench-results-'));
  const app = await createApp({ dataDir });
  try {
    const programId = await seed(app);
    const repo = createResultsRepo(app.db);
    const total: number[] = [];
    const load: number[] = [];
    const compute: number[] = [];
    const agreement: number[] = [];
    const listOp: number[] = [];
    let counts = '';
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      const inputs = loadResultInputs(app.db, programId, repo);
      const loaded = performance.now();
      const results = resultsFromInputs(programId, inputs);
      const computed = performance.now();
      const stats = agreementFromInputs(programId, inputs);
      const ended = performance.now();
      total.push(ended - started);
      load.push(loaded - started);
      compute.push(computed - loaded);
      agreement.push(ended - computed);
      counts = `${results.counts.complete} complete, ${results.counts.incomplete} incomplete, ${results.counts.absent} absent; ${stats.counts.ratings} ratings`;
      const opStarted = performance.now();
      const listed = await app.dispatcher.dispatch('results:list', { programId }, ADMIN);
      if (!listed.ok) throw new Error(listed.error.message);
      listOp.push(performance.now() - opStarted);
    }
    return [
      summarise(
        'results + agreement from the database, 10,000 × 9 × 2',
        total,
        'ms',
        `${counts}; peak RSS ${peakRssMb()} MB; first run cold`,
      ),
      summarise('  of which queries', load, 'ms'),
      summarise('  of which agreed levels, JPM, categories, ranking', compute, 'ms'),
      summarise('  of which agreement statistics', agreement, 'ms'),
      summarise('results:list through the dispatcher (output validated)', listOp, 'ms'),
    ];
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
