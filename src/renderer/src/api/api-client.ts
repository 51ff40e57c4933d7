import type { AppEvent, FileRef, OperationName, OpInput, OpOutput } from '../../../shared/contract';
import type { ErrorData } from '../../../shared/errors';
import { ApiError } from './api-error';

/**
 * The one way screens talk to the core. Two adapters implement it (Electron IPC and HTTP); no
 * screen knows which door it came through.
 */
export interface ApiClient {
  /** Resolves with the operation's output; rejects with an ApiError. */
  invoke<N extends OperationName>(operation: N, input: OpInput<N>): Promise<OpOutput<N>>;
  /** Server events (job progress, data changed). Returns the unsubscribe function. */
  subscribe(listener: (event: AppEvent) => void): () => void;
  /**
   * Which door this client talks through. Files are the one place where the doors differ: the
   * desktop picks and saves with native dialogs (`files:pick`, `files:save`), the browser
   * uploads a chosen `File` and downloads over HTTP.
   */
  readonly door: 'desktop' | 'browser';
  /** Browser only: sends a chosen file to the server's inbox. Rejects with an ApiError. */
  upload(file: File): Promise<FileRef>;
  /**
   * Hands a generated file to the user: a download in the browser, a save dialog on the
   * desktop. `saved` is false when the user closed the dialog without saving.
   */
  saveDownload(file: FileRef): Promise<{ saved: boolean }>;
}

/** What every door answers: the dispatcher's result, unchanged. */
export type DispatchResult = { ok: true; value: unknown } | { ok: false; error: ErrorData };

function isDispatchResult(body: unknown): body is DispatchResult {
  if (typeof body !== 'object' || body === null) return false;
  const { ok } = body as { ok?: unknown };
  return ok === true ? 'value' in body : ok === false && 'error' in body;
}

/**
 * Turns a door's answer into the output or an ApiError. The output is not re-validated here:
 * the dispatcher already checked it against the same contract.
 */
export function unwrapResult<N extends OperationName>(body: unknown): OpOutput<N> {
  if (!isDispatchResult(body)) throw ApiError.client('bad-response');
  if (!body.ok) throw ApiError.fromData(body.error);
  return body.value as OpOutput<N>;
}
