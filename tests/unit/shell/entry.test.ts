// src/main/index.ts driven through a stand-in for Electron (the real binary cannot run here): the
// start-up order, the IPC door with a trusted and a foreign sender, and the error box for a data
// folder that cannot be opened, with the database file left untouched.
import type { EventEmitter } from 'node:events';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nativeBindingPath } from '../../../scripts/ensure-electron-native.js';

const ELECTRON_VERSION = '42.11.18';

const fake = vi.hoisted(() => {
  const state = {
    appPath: '',
    userData: '',
    calls: [] as unknown[][],
    exitCode: undefined as number | undefined,
    appEvents: null as unknown as EventEmitter,
    ipc: new Map<string, (...args: unknown[]) => unknown>(),
    window: null as null | {
      options: { webPreferences: Record<string, unknown> };
      webContents: { id: number; getURL(): string; send(...args: unknown[]): void; mainFrame: unknown };
    },
    markReady: () => {},
    ready: Promise.resolve(),
    reset() {
      state.calls = [];
      state.exitCode = undefined;
      state.ipc.clear();
      state.window = null;
      state.ready = new Promise<void>((resolve) => (state.markReady = resolve));
    },
  };
  return state;
});

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  Object.defineProperty(process.versions, 'electron', { value: '42.11.18', configurable: true });
  fake.appEvents = new Emitter();
  const app = {
    isPackaged: false,
    setPath: (name: string, path: string) => {
      fake.calls.push(['setPath', name, path]);
      if (name === 'userData') fake.userData = path;
    },
    getPath: () => fake.userData,
    enableSandbox: () => fake.calls.push(['enableSandbox']),
    requestSingleInstanceLock: () => true,
    on: (name: string, listener: (...args: unknown[]) => void) => fake.appEvents.on(name, listener),
    whenReady: () => fake.ready,
    getAppPath: () => fake.appPath,
    getVersion: () => '0.1.0',
    exit: (code: number) => {
      fake.exitCode = code;
    },
    quit: () => fake.appEvents.emit('before-quit', { preventDefault: () => {} }),
  };
  let nextId = 7;
  class BrowserWindow extends Emitter {
    webContents: { id: number; getURL(): string; send(...args: unknown[]): void; mainFrame: unknown };
    constructor(readonly options: { webPreferences: Record<string, unknown> }) {
      super();
      let url = '';
      this.webContents = Object.assign(new Emitter(), {
        id: nextId++,
        getURL: () => url,
        send: (...args: unknown[]) => fake.calls.push(['send', ...args]),
        mainFrame: null,
        loadURL: async (next: string) => void (url = next),
      });
      this.loadURL = async (next: string) => {
        url = next;
        fake.calls.push(['loadURL', next]);
      };
      fake.window = this;
    }
    loadURL: (url: string) => Promise<void>;
    isDestroyed = () => false;
    maximize = () => {};
    show = () => {};
  }
  const noop = () => {};
  return {
    app,
    BrowserWindow,
    dialog: {
      showErrorBox: (title: string, message: string) => fake.calls.push(['errorBox', title, message]),
      showMessageBox: async () => ({}),
    },
    Menu: {
      buildFromTemplate: (template: Array<{ label?: string }>) => template,
      setApplicationMenu: (template: Array<{ label?: string }>) =>
        fake.calls.push(['menu', template.map((item) => item.label)]),
    },
    session: {
      defaultSession: {
        webRequest: { onHeadersReceived: () => fake.calls.push(['csp']) },
        setPermissionRequestHandler: () => fake.calls.push(['permissions']),
        setPermissionCheckHandler: noop,
        setDevicePermissionHandler: noop,
        on: noop,
      },
    },
    ipcMain: {
      handle: (channel: string, handler: (...args: unknown[]) => unknown) => fake.ipc.set(channel, handler),
      removeHandler: (channel: string) => fake.ipc.delete(channel),
    },
    screen: { getPrimaryDisplay: () => ({ workArea: { width: 1366, height: 728 } }) },
    shell: { openExternal: async () => {} },
  };
});

