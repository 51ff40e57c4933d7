/**
 * The security decisions of the desktop shell as pure functions: which page is ours, which IPC
 * sender is trusted, where the window may navigate, which permissions the page gets, and the
 * Content-Security-Policy. window.ts wires them into Electron; tests call them directly.
 */

/** Where the window's page comes from. Every check compares against it. */
export type AppTarget =
  | {
      kind: 'file';
      /** What the window loads: file:// of out/renderer/index.html. */
      url: string;
      /** Decoded path of index.html, lower-cased where the file system ignores case. */
      path: string;
      caseInsensitive: boolean;
    }
  | {
      kind: 'dev';
      /** The electron-vite dev server (`ELECTRON_RENDERER_URL`), loopback only. */
      url: string;
      origin: string;
    };

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
const MAX_URL_LENGTH = 8192;

function parseUrl(url: unknown): URL | null {
  if (typeof url !== 'string' || url.length === 0 || url.length > MAX_URL_LENGTH) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function normalisedFilePath(pathname: string, caseInsensitive: boolean): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\u0000')) return null;
  return caseInsensitive ? decoded.toLowerCase() : decoded;
}

export interface AppTargetOptions {
  isPackaged: boolean;
  /** `process.env.ELECTRON_RENDERER_URL`; honoured only when not packaged. */
  devServerUrl: string | undefined;
  /** `pathToFileURL(out/renderer/index.html).href` */
  indexUrl: string;
  platform: string;
}

/**
 * A packaged app always loads its own files: an environment variable must never be able to point
 * the window (and its preload bridge) at another page. Under `electron-vite dev` the dev server is
 * used, and only on this machine.
 */
export function resolveAppTarget(options: AppTargetOptions): AppTarget {
  if (!options.isPackaged && options.devServerUrl) {
    const dev = parseUrl(options.devServerUrl);
    if (
      !dev ||
      (dev.protocol !== 'http:' && dev.protocol !== 'https:') ||
      !LOOPBACK_HOSTS.has(dev.hostname)
    ) {
      throw new Error(
        `shell: ELECTRON_RENDERER_URL must be a loopback http(s) URL, got ${options.devServerUrl}`,
      );
    }
    return { kind: 'dev', url: dev.href, origin: dev.origin };
  }
  const index = parseUrl(options.indexUrl);
  const caseInsensitive = options.platform === 'win32' || options.platform === 'darwin';
  const path =
    index && index.protocol === 'file:' ? normalisedFilePath(index.pathname, caseInsensitive) : null;
  if (!index || path === null) throw new Error(`shell: not a file URL: ${options.indexUrl}`);
  return { kind: 'file', url: index.href, path, caseInsensitive };
}

/**
 * True for our page and nothing else: for a file target exactly index.html (any query or hash,
 * no host, so no UNC share), for the dev server its origin.
 */
export function isTrustedAppUrl(url: unknown, target: AppTarget): boolean {
  const parsed = parseUrl(url);
  if (!parsed || parsed.username !== '' || parsed.password !== '') return false;
  if (target.kind === 'dev') return parsed.origin === target.origin;
  if (parsed.protocol !== 'file:' || parsed.host !== '') return false;
  return normalisedFilePath(parsed.pathname, target.caseInsensitive) === target.path;
}

/** What the main process knows about the sender of an IPC message (from `IpcMainInvokeEvent`). */
export interface SenderInfo {
  webContentsId: number;
  /** `event.senderFrame`; null once the frame navigated away or was destroyed. */
  frame: { url: string; isMainFrame: boolean } | null;
}

/** Only the main frame of our own window, showing our own page, may call the core. */
export function isTrustedSender(sender: SenderInfo, windowId: number | null, target: AppTarget): boolean {
  if (windowId === null || sender.webContentsId !== windowId) return false;
  if (!sender.frame || !sender.frame.isMainFrame) return false;
  return isTrustedAppUrl(sender.frame.url, target);
}

export type NavigationDecision = 'allow' | 'open-external' | 'deny';

/**
 * The window never leaves the app. Our own page may reload; a web link the operator clicked is
 * handed to the system browser by the caller (through safeOpenExternal, which checks it again);
 * everything else is dropped.
 */
export function navigationDecision(url: unknown, target: AppTarget): NavigationDecision {
  if (isTrustedAppUrl(url, target)) return 'allow';
  const parsed = parseUrl(url);
  if (parsed && (parsed.protocol === 'https:' || parsed.protocol === 'mailto:')) return 'open-external';
  return 'deny';
}

/**
 * Denied unless listed. The page needs no camera, location, notifications or devices; copying
 * a text (a PIN, a link for the LAN) to the clipboard is the one thing it may do, and only our page.
 */
const ALLOWED_PERMISSIONS = new Set(['clipboard-sanitized-write']);

export function permissionAllowed(
  permission: string,
  requestingUrl: string | undefined,
  target: AppTarget,
): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && isTrustedAppUrl(requestingUrl, target);
}

type Directives = ReadonlyArray<readonly [string, string]>;

/**
 * Scripts only from the app itself, no eval, no plugins, no frames, no forms, no <base>. Mantine
 * sets inline style attributes, hence 'unsafe-inline' for styles (never for scripts).
 */
const PRODUCTION_DIRECTIVES: Directives = [
  ['default-src', "'none'"],
  ['script-src', "'self'"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self' data:"],
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['object-src', "'none'"],
  ['frame-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
];

function serialise(directives: Directives): string {
  return directives.map(([name, value]) => `${name} ${value}`).join('; ');
}

/**
 * The policy sent with every response. Under the dev server, Vite's React refresh needs one
 * inline script and its HMR socket; there is no 'unsafe-eval' in either policy.
 */
export function contentSecurityPolicy(target: AppTarget): string {
  if (target.kind === 'file') return serialise(PRODUCTION_DIRECTIVES);
  const socket = target.origin.replace(/^http/, 'ws');
  return serialise(
    PRODUCTION_DIRECTIVES.map(([name, value]): readonly [string, string] => {
      if (name === 'script-src') return [name, `${value} 'unsafe-inline'`];
      if (name === 'connect-src') return [name, `${value} ${socket}`];
      return [name, value];
    }),
  );
}

/**
 * For the renderer's index.html: `<meta http-equiv="Content-Security-Policy" content="…">`.
 * Headers do not reach every file:// load, a meta tag always applies. frame-ancestors is left
 * out because browsers ignore it in a meta tag.
 */
export const RECOMMENDED_META_CSP = serialise(
  PRODUCTION_DIRECTIVES.filter(([name]) => name !== 'frame-ancestors'),
);

const REPLACED_HEADERS = new Set([
  'content-security-policy',
  'content-security-policy-report-only',
  'x-content-type-options',
]);

/**
 * Responses that get the header: what the page itself loads (file, http, https). Electron's own
 * pages (devtools://, chrome://) keep theirs.
 */
export function carriesPolicy(url: string): boolean {
  const parsed = parseUrl(url);
  return parsed !== null && ['file:', 'http:', 'https:'].includes(parsed.protocol);
}

/** Response headers with our policy in place of any the response brought. */
export function withContentSecurityPolicy(
  headers: Record<string, string | string[]> | undefined,
  policy: string,
): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    const lower = name.toLowerCase();
    if (REPLACED_HEADERS.has(lower)) continue;
    result[name] = Array.isArray(value) ? value : [value];
  }
  result['Content-Security-Policy'] = [policy];
  result['X-Content-Type-Options'] = ['nosniff'];
  return result;
}
