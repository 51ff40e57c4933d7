import { describe, expect, it, vi } from 'vitest';
import type { App } from '../../../src/main/app';
import { EventBus } from '../../../src/main/events';
import { resolveAppTarget } from '../../../src/main/shell/security';

type Handler = (...args: never[]) => unknown;

const electron = vi.hoisted(() => ({
  handlers: new Map<string, (...args: unknown[]) => unknown>(),
  openExternal: vi.fn(async (_url: string) => {}),
}));

vi.mock('electron', () => ({
  BrowserWindow: class {},
  screen: {},
  shell: { openExternal: electron.openExternal },
  ipcMain: {
    handle: (channel: string, handler: (...args: unknown[]) => unknown) =>
      electron.handlers.set(channel, handler),
    removeHandler: (channel: string) => electron.handlers.delete(channel),
  },
}));

const { connectIpc, hardenSession, hardenWebContents } = await import('../../../src/main/shell/window');

const INDEX = 'file:///opt/Asesa/resources/app.asar/out/renderer/index.html';
const target = resolveAppTarget({
  isPackaged: true,
  devServerUrl: undefined,
  indexUrl: INDEX,
  platform: 'linux',
});
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function fakeWindow(url = INDEX) {
  const state = { url };
  const webContents = { id: 7, getURL: () => state.url, send: vi.fn() };
  return { state, window: { isDestroyed: () => false, webContents } };
}

function fakeApp() {
  const events = new EventBus();
  const dispatch = vi.fn(async () => ({ ok: true as const, value: 'listed' }));
  return { app: { events, dispatcher: { dispatch } } as unknown as App, events, dispatch };
}

function ipcEvent(
  options: { webContentsId?: number; url?: string; subFrame?: boolean; gone?: boolean } = {},
) {
  const mainFrame = { url: options.url ?? INDEX, parent: null, processId: 1, routingId: 2 };
  const senderFrame = options.gone
    ? null
    : options.subFrame
      ? { url: options.url ?? INDEX, parent: mainFrame, processId: 1, routingId: 3 }
      : mainFrame;
  return { sender: { id: options.webContentsId ?? 7, mainFrame }, senderFrame };
}

describe('connectIpc', () => {
  it('dispatches a call from our window and refuses every other sender', async () => {
    const { app, dispatch } = fakeApp();
    const { window } = fakeWindow();
    const disconnect = connectIpc(
      app,
      target,
      () => window as never,
      () => {},
    );
    const invoke = electron.handlers.get('asesa:invoke');
    expect(invoke).toBeDefined();

    await expect(invoke?.(ipcEvent(), 'program:list', {})).resolves.toEqual({ ok: true, value: 'listed' });
    expect(dispatch).toHaveBeenCalledTimes(1);

    for (const event of [
      ipcEvent({ url: 'https://evil.example/' }),
      ipcEvent({ url: 'file:///tmp/evil.html' }),
      ipcEvent({ subFrame: true }),
      ipcEvent({ webContentsId: 99 }),
      ipcEvent({ gone: true }),
    ]) {
      await expect(invoke?.(event, 'program:list', {})).resolves.toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    }
    expect(dispatch).toHaveBeenCalledTimes(1);
    disconnect();
    expect(electron.handlers.has('asesa:invoke')).toBe(false);
  });

  it('relays core events to our page only, and stops after disconnect', () => {
    const { app, events } = fakeApp();
    const { window, state } = fakeWindow();
    const disconnect = connectIpc(
      app,
      target,
      () => window as never,
      () => {},
    );

    events.emit('data:changed', { operation: 'program:create', programId: 3 });
    expect(window.webContents.send).toHaveBeenCalledWith('asesa:event', {
      name: 'data:changed',
      payload: { operation: 'program:create', programId: 3 },
    });

    state.url = 'https://evil.example/';
    events.emit('data:changed', { operation: 'program:create', programId: 4 });
    expect(window.webContents.send).toHaveBeenCalledTimes(1);

    state.url = INDEX;
    disconnect();
    events.emit('data:changed', { operation: 'program:create', programId: 5 });
    expect(window.webContents.send).toHaveBeenCalledTimes(1);
    expect(events.size).toBe(0);
  });
});

function fakeContents() {
  const on = new Map<string, Handler>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler),
    on: (name: string, handler: Handler) => on.set(name, handler),
  };
  return { contents, on, open: (url: string) => openHandler?.({ url }) };
}

function navigation(url: string, isMainFrame = true) {
  return { url, isMainFrame, preventDefault: vi.fn() };
}

