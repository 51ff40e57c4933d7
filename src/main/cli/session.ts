import type { OperationName, OpInput, OpOutput, Program } from '../../shared/contract';
import { createApp, type App } from '../app';
import { ADMIN_CONTEXT } from '../context';
import { defaultDataDir } from '../paths';
import { CliUserError, unwrap, type Output } from './output';

export interface GlobalOptions {
  data?: string;
  json?: boolean;
  verbose?: boolean;
}

export type Call = <N extends OperationName>(operation: N, input: OpInput<N>) => Promise<OpOutput<N>>;

export function outputFor(options: GlobalOptions, io: Pick<Output, 'stdout' | 'stderr'>): Output {
  return { json: options.json === true, ...io };
}

/**
 * Opens the data folder for one command, calls operations through the same dispatcher as the
 * other doors (as the admin at this machine), and always closes the database.
 */
export async function withApp<T>(
  options: GlobalOptions,
  out: Output,
  run: (call: Call, app: App) => Promise<T>,
): Promise<T> {
  const app = await createApp({
    dataDir: options.data ?? defaultDataDir(),
    log: options.verbose ? (line) => out.stderr(`${line}\n`) : undefined,
  });
  const call: Call = async (operation, input) =>
    unwrap(await app.dispatcher.dispatch(operation, input, ADMIN_CONTEXT('cli')));
  try {
    return await run(call, app);
  } finally {
    await app.close();
  }
}

/** Commands name programmes by their code; operations take ids. */
export async function programByCode(call: Call, code: string): Promise<Program> {
  const all = await call('program:list', { includeArchived: true });
  const wanted = code.trim().toUpperCase();
  const program = all.find((p) => p.code === wanted);
  if (!program) {
    throw new CliUserError(
      'not-found',
      `Program dengan kode ${wanted} tidak ditemukan. Lihat "asesa program list".`,
    );
  }
  return program;
}

/**
 * Waits for a background job, showing progress on stderr in steps of 10 % (never with --json,
 * whose stdout must stay one document). A cancelled or failed job becomes a user error.
 */
export async function waitForJob<T>(call: Call, app: App, out: Output, jobId: string): Promise<T> {
  let lastShown = -10;
  const unsubscribe = app.events.subscribe((event) => {
    if (out.json || event.name !== 'job:progress' || event.payload.jobId !== jobId) return;
    const { done, total, phase } = event.payload;
    const percent = total ? Math.floor((100 * done) / total) : 0;
    if (percent >= lastShown + 10) {
      lastShown = percent;
      out.stderr(`  ${percent}% ${phase}\n`);
    }
  });
  try {
    const state = await call('job:wait', { jobId });
    if (state.status !== 'done') {
      throw new CliUserError(state.error?.code ?? 'job-failed', state.error?.message ?? 'Proses gagal.');
    }
    return state.result as T;
  } finally {
    unsubscribe();
  }
}
