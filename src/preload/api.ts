// The shape of `window.asesa`, the whole of what the page can reach in the desktop app. Plain types
// only; the renderer declares the same shape on its side (src/renderer/src/api/ipc-client.ts).
import type { ErrorData } from '../shared/errors';

export type AsesaResult = { ok: true; value: unknown } | { ok: false; error: ErrorData };

export interface AsesaEvent {
  name: string;
  payload: unknown;
}

export interface AsesaApi {
  readonly door: 'desktop';
  /** Runs one operation of the contract; resolves with the dispatcher's result, never with an exception from the core. */
  invoke(operation: string, input: unknown): Promise<AsesaResult>;
  /** Events of the core (job progress, data changed). Returns the unsubscribe function. */
  onEvent(listener: (event: AsesaEvent) => void): () => void;
}
