// The results workbook for BKPSDM (issue 7): 10,000 candidates × 9 competencies × 2 assessors, a
// 180,000-row Detail Penilaian sheet, exported from a real database by the `results:export` job
// (results and agreement computed, seven sheets streamed, temp file renamed). Target: under 6 s
// and under 600 MB peak memory.
//
// RESULTS_WORKBOOK_BENCH_OUT=/some/file.xlsx keeps the last workbook for inspection.
import { copyFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, type App } from '../src/main/app';
import type { JobContext } from '../src/main/jobs/job-types';
import { runResultsExportJob } from '../src/main/services/results-export/results-export.job';
import type { OpParsedInput } from '../src/shared/contract';
import { ADMIN } from '../tests/services/scoring/fixtures';
import { mulberry32 } from './random';
import { peakRssMb, summarise, type BenchRow } from './stats';

const RUNS = 5;
const CANDIDATES = 10_000;
const ASSESSORS = 60;
const AGENCIES = 40;
const AT = '2023-02-25T09:00:00.000Z';
const GRADES = ['III/a', 'III/b', 'III/c', 'III/d', 'IV/a', 'IV/b', null];

/**
 * Three methods rating three competencies each; every candidate seen by two assessors in each
 * method (18 ratings a candidate, 180,000 in all), every sheet submitted, every agreed level
 * recorded, a check-in per candidate (one in a hundred marked absent: rated, but without a
 * result), 2,000 certificates.
 */
async function seed(app: App): Promise<number> {
  const created = await app.dispatcher.dispatch(
    'program:create',
    {
      code: 'BENCH',
      name: 'Asesmen Kompetensi ASN (bench)',
      organiser: 'BKPSDM',
      purpose: 'pengisian',
      startDate: '2023-02-25',
      endDate: '2023-02-28',
    },
    ADMIN,
  );
  if (!created.ok) throw new Error(created.error.message);
  const programId = (created.value as { id: number }).id;
  const db = app.db;
  const random = mulberry32(2023);
  db.transaction(() => {
    const competencies = db
      .prepare('SELECT id FROM competencies WHERE program_id = ? ORDER BY sort_order')
      .pluck()
      .all(programId) as number[];
    if (competencies.length !== 9) throw new Error(`expected 9 competencies, got ${competencies.length}`);
    db.prepare(
      'DELETE FROM competency_methods WHERE method_id IN (SELECT id FROM methods WHERE program_id = ?)',
    ).run(programId);
    const methods = [0, 1, 2].map((m) => {
      const id = Number(
        db
          .prepare(`INSERT INTO methods (program_id, code, name, sort_order) VALUES (?, ?, ?, ?)`)
          .run(programId, `B${m + 1}`, `Metode bench ${m + 1}`, 100 + m).lastInsertRowid,
      );
      const rated = competencies.slice(3 * m, 3 * m + 3);
      for (const competencyId of rated) {
        db.prepare('INSERT INTO competency_methods (competency_id, method_id) VALUES (?, ?)').run(
          competencyId,
          id,
        );
      }
      return { id, rated };
    });
    const assessor = db.prepare(
      `INSERT INTO assessors (program_id, name, role, unit, pin_hash, created_at) VALUES (?, ?, 'assessor', '', 'x', ?)`,
    );
    const assessors = Array.from({ length: ASSESSORS }, (_, i) =>
      Number(assessor.run(programId, `Asesor Bench ${i + 1}, M.Psi.`, AT).lastInsertRowid),
    );
    const session = Number(
      db
        .prepare(
          `INSERT INTO sessions (program_id, day, start_time, end_time, room) VALUES (?, '2023-02-25', '07:30', '08:00', 'Lobi')`,
        )
        .run(programId).lastInsertRowid,
    );

    const candidate = db.prepare(`
      INSERT INTO candidates (program_id, participant_no, nip, name, grade, position, position_level, unit, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, 'Kepala Bagian', 'Administrator', ?, ?, ?)`);
    const standard = db.prepare(
      'INSERT INTO candidate_standards (candidate_id, competency_id, level, copied_at) VALUES (?, ?, 3, ?)',
    );
    const assignment = db.prepare(
      `INSERT INTO assignments (program_id, candidate_id, assessor_id, method_id, status, submitted_at, created_at)
       VALUES (?, ?, ?, ?, 'submitted', ?, ?)`,
    );
    const rating = db.prepare(
      `INSERT INTO ratings (assignment_id, competency_id, level, evidence, updated_at) VALUES (?, ?, ?, '', ?)`,
    );
    const agreed = db.prepare(
      `INSERT INTO agreed_levels (candidate_id, competency_id, level, rationale, decided_by, decided_at)
       VALUES (?, ?, ?, '', 'assessor:1', ?)`,
    );
    const mark = db.prepare(
      'INSERT INTO attendance (session_id, candidate_id, status, at) VALUES (?, ?, ?, ?)',
    );
    const certificate = db.prepare(`
      INSERT INTO certificates (program_id, candidate_id, number, year, seq, short_code, snapshot_json, signature,
        pdf_sha256, issued_at, issued_by)
      VALUES (?, ?, ?, 2023, ?, ?, ?, 'sig', 'sha', ?, 'admin')`);

    for (let i = 1; i <= CANDIDATES; i++) {
      // 18 digits: birth date (the day steps every 1,000 candidates), appointment, gender, sequence.
      const nip = `198001${String(1 + Math.floor(i / 1000)).padStart(2, '0')}2010011${String(i % 1000).padStart(3, '0')}`;
      const name = `Peserta Bench ${i}, S.Sos.`;
      const candidateId = Number(
        candidate.run(
          programId,
          String(i).padStart(5, '0'),
          nip,
          name,
          GRADES[i % GRADES.length],
          `Perangkat Daerah ${(i % AGENCIES) + 1}`,
          AT,
          AT,
        ).lastInsertRowid,
      );
      mark.run(session, candidateId, i % 100 === 0 ? 'tidak-hadir' : 'hadir', AT);
      for (const competencyId of competencies) standard.run(candidateId, competencyId, AT);
      const first = Math.floor(random() * ASSESSORS);
      const second = (first + 1 + Math.floor(random() * (ASSESSORS - 1))) % ASSESSORS;
      const truth = competencies.map(() => 1 + Math.min(4, Math.floor(random() * 2.5 + random() * 2.5)));
      for (const method of methods) {
        for (const who of [first, second]) {
          const sheet = Number(
            assignment.run(programId, candidateId, assessors[who], method.id, AT, AT).lastInsertRowid,
          );
          for (const competencyId of method.rated) {
            const base = truth[competencies.indexOf(competencyId)] as number;
            const noise = random() < 0.65 ? 0 : random() < 0.5 ? -1 : 1;
            rating.run(sheet, competencyId, Math.min(5, Math.max(1, base + noise)), AT);
          }
        }
      }
      competencies.forEach((competencyId, c) => agreed.run(candidateId, competencyId, truth[c], AT));
      if (i <= 2_000) {
        const snapshot = JSON.stringify({ candidate: { nip, name } });
        certificate.run(
          programId,
          candidateId,
          `800.2/${String(i).padStart(4, '0')}/BKPSDM/2023`,
          i,
          `B${i}`,
          snapshot,
          AT,
        );
      }
    }
  })();
  return programId;
}

