import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, type App } from '../src/main/app';
import type { CallContext } from '../src/main/context';
import { startWebServer } from '../src/main/web/server';
import {
  ADMIN,
  insertAssessor,
  insertAssignment,
  insertCandidates,
  insertCompetencies,
  insertMethods,
  METHODS,
} from '../tests/services/scoring/fixtures';
import { peakRssMb, summarise, type BenchRow } from './stats';

const CANDIDATES = 2_000;
const ASSESSORS = 10;
const DISPATCH_SAVES = 10_000;
const HTTP_SAVES = 3_000;
const WARMUP = 200;

interface Task {
  assignmentId: number;
  assessorId: number;
  competencyId: number;
}

/**
 * A programme of the size of a big venue: 2,000 candidates, 10 assessors, two methods, two
 * assessors per candidate per method (8,000 sheets). Returns one save task per sheet ×
 * competency, spread over all assessors.
 */
async function setUp(app: App): Promise<{ tasks: Task[]; firstAssessor: number }> {
  const created = await app.dispatcher.dispatch(
    'program:create',
    { code: 'BENCH', name: 'Program bench penilaian' },
    ADMIN,
  );
  if (!created.ok) throw new Error(created.error.message);
  const programId = (created.value as { id: number }).id;
  const db = app.db;
  const competency = insertCompetencies(db, programId);
  const method = insertMethods(db, programId, competency);
  const candidates = insertCandidates(db, programId, CANDIDATES);
  const assessors: number[] = [];
  for (let i = 0; i < ASSESSORS; i++)
    assessors.push(await insertAssessor(db, programId, `Asesor ${i + 1}`, 'assessor', '1111'));
  const tasks: Task[] = [];
  db.transaction(() => {
    candidates.forEach((candidateId, c) => {
      METHODS.forEach((m, k) => {
        for (let j = 0; j < 2; j++) {
          const assessorId = assessors[(c + k * 3 + j * 5) % ASSESSORS] as number;
          const assignmentId = insertAssignment(
            db,
            programId,
            candidateId,
            assessorId,
            method[m.code] as number,
          );
          for (const code of m.rates)
            tasks.push({ assignmentId, assessorId, competencyId: competency[code] as number });
        }
      });
    });
  })();
  // Interleave so consecutive saves hit different sheets and assessors, as on a busy day.
  tasks.sort((a, b) => ((a.assignmentId * 7919) % 10007) - ((b.assignmentId * 7919) % 10007));
  return { tasks, firstAssessor: assessors[0] as number };
}

/**
 * The floor under every durable save on this disk: a one-row commit with WAL and
 * synchronous=FULL, nothing else. Sampled between the saves, so both see the same disk.
 */
function openFloor(dir: string) {
  const db = new Database(join(dir, 'floor.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL)');
  const insert = db.prepare('INSERT INTO t (v) VALUES (?)');
  return {
    sample(): number {
      const started = performance.now();
      insert.run('x'.repeat(100));
      return performance.now() - started;
    },
    close: () => db.close(),
  };
}

const ctxOf = (assessorId: number): CallContext => ({
  role: 'assessor',
  actor: `assessor:${assessorId}`,
  assessorId,
  door: 'desktop',
});

export async function run(): Promise<BenchRow[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'asesa-bench-scores-'));
  const rendererDir = mkdtempSync(join(tmpdir(), 'asesa-bench-renderer-'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Asesa</title>');
  const app = await createApp({ dataDir });
  try {
    const { tasks, firstAssessor } = await setUp(app);

    const floorDb = openFloor(dataDir);
    const floor: number[] = [];
    const dispatch: number[] = [];
    for (let i = 0; i < WARMUP + DISPATCH_SAVES; i++) {
      if (i % 5 === 0 && i >= WARMUP) floor.push(floorDb.sample());
      const task = tasks[i % tasks.length] as Task;
      const input = { assignmentId: task.assignmentId, competencyId: task.competencyId, level: (i % 4) + 2 };
      const started = performance.now();
      const result = await app.dispatcher.dispatch('scores:save', input, ctxOf(task.assessorId));
      const elapsed = performance.now() - started;
      if (!result.ok) throw new Error(`scores:save: ${result.error.code}`);
      if (i >= WARMUP) dispatch.push(elapsed);
    }

    const server = await startWebServer({ app, rendererDir, port: 0 });
    const http: number[] = [];
    try {
      const page = await fetch(`${server.url}/`);
      const cookie = (page.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const post = (operation: string, body: unknown) =>
        fetch(`${server.url}/api/${operation}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie },
          body: JSON.stringify(body),
        });
      const login = await post('auth:login', { assessorId: firstAssessor, pin: '1111' });
      if (!login.ok) throw new Error(`auth:login over HTTP: ${login.status}`);
      const own = tasks.filter((t) => t.assessorId === firstAssessor);
      for (let i = 0; i < WARMUP + HTTP_SAVES; i++) {
        const task = own[i % own.length] as Task;
        const body = { assignmentId: task.assignmentId, competencyId: task.competencyId, level: (i % 4) + 1 };
        const started = performance.now();
        const response = await post('scores:save', body);
        const answer = (await response.json()) as { ok: boolean };
        const elapsed = performance.now() - started;
        if (!answer.ok) throw new Error(`scores:save over HTTP: ${JSON.stringify(answer)}`);
        if (i >= WARMUP) http.push(elapsed);
      }
    } finally {
      await server.close();
    }

    const sheets = app.db.prepare('SELECT count(*) FROM assignments').pluck().get() as number;
    floorDb.close();
    return [
      summarise(
        'SQLite: bare one-row commit, WAL + synchronous=FULL',
        floor,
        'ms',
        'fsync floor, sampled between the saves',
      ),
      summarise(
        'dispatcher: scores:save (2,000 candidates, 10 assessors)',
        dispatch,
        'ms',
        `${sheets} sheets; target median < 1, p99 < 5; peak RSS ${peakRssMb()} MB`,
      ),
      summarise('HTTP door: scores:save (one assessor session)', http, 'ms', 'target median < 5'),
    ];
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(rendererDir, { recursive: true, force: true });
  }
}
