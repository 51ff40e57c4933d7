import type { OperationName, OpInput, OpOutput } from '../../shared/contract';
import { createApp, type App } from '../app';
import { ADMIN_CONTEXT } from '../context';
import { defaultDataDir } from '../paths';
import { unwrap, type Output } from './output';

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
