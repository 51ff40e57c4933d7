import { parentPort, workerData } from 'node:worker_threads';
import { AppError, toErrorData } from '../../shared/errors';
import { closeDatabase, openDatabase, type Db } from '../db/open';
import type { JobContext, JobHandler, WorkerMessage, WorkerStart } from './job-types';

const PROGRESS_INTERVAL_MS = 100;

/**
 * Body of every job worker: opens its own connection to the already-migrated database, runs one
 * handler, reports progress and the outcome. A handler does its writes in one transaction, so a
 * cancel (an exception) or a crash (the thread dies) leaves the database as it was.
 */
export async function runWorker(handlers: Record<string, JobHandler>): Promise<void> {
  const start = workerData as WorkerStart;
  const port = parentPort;
  if (!port) throw new Error('runWorker must run inside a worker thread');
  const post = (message: WorkerMessage) => port.postMessage(message);
  const flag = new Int32Array(start.cancelFlag);
  let lastProgress = 0;
  let db: Db | undefined;

  try {
    const handler = handlers[start.kind];
    if (!handler) throw new AppError('job-failed', `Jenis proses tidak dikenal: ${start.kind}`);
    db = await openDatabase({
      dataDir: start.dataDir,
      nativeBinding: start.nativeBinding,
      migrateToLatest: false,
    });
    const ctx: JobContext = {
      db,
      input: start.input,
      caller: start.caller,
      dataDir: start.dataDir,
      now: () => new Date(),
      progress(done, total, phase = '') {
        const now = Date.now();
        if (now - lastProgress < PROGRESS_INTERVAL_MS && done < total) return;
        lastProgress = now;
        post({ type: 'progress', done, total, phase });
      },
      checkCancelled() {
        if (Atomics.load(flag, 0) === 1) throw new AppError('job-cancelled');
      },
    };
    const result = await handler(ctx as JobContext<never>);
    // Close before reporting: closing runs PRAGMA optimize, which may write. After "done" the
    // user may start a read-then-write transaction at once, which would then find its snapshot
    // stale and fail with "database is locked".
    closeDatabase(db);
    post({ type: 'done', result });
  } catch (error) {
    if (db) closeDatabase(db);
    post({ type: 'failed', error: toErrorData(error) });
  }
}