export async function run(): Promise<BenchRow[]> {
  const root = mkdtempSync(join(tmpdir(), 'asesa-bench-workbook-'));
  try {
    const app = await createApp({ dataDir: root });
    const seedStarted = performance.now();
    const programId = await seed(app);
    const seedMs = performance.now() - seedStarted;
    const rssBefore = Math.round(process.memoryUsage().rss / 1024 / 1024);

    const wall: number[] = [];
    const cpu: number[] = [];
    let size = 0;
    let ratings = 0;
    for (let i = 0; i < RUNS; i++) {
      const ctx: JobContext<OpParsedInput<'export:results'>> = {
        db: app.db,
        input: { programId, format: 'xlsx', separator: ',' },
        caller: ADMIN,
        dataDir: root,
        now: () => new Date(),
        progress: () => {},
        checkCancelled: () => {},
      };
      const cpuStarted = process.cpuUsage();
      const started = performance.now();
      const result = await runResultsExportJob(ctx);
      wall.push(performance.now() - started);
      const used = process.cpuUsage(cpuStarted);
      cpu.push((used.user + used.system) / 1000);
      const file = app.files.download(result.file.id);
      size = statSync(file.path).size;
      ratings = result.rows.ratings;
      if (ratings !== 180_000) throw new Error(`expected 180,000 rating rows, got ${ratings}`);
      if (i === RUNS - 1 && process.env.RESULTS_WORKBOOK_BENCH_OUT) {
        copyFileSync(file.path, process.env.RESULTS_WORKBOOK_BENCH_OUT);
      }
      rmSync(join(root, 'files', 'out', result.file.id), { recursive: true, force: true });
    }
    await app.close();
    const name = 'results workbook: 10,000 × 9 × 2 (180,000-row long sheet), export job';
    const note =
      `peak RSS ${peakRssMb()} MB (before export ${rssBefore} MB); ${(size / 1024 / 1024).toFixed(1)} MB file; ` +
      `seeded in ${Math.round(seedMs)} ms; target < 6000 ms and < 600 MB; first run cold`;
    return [
      summarise(name, wall, 'ms', note),
      summarise(`${name}, CPU time`, cpu, 'ms cpu', 'user + system, this process'),
    ];
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
