import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { JobKind, JobState } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { CallContext } from '../context';
import type { EventBus } from '../events';
import type { WorkerMessage, WorkerStart } from './job-types';

/** How long a cancelled job may take to notice before its thread is terminated. */
const CANCEL_GRACE_MS = 5_000;
/** Finished jobs are kept this long so a late `job:get` still finds them. */
const KEEP_FINISHED = 50;

export interface JobRunnerOptions {
  dataDir: string;
  nativeBinding: string | undefined;
  events: EventBus;
  /** Path of the worker script; defaults to the built `worker.js` beside this bundle. */
  workerEntry?: string;
  /** Called after a job that finished successfully (e.g. to announce changed data). */
  onDone?: (state: JobState) => void;
  log?: (line: string) => void;
}

interface RunningJob {
  state: JobState;
  worker: Worker | null;
  flag: Int32Array;
  finished: Promise<JobState>;
}

/**
 * In the built app this module is bundled into out/main/*.js next to worker.js. When it runs from
 * source (tests, benchmarks) the worker is the TypeScript file, loaded through tsx.
 */
export function defaultWorkerEntry(): string {
  // The bundler may place this module in out/main/chunks/, one level below worker.js.
  for (const candidate of ['./worker.js', '../worker.js']) {
    const built = fileURLToPath(new URL(candidate, import.meta.url));
    if (existsSync(built)) return built;
  }
  return fileURLToPath(new URL('./worker.ts', import.meta.url));
}

/** From source, the worker is TypeScript: register tsx inside the thread, then load the entry. */
function spawnWorker(entry: string, workerData: WorkerStart): Worker {
  if (!entry.endsWith('.ts')) return new Worker(entry, { workerData });
  const tsxRoot = dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const tsxApi = pathToFileURL(join(tsxRoot, 'dist/esm/api/index.mjs')).href;
  const source = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(pathToFileURL(entry).href)}); });`;
  return new Worker(source, { eval: true, workerData });
}

export function createJobRunner(options: JobRunnerOptions) {
  const jobs = new Map<string, RunningJob>();
  const entry = options.workerEntry ?? defaultWorkerEntry();
  const log = options.log ?? (() => {});

  function forget(): void {
    const finished = [...jobs.values()].filter((job) => job.state.status !== 'running');
    for (const job of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) {
      jobs.delete(job.state.jobId);
    }
  }

  function mustGet(jobId: string): RunningJob {
    const job = jobs.get(jobId);
    if (!job) throw new AppError('job-not-found');
    return job;
  }

  function start(kind: JobKind | string, input: unknown, caller: CallContext): JobState {
    const jobId = randomUUID();
    const cancelFlag = new SharedArrayBuffer(4);
    const state: JobState = {
      jobId,
      kind: kind as JobKind,
      status: 'running',
      done: 0,
      total: 0,
      phase: '',
      startedAt: new Date().toISOString(),
      finishedAt: null,
      error: null,
    };
    const workerData: WorkerStart = {
      kind,
      input,
      // Only plain data crosses into the thread: the session control holds functions.
      caller: {
        role: caller.role,
        actor: caller.actor,
        door: caller.door,
        ...(caller.assessorId !== undefined && { assessorId: caller.assessorId }),
      },
      dataDir: options.dataDir,
      nativeBinding: options.nativeBinding,
      cancelFlag,
    };
    const worker = spawnWorker(entry, workerData);

    let settle!: (state: JobState) => void;
    const finished = new Promise<JobState>((resolve) => (settle = resolve));
    const job: RunningJob = { state, worker, flag: new Int32Array(cancelFlag), finished };
    jobs.set(jobId, job);
    const started = Date.now();

    const finish = (patch: Partial<JobState>) => {
      if (job.state.status !== 'running') return;
      job.state = { ...job.state, ...patch, finishedAt: new Date().toISOString() };
      job.worker = null;
      log(`jobs: ${kind} ${job.state.status} after ${Date.now() - started} ms`);
      options.events.emit('job:finished', job.state);
      if (job.state.status === 'done') options.onDone?.(job.state);
      settle(job.state);
      forget();
    };

    worker.on('message', (message: WorkerMessage) => {
      switch (message.type) {
        case 'progress':
          job.state = { ...job.state, done: message.done, total: message.total, phase: message.phase };
          options.events.emit('job:progress', {
            jobId,
            kind: state.kind,
            done: message.done,
            total: message.total,
            phase: message.phase,
          });
          break;
        case 'done':
          finish({ status: 'done', result: message.result, done: job.state.total || job.state.done });
          break;
        case 'failed': {
          const cancelled = message.error.code === 'job-cancelled';
          finish({ status: cancelled ? 'cancelled' : 'failed', error: message.error });
          break;
        }
      }
    });
    worker.on('error', (error) => {
      log(`jobs: ${kind} worker crashed: ${error.message}`);
      finish({ status: 'failed', error: new AppError('job-failed').toData() });
    });
    worker.on('exit', () => {
      // A thread that exits without a final message crashed or was terminated.
      const cancelled = Atomics.load(job.flag, 0) === 1;
      finish(
        cancelled
          ? { status: 'cancelled', error: new AppError('job-cancelled').toData() }
          : { status: 'failed', error: new AppError('job-failed').toData() },
      );
    });
    return state;
  }

  function cancel(jobId: string): JobState {
    const job = mustGet(jobId);
    if (job.state.status !== 'running') return job.state;
    Atomics.store(job.flag, 0, 1);
    const worker = job.worker;
    // A job stuck in one long statement never reaches checkCancelled(): end the thread; SQLite
    // rolls the open transaction back when its connection goes away.
    const timer = setTimeout(() => void worker?.terminate(), CANCEL_GRACE_MS);
    timer.unref();
    void job.finished.then(() => clearTimeout(timer));
    return job.state;
  }

  return {
    start,
    cancel,
    get: (jobId: string): JobState => mustGet(jobId).state,
    wait: (jobId: string): Promise<JobState> => mustGet(jobId).finished,
    /** Stops every running job (app shutdown); their transactions roll back. */
    async stopAll(): Promise<void> {
      const running = [...jobs.values()].filter((job) => job.state.status === 'running');
      for (const job of running) Atomics.store(job.flag, 0, 1);
      await Promise.all(running.map((job) => job.worker?.terminate()));
    },
  };
}

export type JobRunner = ReturnType<typeof createJobRunner>;
