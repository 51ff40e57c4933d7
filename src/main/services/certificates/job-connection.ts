import { closeDatabase } from '../../db/open';
import type { JobContext } from '../../jobs/job-types';

/**
 * Runs a job's work and closes the worker's connection before the job reports back. Closing runs
 * `PRAGMA optimize`, which may write (ANALYZE); if that happened after "done", an operation the
 * user starts at once — a read-then-write transaction on the app's connection — would find its
 * snapshot stale and fail with "database is locked". The worker's own close then does nothing.
 */
export async function closingConnection<T>(ctx: JobContext<unknown>, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } finally {
    closeDatabase(ctx.db);
  }
}