const dirs: string[] = [];
function temp(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

const settle = async (until: () => boolean) => {
  for (let i = 0; i < 200 && !until(); i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
};

/** A fake repository whose native/ holds a binary this Node can load, standing in for the Electron build. */
function repositoryWithNativeBuild(): string {
  const root = temp('asesa-entry-root-');
  const target = nativeBindingPath(root, ELECTRON_VERSION, process.platform, process.arch);
  mkdirSync(join(target, '..'), { recursive: true });
  copyFileSync(join('node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'), target);
  return root;
}

async function startEntry(dataDir: string, appPath: string): Promise<void> {
  vi.resetModules();
  fake.reset();
  fake.appPath = appPath;
  vi.stubEnv('ASESA_DATA', dataDir);
  vi.stubEnv('ELECTRON_RENDERER_URL', '');
  await import('../../../src/main/index');
  fake.markReady();
}

beforeEach(() => vi.spyOn(console, 'log').mockImplementation(() => {}));
afterEach(async () => {
  fake.appEvents?.emit('before-quit', { preventDefault: () => {} });
  await settle(() => fake.exitCode !== undefined);
  fake.appEvents?.removeAllListeners();
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('desktop entry', () => {
  it('moves the profile to ASESA_DATA and sandboxes every renderer before ready', async () => {
    const dataDir = temp('asesa-entry-data-');
    await startEntry(dataDir, repositoryWithNativeBuild());
    expect(fake.calls.slice(0, 2)).toEqual([['setPath', 'userData', dataDir], ['enableSandbox']]);
  });

  it('opens the window on the built page and answers our page, but not a foreign one', async () => {
    const dataDir = temp('asesa-entry-data-');
    await startEntry(dataDir, repositoryWithNativeBuild());
    await settle(() => fake.window !== null);

    expect(fake.calls.map((call) => call[0])).toEqual(
      expect.arrayContaining(['csp', 'permissions', 'menu', 'loadURL']),
    );
    const window = fake.window;
    if (!window) throw new Error('no window was opened');
    expect(window.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true });
    expect(String(window.options.webPreferences.preload)).toMatch(/preload[\\/]index\.cjs$/);
    expect(window.webContents.getURL()).toMatch(/^file:\/\/.*\/renderer\/index\.html$/);

    const frame = { url: window.webContents.getURL(), parent: null, processId: 1, routingId: 1 };
    window.webContents.mainFrame = frame;
    const invoke = fake.ipc.get('asesa:invoke');
    await expect(
      invoke?.({ sender: window.webContents, senderFrame: frame }, 'app:info', {}),
    ).resolves.toEqual({
      ok: true,
      value: expect.objectContaining({ door: 'desktop', role: 'admin', dataDir }),
    });
    const foreign = { ...frame, url: 'https://evil.example/' };
    await expect(
      invoke?.({ sender: window.webContents, senderFrame: foreign }, 'program:create', {
        code: 'X1',
        name: 'Evil',
      }),
    ).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } });

    await invoke?.({ sender: window.webContents, senderFrame: frame }, 'program:create', {
      code: 'TA-2025',
      name: 'Talent Academy',
    });
    expect(fake.calls).toContainEqual([
      'send',
      'asesa:event',
      { name: 'data:changed', payload: { operation: 'program:create', programId: 1 } },
    ]);
  });

  it('closes the database before exiting when the app quits', async () => {
    const dataDir = temp('asesa-entry-data-');
    await startEntry(dataDir, repositoryWithNativeBuild());
    await settle(() => fake.window !== null);
    fake.appEvents.emit('before-quit', { preventDefault: () => {} });
    await settle(() => fake.exitCode !== undefined);
    expect(fake.exitCode).toBe(0);
    expect(fake.ipc.has('asesa:invoke')).toBe(false);
  });

  it('shows the Indonesian error and quits without touching a corrupt database', async () => {
    const dataDir = temp('asesa-entry-data-');
    const file = join(dataDir, 'asesa.db');
    writeFileSync(file, 'this is not an SQLite database, only some text');
    const before = readFileSync(file);
    await startEntry(dataDir, repositoryWithNativeBuild());
    await settle(() => fake.exitCode !== undefined);

    expect(fake.exitCode).toBe(1);
    expect(fake.calls).toContainEqual([
      'errorBox',
      'Asesa tidak dapat dibuka',
      expect.stringMatching(/rusak/),
    ]);
    expect(fake.window).toBeNull();
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('tells the developer to run npm start with network when the Electron build is missing', async () => {
    await startEntry(temp('asesa-entry-data-'), temp('asesa-entry-empty-root-'));
    await settle(() => fake.exitCode !== undefined);
    expect(fake.exitCode).toBe(1);
    expect(fake.calls).toContainEqual([
      'errorBox',
      'Asesa tidak dapat dibuka',
      expect.stringMatching(/npm start/),
    ]);
  });
});
