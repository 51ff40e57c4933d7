import type { AppEvent, OperationName, OpInput, OpOutput } from '../../../shared/contract';
import { unwrapResult, type ApiClient, type DispatchResult } from './api-client';
import { ApiError } from './api-error';

/** What the Electron preload exposes as `window.asesa` (contextBridge). */
export interface AsesaBridge {
  door: 'desktop';
  invoke(operation: string, input: unknown): Promise<DispatchResult>;
  onEvent(listener: (event: { name: string; payload: unknown }) => void): () => void;
}

declare global {
  interface Window {
    asesa?: AsesaBridge;
  }
}

export function createIpcClient(bridge: AsesaBridge): ApiClient {
  return {
    async invoke<N extends OperationName>(operation: N, input: OpInput<N>): Promise<OpOutput<N>> {
      let body: unknown;
      try {
        body = await bridge.invoke(operation, input);
      } catch {
        // The bridge itself failed (main process gone): the same situation as a lost network.
        throw ApiError.client('network-unreachable');
      }
      return unwrapResult<N>(body);
    },
    subscribe(listener) {
      // Main only sends the events the contract names; the cast is the trust boundary.
      return bridge.onEvent((event) => listener(event as AppEvent));
    },
  };
}
