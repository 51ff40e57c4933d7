import { AppError } from '../../shared/errors';
import type { CallContext, Identity, SessionControl } from '../context';
import type { Dispatcher, DispatchResult } from '../dispatcher';

/** Operation names are short kebab-case words; anything longer is not one of ours. */
export const MAX_OPERATION_NAME_LENGTH = 64;

export interface InvokeDeps {
  dispatch: Dispatcher['dispatch'];
  /** Who sits at the window; defaults to the operator (admin) of the machine. */
  session?: DesktopSession;
  log?: (line: string) => void;
}

export interface DesktopSession extends SessionControl {
  current(): Identity;
}

/**
 * The identity of the desktop window. It starts as the machine's operator; an assessor signing
 * in with a PIN, locking the screen, or the operator taking over again changes it.
 */
export function createDesktopSession(): DesktopSession {
  let identity: Identity = { role: 'admin', actor: 'admin' };
  return {
    current: () => identity,
    become(next) {
      identity = { ...next };
    },
  };
}

const fallbackSession = createDesktopSession();

/**
 * One IPC call from the window, after window.ts has checked its sender. Calls run as whoever the
 * desktop session says sits at the window (the operator unless an assessor signed in). Like the dispatcher it never throws: the answer is always a result object.
 */
export async function handleInvoke(
  trusted: boolean,
  operation: unknown,
  input: unknown,
  deps: InvokeDeps,
): Promise<DispatchResult> {
  const log = deps.log ?? (() => {});
  if (!trusted) {
    log('shell: refused an IPC call that did not come from the Asesa window');
    return { ok: false, error: new AppError('forbidden').toData() };
  }
  if (
    typeof operation !== 'string' ||
    operation.length === 0 ||
    operation.length > MAX_OPERATION_NAME_LENGTH
  ) {
    return { ok: false, error: new AppError('unknown-operation').toData() };
  }
  try {
    const session = deps.session ?? fallbackSession;
    const ctx: CallContext = { ...session.current(), door: 'desktop', session };
    return await deps.dispatch(operation, input, ctx);
  } catch (error) {
    log(`shell: ${operation} failed outside the dispatcher: ${(error as Error)?.stack ?? String(error)}`);
    return { ok: false, error: new AppError('internal').toData() };
  }
}
