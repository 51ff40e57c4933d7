// Electron entry: lifecycle only. Everything that decides something lives in ./shell (pure,
// unit-tested) or behind createApp() (shared with the CLI and the web door).
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { app, dialog, Menu, session, shell, type BrowserWindow } from 'electron';
import { createApp, type App } from './app';
import type { DesktopDialogs } from './dialogs';
import { createDesktopDialogs } from './shell/dialogs';
import { aboutMessage, menuTemplate } from './shell/menu';
import { electronNativeBinding } from './shell/native-binding';
import { resolveAppTarget } from './shell/security';
import { describeStartupError, NativeBindingMissing } from './shell/startup-errors';
import { connectIpc, createMainWindow, hardenSession, hardenWebContents } from './shell/window';

const log = (line: string): void => console.log(line);

// This bundle is out/main/index.js; its neighbours are fixed by electron.vite.config.ts.
const OUT_MAIN = dirname(fileURLToPath(import.meta.url));
const PRELOAD = join(OUT_MAIN, '..', 'preload', 'index.cjs');
const RENDERER_INDEX = join(OUT_MAIN, '..', 'renderer', 'index.html');
const WORKER = join(OUT_MAIN, 'worker.js');
/** The close of the database and workers may not hold the quit up forever. */
const CLOSE_TIMEOUT_MS = 10_000;

// Before `ready`: ASESA_DATA (tests, a second venue) moves the whole profile, so the data folder,
// Chromium's files and the single-instance lock all follow it. Otherwise the data folder is
// userData, the same folder the CLI and web door use by default (src/main/paths.ts).
if (process.env.ASESA_DATA) app.setPath('userData', resolve(process.env.ASESA_DATA));
app.enableSandbox();

function windowIcon(): string | undefined {
  const file = app.isPackaged
    ? join(process.resourcesPath, 'icon.png')
    : join(app.getAppPath(), 'resources', 'icon.png');
  return existsSync(file) ? file : undefined;
}

async function openData(dataDir: string, dialogs: DesktopDialogs): Promise<App> {
  const nativeBinding = electronNativeBinding({
    isPackaged: app.isPackaged,
    appPath: app.getAppPath(),
    resourcesPath: process.resourcesPath,
    electronVersion: process.versions.electron,
    platform: process.platform,
    arch: process.arch,
  });
  if (!existsSync(nativeBinding)) throw new NativeBindingMissing(nativeBinding);
  return createApp({ dataDir, nativeBinding, log, workerEntry: WORKER, dialogs });
}

async function start(): Promise<void> {
  let mainWindow: BrowserWindow | null = null;
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());

  await app.whenReady();

  const target = resolveAppTarget({
    isPackaged: app.isPackaged,
    devServerUrl: process.env.ELECTRON_RENDERER_URL,
    indexUrl: pathToFileURL(RENDERER_INDEX).href,
    platform: process.platform,
  });
  hardenSession(session.defaultSession, target, log);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, target, log));

  const dataDir = app.getPath('userData');
  let asesa: App;
  try {
    asesa = await openData(
      dataDir,
      createDesktopDialogs(
        dialog,
        () => mainWindow,
        () => app.getPath('documents'),
        (path) => shell.openPath(path),
      ),
    );
  } catch (error) {
    // Corrupt, newer or locked database, unwritable folder, missing native module: say so in
    // Indonesian and quit. createApp has not written to the database file in any of these cases.
    log(`shell: the data folder could not be opened: ${(error as Error)?.message ?? String(error)}`);
    const failure = describeStartupError(error, { isPackaged: app.isPackaged });
    dialog.showErrorBox(failure.title, failure.message);
    app.exit(1);
    return;
  }

  const showAbout = (): void => {
    const about = aboutMessage({
      version: app.getVersion(),
      electronVersion: process.versions.electron,
      dataDir,
    });
    const options = { type: 'info' as const, buttons: ['Tutup'], ...about };
    void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
  };
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate({ isPackaged: app.isPackaged, platform: process.platform, onAbout: showAbout }),
    ),
  );

  const disconnect = connectIpc(asesa, target, () => mainWindow, log);
  const openWindow = (): void => {
    const window = createMainWindow({
      target,
      preload: PRELOAD,
      isPackaged: app.isPackaged,
      icon: windowIcon(),
      log,
    });
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
    });
    mainWindow = window;
  };
  openWindow();
  app.on('activate', () => {
    if (!mainWindow) openWindow();
  });

  // Quitting waits for running jobs to stop and the database to close (PRAGMA optimize).
  let closing = false;
  app.on('before-quit', (event) => {
    event.preventDefault();
    if (closing) return;
    closing = true;
    disconnect();
    const timeout = new Promise<void>((done) => setTimeout(done, CLOSE_TIMEOUT_MS).unref());
    void Promise.race([asesa.close(), timeout])
      .catch((error: unknown) => log(`shell: closing the data folder failed: ${String(error)}`))
      .finally(() => app.exit(0));
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => app.quit());
}

if (app.requestSingleInstanceLock()) {
  start().catch((error: unknown) => {
    log(`shell: start-up failed: ${(error as Error)?.stack ?? String(error)}`);
    const failure = describeStartupError(error, { isPackaged: app.isPackaged });
    dialog.showErrorBox(failure.title, failure.message);
    app.exit(1);
  });
} else {
  // Another Asesa window already has this data folder open; it comes to the front instead.
  app.quit();
}
