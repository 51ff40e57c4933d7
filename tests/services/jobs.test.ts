import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/main/app';
import type { CallContext } from '../../src/main/context';
import { closeDatabase, openDatabase, type Db } from '../../src/main/db/open';
import type { DispatchResult } from '../../src/main/dispatcher';
import { EventBus } from '../../src/main/events';
import { createJobRunner, type JobRunner } from '../../src/main/jobs/runner';
import { verifyPin } from '../../src/main/services/pin';
import { generateCandidates } from '../../src/main/services/demo/demo-generator';
import { DEMO_PIN } from '../../src/main/services/demo/demo.job';
import type { AppEvent, Candidate, DemoResult, JobState } from '../../src/shared/contract';
import { parseNip } from '../../src/shared/domain/nip';
import { ADMIN, ASSESSOR, makeDataDir, removeDir } from '../fixtures/data-dir';

const TEST_WORKER = fileURLToPath(new URL('../fixtures/test-worker.ts', import.meta.url));

async function value<T>(result: Promise<DispatchResult>): Promise<T> {
  const settled = await result;
  if (!settled.ok) throw new Error(`expected success, got ${settled.error.code}: ${settled.error.message}`);
  return settled.value as T;
}

/** Resolves with the first event that matches; fails the test after `ms` instead of hanging. */
function nextEvent(bus: EventBus, match: (event: AppEvent) => boolean, ms = 15_000): Promise<AppEvent> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error('timed out waiting for an event'));
    }, ms);
    const unsubscribe = bus.subscribe((event) => {
      if (!match(event)) return;
      clearTimeout(timer);
      unsubscribe();
      resolve(event);
    });
  });
}

/** Worker threads load TypeScript through tsx: slow on a busy two-core machine, so allow for it. */
const WORKER_TIMEOUT = 60_000;

describe('demo:create through the dispatcher', () => {
  const dirs: string[] = [];
  const apps: App[] = [];

  async function freshApp(): Promise<App> {
    const dataDir = makeDataDir();
    dirs.push(dataDir);
    const app = await createApp({ dataDir });
    apps.push(app);
    return app;
  }

  /** Runs demo:create to the end and returns its final state and the roster it made. */
  async function runDemo(app: App, input: { candidates: number; seed: number }, ctx: CallContext = ADMIN) {
    const { jobId } = await value<{ jobId: string }>(app.dispatcher.dispatch('demo:create', input, ctx));
    const state = await value<JobState>(app.dispatcher.dispatch('job:wait', { jobId }, ctx));
    const result = state.result as DemoResult | undefined;
    const roster = result
      ? await value<Candidate[]>(app.dispatcher.dispatch('roster:list', { programId: result.programId }, ctx))
      : [];
    return { jobId, state, result, roster };
  }

  afterAll(async () => {
    for (const app of apps.splice(0)) await app.close();
    for (const dir of dirs.splice(0)) removeDir(dir);
  });

  describe('a demo programme of 300 candidates', () => {
    let app: App;
    let demo: Awaited<ReturnType<typeof runDemo>>;
    const seen: AppEvent[] = [];

    beforeAll(async () => {
      app = await freshApp();
      app.events.subscribe((event) => seen.push(event));
      demo = await runDemo(app, { candidates: 300, seed: 7 });
    }, WORKER_TIMEOUT);

    it('finishes the job and reports the programme it created', () => {
      expect(demo.state).toMatchObject({
        jobId: demo.jobId,
        kind: 'demo:create',
        status: 'done',
        error: null,
      });
      expect(demo.result).toEqual({
        programId: expect.any(Number) as unknown,
        code: 'CONTOH',
        candidates: 300,
        assessors: 6,
      });
    });

    it('stores the requested number of candidates, every NIP valid, unique and agreeing with gender and birth date', async () => {
      const { roster, result } = demo;
      expect(roster).toHaveLength(300);
      for (const candidate of roster) {
        const parsed = parseNip(candidate.nip);
        expect(parsed.ok, `${candidate.nip} should be a valid NIP`).toBe(true);
        if (parsed.ok) {
          expect(parsed.gender).toBe(candidate.gender);
          expect(parsed.birthDate).toBe(candidate.birthDate);
        }
      }
      expect(new Set(roster.map((c) => c.nip)).size).toBe(300);
      expect(new Set(roster.map((c) => c.participantNo)).size).toBe(300);
      const program = await value<{ candidateCount: number; assessorCount: number }>(
        app.dispatcher.dispatch('program:get', { id: result?.programId }, ADMIN),
      );
      expect(program).toMatchObject({ candidateCount: 300, assessorCount: 6 });
    });

    it('reports progress up to the total, then the finish, then that data changed', () => {
      const progress = seen.filter((e) => e.name === 'job:progress' && e.payload.jobId === demo.jobId);
      expect(progress.length).toBeGreaterThan(0);
      expect(progress.at(-1)?.payload).toMatchObject({ done: 300, total: 300 });
      const finished = seen.findIndex((e) => e.name === 'job:finished' && e.payload.jobId === demo.jobId);
      expect(finished).toBeGreaterThan(seen.lastIndexOf(progress.at(-1) as AppEvent));
      // Screens showing programme lists learn that a programme appeared.
      const changed = seen.findIndex(
        (e) => e.name === 'data:changed' && e.payload.operation === 'demo:create',
      );
      expect(changed).toBeGreaterThan(finished);
    });

    it('gives every demo assessor the documented PIN, stored only as a hash', async () => {
      const hashes = app.db
        .prepare('SELECT pin_hash FROM assessors WHERE program_id = ?')
        .pluck()
        .all(demo.result?.programId) as string[];
      expect(hashes).toHaveLength(6);
      expect(hashes.some((hash) => hash.includes(DEMO_PIN))).toBe(false);
      expect(await verifyPin(DEMO_PIN, hashes[0] as string)).toBe(true);
    });

    it('records the creation in the audit log', () => {
      const rows = app.db
        .prepare("SELECT actor, door, program_id FROM audit_log WHERE action = 'demo:create'")
        .all();
      expect(rows).toEqual([{ actor: 'admin', door: 'cli', program_id: demo.result?.programId }]);
    });
  });

  it(
    'makes the same roster from the same seed in two fresh data folders, and another from another seed',
    async () => {
      const [first, second] = await Promise.all([
        freshApp().then((app) => runDemo(app, { candidates: 50, seed: 2022 })),
        freshApp().then((app) => runDemo(app, { candidates: 50, seed: 2022 })),
      ]);
      const strip = (roster: readonly Omit<Candidate, 'id'>[]) =>
        roster.map(({ programId: _p, ...rest }) => ({ ...rest, id: undefined }));
      expect(first.roster).toHaveLength(50);
      expect(strip(second.roster)).toEqual(strip(first.roster));
      // What the job stored is exactly what the generator makes from that seed…
      expect(strip(first.roster)).toEqual(strip(generateCandidates(2022, 50, 1)));
      // …and another seed makes other people.
      const other = generateCandidates(2023, 50, 1);
      expect(other.map((c) => c.name)).not.toEqual(first.roster.map((c) => c.name));
      expect(other.map((c) => c.nip)).not.toEqual(first.roster.map((c) => c.nip));
    },
    WORKER_TIMEOUT,
  );

  it('answers job:wait for a job it does not know with job-not-found', async () => {
    const app = await freshApp();
    const result = await app.dispatcher.dispatch('job:wait', { jobId: 'nope' }, ADMIN);
    expect(!result.ok && result.error.code).toBe('job-not-found');
  });

  it('does not let an assessor start a demo', async () => {
    const app = await freshApp();
    const result = await app.dispatcher.dispatch('demo:create', { candidates: 5 }, ASSESSOR);
    expect(!result.ok && result.error.code).toBe('forbidden');
    expect(app.db.prepare('SELECT count(*) FROM programs').pluck().get()).toBe(0);
  });
});

