import type { DispatchResult } from '../dispatcher';
import { AppError } from '../../shared/errors';

/** Exit codes: 0 success, 1 a user error (bad data, refused action), 2 a usage error. */
export const EXIT_OK = 0;
export const EXIT_USER_ERROR = 1;
export const EXIT_USAGE = 2;

export interface Output {
  json: boolean;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** Thrown by commands to end with a user error; main prints its one-line message. */
export class CliUserError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function unwrap<T>(result: DispatchResult): T {
  if (!result.ok) {
    const details = Array.isArray(result.error.details)
      ? (result.error.details as Array<{ path?: string; message?: string }>)
          .map((d) => (d.path ? `${d.path}: ${d.message}` : d.message))
          .join('; ')
      : '';
    throw new CliUserError(
      result.error.code,
      details ? `${result.error.message} (${details})` : result.error.message,
    );
  }
  return result.value as T;
}

export function printResult(out: Output, value: unknown, human: () => string): void {
  out.stdout(out.json ? `${JSON.stringify(value, null, 2)}\n` : `${human()}\n`);
}

/** Ends a command with a non-zero exit code after it has already printed its own report. */
export class CommandExit extends Error {
  constructor(readonly exitCode: number) {
    super(`exit ${exitCode}`);
  }
}

/** Maps anything a command threw to an exit code and a single line on stderr. */
export function reportFailure(out: Output, error: unknown): number {
  if (error instanceof CommandExit) return error.exitCode;
  if (error instanceof CliUserError || error instanceof AppError) {
    const code = error instanceof AppError ? error.code : error.code;
    if (out.json) out.stdout(`${JSON.stringify({ ok: false, error: { code, message: error.message } })}\n`);
    out.stderr(`asesa: ${error.message.replace(/\s+/g, ' ')}\n`);
    return EXIT_USER_ERROR;
  }
  out.stderr(`asesa: terjadi kesalahan tak terduga: ${(error as Error)?.message ?? String(error)}\n`);
  return EXIT_USER_ERROR;
}

/** A plain-text table for humans; `--json` is the format for scripts. */
export function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