describe('hardenWebContents', () => {
  it('denies every new window and hands web links to the checked helper', async () => {
    electron.openExternal.mockClear();
    const { contents, open } = fakeContents();
    hardenWebContents(contents as never, target, () => {});
    expect(open('https://example.org/help')).toEqual({ action: 'deny' });
    expect(open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(open('file:///etc/passwd')).toEqual({ action: 'deny' });
    await flush();
    expect(electron.openExternal.mock.calls).toEqual([['https://example.org/help']]);
  });

  it('keeps the window on our page', async () => {
    electron.openExternal.mockClear();
    const { contents, on } = fakeContents();
    hardenWebContents(contents as never, target, () => {});
    const fire = (name: string, event: ReturnType<typeof navigation>) =>
      (on.get(name) as unknown as (event: ReturnType<typeof navigation>) => void)(event);

    const reload = navigation(`${INDEX}#/`);
    fire('will-navigate', reload);
    expect(reload.preventDefault).not.toHaveBeenCalled();

    for (const url of ['file:///etc/passwd', 'http://example.org/', 'javascript:alert(1)']) {
      const away = navigation(url);
      fire('will-navigate', away);
      expect(away.preventDefault).toHaveBeenCalled();
    }
    await flush();
    expect(electron.openExternal).not.toHaveBeenCalled();

    const webview = { preventDefault: vi.fn() };
    (on.get('will-attach-webview') as unknown as (event: typeof webview) => void)(webview);
    expect(webview.preventDefault).toHaveBeenCalled();
  });

  it('opens a clicked web link once in the browser, although Electron reports the navigation twice', async () => {
    electron.openExternal.mockClear();
    const { contents, on } = fakeContents();
    hardenWebContents(contents as never, target, () => {});
    const fire = (name: string, event: ReturnType<typeof navigation>) =>
      (on.get(name) as unknown as (event: ReturnType<typeof navigation>) => void)(event);

    const first = navigation('https://example.org/panduan');
    const second = navigation('https://example.org/panduan');
    fire('will-frame-navigate', first);
    fire('will-navigate', second);
    expect(second.preventDefault).toHaveBeenCalled();
    await flush();
    expect(electron.openExternal.mock.calls).toEqual([['https://example.org/panduan']]);
  });

  it('stops sub-frame navigations and redirects without opening anything', async () => {
    electron.openExternal.mockClear();
    const { contents, on } = fakeContents();
    hardenWebContents(contents as never, target, () => {});
    const fire = (name: string, event: ReturnType<typeof navigation>) =>
      (on.get(name) as unknown as (event: ReturnType<typeof navigation>) => void)(event);

    const frame = navigation('https://example.org/ad', false);
    fire('will-frame-navigate', frame);
    const redirect = navigation('https://example.org/elsewhere');
    fire('will-redirect', redirect);
    expect(frame.preventDefault).toHaveBeenCalled();
    expect(redirect.preventDefault).toHaveBeenCalled();
    await flush();
    expect(electron.openExternal).not.toHaveBeenCalled();
  });
});

describe('hardenSession', () => {
  function fakeSession() {
    const calls: Record<string, Handler> = {};
    const session = {
      webRequest: { onHeadersReceived: (handler: Handler) => (calls.headers = handler) },
      setPermissionRequestHandler: (handler: Handler) => (calls.request = handler),
      setPermissionCheckHandler: (handler: Handler) => (calls.check = handler),
      setDevicePermissionHandler: (handler: Handler) => (calls.device = handler),
      on: (name: string, handler: Handler) => (calls[name] = handler),
    };
    return { session, calls: calls as Record<string, (...args: unknown[]) => unknown> };
  }

  it('adds the CSP, denies permissions and devices, and blocks page downloads', () => {
    const { session, calls } = fakeSession();
    hardenSession(session as never, target, () => {});

    const headers = vi.fn();
    calls.headers?.({ url: INDEX, responseHeaders: { 'content-type': ['text/html'] } }, headers);
    expect(headers.mock.calls[0]?.[0].responseHeaders['Content-Security-Policy'][0]).toMatch(
      /^default-src 'none'/,
    );
    calls.headers?.({ url: 'devtools://devtools/bundled/devtools_app.html', responseHeaders: {} }, headers);
    expect(headers.mock.calls[1]?.[0]).toEqual({});

    const granted = vi.fn();
    calls.request?.({}, 'media', granted, { requestingUrl: INDEX });
    calls.request?.({}, 'clipboard-sanitized-write', granted, { requestingUrl: INDEX });
    expect(granted.mock.calls).toEqual([[false], [true]]);
    expect(calls.check?.({}, 'geolocation', 'file:///', { requestingUrl: INDEX })).toBe(false);
    expect(calls.device?.({})).toBe(false);

    const download = { preventDefault: vi.fn() };
    calls['will-download']?.(download);
    expect(download.preventDefault).toHaveBeenCalled();
  });
});
