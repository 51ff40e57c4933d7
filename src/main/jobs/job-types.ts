import type { CallContext } from '../context';
import type { Db } from '../db/open';

/** What a job handler gets inside its worker thread. */
export interface JobContext<I = unknown> {
  db: Db;
  input: I;
  caller: CallContext;
  /** The data folder, for jobs that read uploads or write downloads. */
  dataDir: string;
  now: () => Date;
  /** Reports progress; cheap to call often (the worker throttles the messages). */
  progress(done: number, total: number, phase?: string): void;
  /** Throws `job-cancelled` once the job has been cancelled; call it between chunks of work. */
  checkCancelled(): void;
}

export type JobHandler = (ctx: JobContext<never>) => unknown;

/** Messages from a worker to the runner. */
export type WorkerMessage =
  | { type: 'progress'; done: number; total: number; phase: string }
  | { type: 'done'; result: unknown }
  | { type: 'failed'; error: { code: string; message: string } };

/** What the runner hands a worker at start. */
export interface WorkerStart {
  kind: string;
  input: unknown;
  caller: CallContext;
  dataDir: string;
  nativeBinding: string | undefined;
  /** Int32Array view over it: slot 0 becomes 1 when the job is cancelled. */
  cancelFlag: SharedArrayBuffer;
}
