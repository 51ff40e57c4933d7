// Sandboxed preload: contextBridge only. The page gets `window.asesa` and nothing else: no
// ipcRenderer, no channel names of its choosing, no Electron event objects.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../main/shell/channels';
import type { AsesaApi, AsesaEvent, AsesaResult } from './api';

const api: AsesaApi = {
  door: 'desktop',
  invoke(operation: string, input: unknown): Promise<AsesaResult> {
    return ipcRenderer.invoke(INVOKE_CHANNEL, operation, input) as Promise<AsesaResult>;
  },
  onEvent(listener: (event: AsesaEvent) => void): () => void {
    if (typeof listener !== 'function') throw new TypeError('asesa.onEvent needs a function');
    // The IPC event object carries `sender` (ipcRenderer itself); only the data crosses over.
    const relay = (_event: IpcRendererEvent, event: AsesaEvent): void => listener(event);
    ipcRenderer.on(EVENT_CHANNEL, relay);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, relay);
    };
  },
};

contextBridge.exposeInMainWorld('asesa', api);
