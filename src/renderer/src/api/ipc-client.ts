import type { AppEvent, OperationName, OpInput, OpOutput } from '../../../shared/contract';
import { unwrapResult, type ApiClient, type DispatchResult } from './api-client';
import { ERROR_MESSAGES } from '../../../shared/errors';
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
  const client: ApiClient = {
    door: 'desktop',

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

    // The desktop never uploads bytes from the page: main copies the file the native dialog
    // picked (`files:pick`), so the renderer never holds a path.
    upload: () => Promise.reject(new ApiError('not-supported-here', ERROR_MESSAGES['not-supported-here'])),

    saveDownload: (file) => client.invoke('files:save', { downloadId: file.id }),
  };
  return client;
}
