import {
  BrowserWindow,
  ipcMain,
  screen,
  shell,
  type IpcMainInvokeEvent,
  type Session,
  type WebContents,
} from 'electron';
import type { App } from '../app';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from './channels';
import { externalOpener } from './external-links';
import { createDesktopSession, handleInvoke } from './ipc';
import {
  carriesPolicy,
  contentSecurityPolicy,
  isTrustedAppUrl,
  isTrustedSender,
  navigationDecision,
  permissionAllowed,
  withContentSecurityPolicy,
  type AppTarget,
  type SenderInfo,
} from './security';
import { initialSize, windowOptions } from './window-options';

type Log = (line: string) => void;

const openExternal = externalOpener(shell);

function openLink(url: string, log: Log): void {
  void openExternal(url).then((opened) => {
    if (!opened) log('shell: refused to open a link outside the app');
  });
}

/**
 * Session-wide defences, set once before any page loads: the CSP header on every response,
 * every permission denied unless listed, no device access, no downloads started by the page.
 */
export function hardenSession(ses: Session, target: AppTarget, log: Log): void {
  const policy = contentSecurityPolicy(target);
  ses.webRequest.onHeadersReceived((details, callback) => {
    if (!carriesPolicy(details.url)) return callback({});
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders, policy) });
  });
  ses.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const allowed = permissionAllowed(permission, details.requestingUrl, target);
    if (!allowed) log(`shell: denied the permission "${permission}"`);
    callback(allowed);
  });
  ses.setPermissionCheckHandler((_contents, permission, _origin, details) =>
    permissionAllowed(permission, details.requestingUrl, target),
  );
  ses.setDevicePermissionHandler(() => false);
  ses.on('will-download', (event) => {
    // Files reach the disk only through main's save dialogs, never as a page download.
    event.preventDefault();
    log('shell: blocked a download started by the page');
  });
}

/**
 * Navigation rules for every web contents the app creates (app 'web-contents-created'): no new
 * windows, no navigation away from our page, no <webview>. Web links go to the system browser.
 */
export function hardenWebContents(contents: WebContents, target: AppTarget, log: Log): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (navigationDecision(url, target) === 'open-external') openLink(url, log);
    return { action: 'deny' };
  });
  type Navigation = { url: string; isMainFrame: boolean; preventDefault(): void };
  const keepOnPage = (event: Navigation, mayOpenExternally: boolean): void => {
    const decision = navigationDecision(event.url, target);
    if (decision === 'allow') return;
    event.preventDefault();
    if (decision === 'open-external' && mayOpenExternally) openLink(event.url, log);
    else log('shell: blocked a navigation away from the app');
  };
  // A main-frame navigation raises both will-navigate and will-frame-navigate; only will-navigate
  // hands a clicked link to the browser, so it opens once. Sub-frames and redirects are only
  // ever stopped.
  contents.on('will-navigate', (event) => keepOnPage(event, true));
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame) keepOnPage(event, false);
  });
  contents.on('will-redirect', (event) => keepOnPage(event, false));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

function senderInfo(event: IpcMainInvokeEvent): SenderInfo {
  const frame = event.senderFrame;
  return {
    webContentsId: event.sender.id,
    frame: frame
      ? {
          url: frame.url,
          isMainFrame:
            frame.parent === null &&
            frame.processId === event.sender.mainFrame.processId &&
            frame.routingId === event.sender.mainFrame.routingId,
        }
      : null,
  };
}

/**
 * The one IPC door: `asesa:invoke` calls go to the dispatcher once the sender is checked; events
 * of the core go to the window on `asesa:event`. Returns a function that removes both.
 */
export function connectIpc(
  asesa: App,
  target: AppTarget,
  currentWindow: () => BrowserWindow | null,
  log: Log,
): () => void {
  const session = createDesktopSession();
  ipcMain.handle(INVOKE_CHANNEL, (event, operation: unknown, input: unknown) => {
    const window = currentWindow();
    const windowId = window && !window.isDestroyed() ? window.webContents.id : null;
    const trusted = isTrustedSender(senderInfo(event), windowId, target);
    return handleInvoke(trusted, operation, input, {
      dispatch: (name, value, ctx) => asesa.dispatcher.dispatch(name, value, ctx),
      session,
      log,
    });
  });
  const unsubscribe = asesa.events.subscribe((event) => {
    const window = currentWindow();
    if (!window || window.isDestroyed()) return;
    const contents = window.webContents;
    // Events go to our page only, never to whatever a frame might have become.
    if (!isTrustedAppUrl(contents.getURL(), target)) return;
    contents.send(EVENT_CHANNEL, { name: event.name, payload: event.payload });
  });
  return () => {
    ipcMain.removeHandler(INVOKE_CHANNEL);
    unsubscribe();
  };
}

export function createMainWindow(options: {
  target: AppTarget;
  preload: string;
  isPackaged: boolean;
  icon?: string | undefined;
  log: Log;
}): BrowserWindow {
  const { workArea } = screen.getPrimaryDisplay();
  const window = new BrowserWindow(
    windowOptions({ preload: options.preload, isPackaged: options.isPackaged, workArea, icon: options.icon }),
  );
  window.once('ready-to-show', () => {
    if (window.isDestroyed()) return;
    if (initialSize(workArea).maximize) window.maximize();
    window.show();
  });
  window.webContents.on('did-fail-load', (_event, code, description, url, isMainFrame) => {
    if (isMainFrame) options.log(`shell: the page did not load (${code} ${description}) ${url}`);
  });
  window.webContents.on('render-process-gone', (_event, details) => {
    options.log(`shell: the page process ended (${details.reason}, exit code ${details.exitCode})`);
  });
  void window.loadURL(options.target.url).catch((error: unknown) => {
    options.log(`shell: loading the page failed: ${String(error)}`);
  });
  return window;
}