describe('the job runner with misbehaving jobs', () => {
  let dataDir: string;
  let db: Db;
  let events: EventBus;
  let runner: JobRunner;

  beforeEach(async () => {
    dataDir = makeDataDir();
    db = await openDatabase({ dataDir });
    events = new EventBus();
    runner = createJobRunner({ dataDir, nativeBinding: undefined, events, workerEntry: TEST_WORKER });
  });

  afterEach(async () => {
    await runner.stopAll();
    closeDatabase(db);
    removeDir(dataDir);
  });

  const programCount = () => db.prepare('SELECT count(*) FROM programs').pluck().get() as number;

  it(
    'marks a cancelled job cancelled and leaves none of its rows behind',
    async () => {
      const finished: AppEvent[] = [];
      events.subscribe((event) => event.name === 'job:finished' && finished.push(event));
      const { jobId } = runner.start('test:slow', {}, ADMIN);
      // Wait until the job has really written inside its transaction.
      await nextEvent(
        events,
        (e) => e.name === 'job:progress' && e.payload.jobId === jobId && e.payload.done >= 3,
      );

      expect(runner.cancel(jobId).status).toBe('running');
      const state = await runner.wait(jobId);

      expect(state.status).toBe('cancelled');
      expect(state.error?.code).toBe('job-cancelled');
      expect(state.finishedAt).not.toBeNull();
      expect(programCount()).toBe(0);
      expect(finished).toHaveLength(1);
      expect(runner.get(jobId).status).toBe('cancelled');
      // Cancelling again changes nothing.
      expect(runner.cancel(jobId).status).toBe('cancelled');
    },
    WORKER_TIMEOUT,
  );

  it(
    'marks a job whose thread dies mid-transaction failed, writes none of its rows, and the database stays sound',
    async () => {
      const { jobId } = runner.start('test:crash', {}, ADMIN);
      const state = await runner.wait(jobId);

      expect(state.status).toBe('failed');
      expect(state.error?.code).toBe('job-failed');
      expect(programCount()).toBe(0);

      // The dead thread holds no lock: the app can still write.
      db.prepare(
        `INSERT INTO programs (code, name, purpose, created_at, updated_at)
       VALUES ('SESUDAH', 'Sesudah', 'pemetaan', 'x', 'x')`,
      ).run();
      closeDatabase(db);

      db = await openDatabase({ dataDir });
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.prepare('SELECT code FROM programs').pluck().all()).toEqual(['SESUDAH']);
    },
    WORKER_TIMEOUT,
  );

  it(
    'fails a job of a kind the worker does not know',
    async () => {
      const state = await runner.wait(runner.start('test:unknown', {}, ADMIN).jobId);
      expect(state.status).toBe('failed');
      expect(state.error?.code).toBe('job-failed');
    },
    WORKER_TIMEOUT,
  );

  it(
    'runs several jobs at once without their data-folder checks tripping over each other',
    async () => {
      // Workers are threads of one process and share its pid; the write probe must still be unique.
      const ids = Array.from({ length: 3 }, () => runner.start('test:probe-dir', { rows: 400 }, ADMIN).jobId);
      const states = await Promise.all(ids.map((id) => runner.wait(id)));
      expect(states.map((s) => [s.status, s.error])).toEqual(ids.map(() => ['done', null]));
    },
    WORKER_TIMEOUT,
  );
});
