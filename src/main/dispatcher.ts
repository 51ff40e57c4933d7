import { operations, type OperationName, type OpOutput, type OpParsedInput } from '../shared/contract';
import { AppError, toErrorData, type ErrorData } from '../shared/errors';
import type { CallContext } from './context';
import type { EventBus } from './events';

export type Handler<N extends OperationName> = (
  input: OpParsedInput<N>,
  ctx: CallContext,
) => OpOutput<N> | Promise<OpOutput<N>>;

export type Handlers = { [N in OperationName]: Handler<N> };

export type DispatchResult<T = unknown> = { ok: true; value: T } | { ok: false; error: ErrorData };

export interface Dispatcher {
  /** Never throws: every failure comes back as `{ ok: false, error: { code, message } }`. */
  dispatch(name: string, input: unknown, ctx: CallContext): Promise<DispatchResult>;
}

export interface DispatcherOptions {
  handlers: Handlers;
  events?: EventBus;
  /** Validate handler output against the contract too (catches drift between code and contract). */
  checkOutput?: boolean;
  log?: (line: string) => void;
}

/** Checks at start-up that the handler map and the operations table describe the same set. */
function assertHandlersMatch(handlers: Record<string, unknown>): void {
  const missing = [...operations.keys()].filter((name) => typeof handlers[name] !== 'function');
  const unknown = Object.keys(handlers).filter((name) => !operations.has(name));
  if (missing.length > 0 || unknown.length > 0) {
    throw new Error(
      `Operations and handlers differ. Missing handlers: ${missing.join(', ') || '-'}; ` +
        `handlers without an operation: ${unknown.join(', ') || '-'}`,
    );
  }
}

/** The programme a write touched, so screens of other programmes need not refresh. */
function programIdOf(operation: string, input: unknown, output: unknown): number | null {
  for (const value of [input, output]) {
    if (typeof value !== 'object' || value === null) continue;
    const record = value as Record<string, unknown>;
    if (typeof record.programId === 'number') return record.programId;
  }
  // Programme operations name the programme by its own id.
  if (operation.startsWith('program:') && typeof output === 'object' && output !== null) {
    const id = (output as Record<string, unknown>).id;
    if (typeof id === 'number') return id;
  }
  return null;
}

export function createDispatcher(options: DispatcherOptions): Dispatcher {
  const { handlers, events, checkOutput = true } = options;
  const log = options.log ?? (() => {});
  assertHandlersMatch(handlers as unknown as Record<string, unknown>);

  async function dispatch(name: string, input: unknown, ctx: CallContext): Promise<DispatchResult> {
    const spec = operations.get(name);
    if (!spec) return { ok: false, error: new AppError('unknown-operation').toData() };
    if (!spec.roles.includes(ctx.role)) return { ok: false, error: new AppError('forbidden').toData() };

    const parsed = spec.input.safeParse(input ?? {});
    if (!parsed.success) {
      const details = parsed.error.issues.map((issue) => ({
        path: issue.path.join('.'),
        message: issue.message,
      }));
      return { ok: false, error: new AppError('invalid-input', undefined, details).toData() };
    }

    try {
      const handler = handlers[spec.name] as (input: unknown, ctx: CallContext) => unknown;
      let value = await handler(parsed.data, ctx);
      if (checkOutput) {
        const checked = spec.output.safeParse(value);
        if (!checked.success) {
          log(`dispatch: ${name} returned output that does not match the contract`);
          return { ok: false, error: new AppError('internal').toData() };
        }
        value = checked.data;
      }
      if (spec.writes) {
        events?.emit('data:changed', { operation: name, programId: programIdOf(name, parsed.data, value) });
      }
      return { ok: true, value };
    } catch (error) {
      const data = toErrorData(error);
      if (data.code === 'internal')
        log(`dispatch: ${name} failed: ${(error as Error)?.stack ?? String(error)}`);
      return { ok: false, error: data };
    }
  }

  return { dispatch };
}
