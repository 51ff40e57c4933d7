import type { ApiClient } from './api-client';
import { createHttpClient } from './http-client';
import { createIpcClient } from './ipc-client';

/** Inside Electron the preload provides `window.asesa`; in a browser the page talks HTTP. */
export function createApiClient(): ApiClient {
  return window.asesa ? createIpcClient(window.asesa) : createHttpClient();
}
