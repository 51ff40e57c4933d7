import { describe, expect, it } from 'vitest';
import {
  carriesPolicy,
  contentSecurityPolicy,
  isTrustedAppUrl,
  isTrustedSender,
  navigationDecision,
  permissionAllowed,
  RECOMMENDED_META_CSP,
  resolveAppTarget,
  withContentSecurityPolicy,
  type AppTarget,
  type SenderInfo,
} from '../../../src/main/shell/security';

const INDEX = 'file:///opt/Asesa/resources/app.asar/out/renderer/index.html';
const fileTarget = resolveAppTarget({
  isPackaged: true,
  devServerUrl: undefined,
  indexUrl: INDEX,
  platform: 'linux',
});
const windowsTarget = resolveAppTarget({
  isPackaged: true,
  devServerUrl: undefined,
  indexUrl: 'file:///C:/Program%20Files/Asesa/resources/app.asar/out/renderer/index.html',
  platform: 'win32',
});
const devTarget = resolveAppTarget({
  isPackaged: false,
  devServerUrl: 'http://localhost:5173',
  indexUrl: INDEX,
  platform: 'linux',
});

describe('resolveAppTarget', () => {
  it('loads the built index.html in a packaged app even when ELECTRON_RENDERER_URL is set', () => {
    const target = resolveAppTarget({
      isPackaged: true,
      devServerUrl: 'https://evil.example/',
      indexUrl: INDEX,
      platform: 'linux',
    });
    expect(target).toMatchObject({ kind: 'file', url: INDEX });
  });

  it('uses the dev server when not packaged', () => {
    expect(devTarget).toEqual({
      kind: 'dev',
      url: 'http://localhost:5173/',
      origin: 'http://localhost:5173',
    });
  });

  it('refuses a dev server that is not on this machine', () => {
    for (const devServerUrl of ['http://192.168.1.10:5173', 'https://evil.example', 'file:///tmp/x.html']) {
      expect(() =>
        resolveAppTarget({ isPackaged: false, devServerUrl, indexUrl: INDEX, platform: 'linux' }),
      ).toThrow(/loopback/);
    }
  });

  it('refuses an index that is not a file URL', () => {
    expect(() =>
      resolveAppTarget({
        isPackaged: true,
        devServerUrl: undefined,
        indexUrl: 'https://x/index.html',
        platform: 'linux',
      }),
    ).toThrow();
  });
});

describe('isTrustedAppUrl', () => {
  it('trusts exactly our index.html, with any hash or query', () => {
    expect(isTrustedAppUrl(INDEX, fileTarget)).toBe(true);
    expect(isTrustedAppUrl(`${INDEX}#/peserta`, fileTarget)).toBe(true);
    expect(isTrustedAppUrl(`${INDEX}?x=1`, fileTarget)).toBe(true);
  });

  it.each([
    ['another local file', 'file:///etc/passwd'],
    ['another html file next to ours', 'file:///opt/Asesa/resources/app.asar/out/renderer/other.html'],
    [
      'a path climbing out and back',
      'file:///opt/Asesa/resources/app.asar/out/renderer/../renderer2/index.html',
    ],
    ['the same path on a UNC host', 'file://server/opt/Asesa/resources/app.asar/out/renderer/index.html'],
    ['a web page', 'https://example.org/'],
    ['a lookalike web path', 'https://example.org/opt/Asesa/resources/app.asar/out/renderer/index.html'],
    ['about:blank', 'about:blank'],
    ['a data URL', 'data:text/html,hi'],
    ['an empty string', ''],
    ['garbage', 'not a url'],
    ['a broken percent escape', 'file:///opt/Asesa/resources/app.asar/out/renderer/index%E0%A4%A.html'],
    ['a non-string', 42],
  ])('does not trust %s', (_name, url) => {
    expect(isTrustedAppUrl(url, fileTarget)).toBe(false);
  });

  it('matches percent-encoding and drive-letter case the way Windows paths need', () => {
    expect(
      isTrustedAppUrl(
        'file:///c:/Program Files/Asesa/resources/app.asar/out/renderer/index.html',
        windowsTarget,
      ),
    ).toBe(true);
    expect(
      isTrustedAppUrl(
        'file:///C:/Program%20Files/Asesa/resources/app.asar/out/renderer/INDEX.html',
        windowsTarget,
      ),
    ).toBe(true);
    expect(
      isTrustedAppUrl(
        'file:///D:/Program%20Files/Asesa/resources/app.asar/out/renderer/index.html',
        windowsTarget,
      ),
    ).toBe(false);
  });

  it('is case-sensitive where the file system is', () => {
    expect(isTrustedAppUrl(INDEX.replace('index.html', 'INDEX.html'), fileTarget)).toBe(false);
  });

  it('trusts the dev server by origin only', () => {
    expect(isTrustedAppUrl('http://localhost:5173/src/main.tsx', devTarget)).toBe(true);
    expect(isTrustedAppUrl('http://localhost:5174/', devTarget)).toBe(false);
    expect(isTrustedAppUrl('http://127.0.0.1:5173/', devTarget)).toBe(false);
    expect(isTrustedAppUrl(INDEX, devTarget)).toBe(false);
  });
});

describe('isTrustedSender', () => {
  const WINDOW_ID = 7;
  const fromOurPage: SenderInfo = { webContentsId: WINDOW_ID, frame: { url: INDEX, isMainFrame: true } };

  it('accepts the main frame of our window showing our page', () => {
    expect(isTrustedSender(fromOurPage, WINDOW_ID, fileTarget)).toBe(true);
  });

  const refused: Array<[string, SenderInfo, number | null, AppTarget]> = [
    [
      'a sub-frame of our page',
      { webContentsId: WINDOW_ID, frame: { url: INDEX, isMainFrame: false } },
      WINDOW_ID,
      fileTarget,
    ],
    ['another web contents', { ...fromOurPage, webContentsId: 8 }, WINDOW_ID, fileTarget],
    ['a frame that is gone', { webContentsId: WINDOW_ID, frame: null }, WINDOW_ID, fileTarget],
    [
      'our window showing a foreign page',
      { webContentsId: WINDOW_ID, frame: { url: 'https://evil.example/', isMainFrame: true } },
      WINDOW_ID,
      fileTarget,
    ],
    [
      'our window showing another local file',
      { webContentsId: WINDOW_ID, frame: { url: 'file:///tmp/evil.html', isMainFrame: true } },
      WINDOW_ID,
      fileTarget,
    ],
    ['any sender while no window exists', fromOurPage, null, fileTarget],
    ['the file page when running on the dev server', fromOurPage, WINDOW_ID, devTarget],
  ];

  it.each(refused)('refuses %s', (_name, sender, windowId, target) => {
    expect(isTrustedSender(sender, windowId, target)).toBe(false);
  });
});

describe('navigationDecision', () => {
  it('lets our own page reload', () => {
    expect(navigationDecision(`${INDEX}#/`, fileTarget)).toBe('allow');
  });

  it('sends web and mail links to the system, through the checked helper', () => {
    expect(navigationDecision('https://example.org/', fileTarget)).toBe('open-external');
    expect(navigationDecision('mailto:a@example.org', fileTarget)).toBe('open-external');
  });

  it.each([
    'http://example.org/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'about:blank',
    'data:text/html,x',
    42,
  ])('drops a navigation to %s', (url) => {
    expect(navigationDecision(url, fileTarget)).toBe('deny');
  });
});

describe('permissionAllowed', () => {
  it('denies camera, microphone, location, notifications and the rest', () => {
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'openExternal',
      'fullscreen',
      'hid',
      'usb',
      'serial',
      'clipboard-read',
      'display-capture',
      'fileSystem',
      'unknown',
    ]) {
      expect(permissionAllowed(permission, INDEX, fileTarget)).toBe(false);
    }
  });

  it('allows writing to the clipboard from our page only', () => {
    expect(permissionAllowed('clipboard-sanitized-write', INDEX, fileTarget)).toBe(true);
    expect(permissionAllowed('clipboard-sanitized-write', 'https://evil.example/', fileTarget)).toBe(false);
    expect(permissionAllowed('clipboard-sanitized-write', undefined, fileTarget)).toBe(false);
  });
});

describe('content security policy', () => {
  const directives = (policy: string) =>
    new Map(
      policy.split(';').map((part) => {
        const [name = '', ...values] = part.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );

  it('never allows eval, and inline scripts only under the dev server', () => {
    const production = contentSecurityPolicy(fileTarget);
    const dev = contentSecurityPolicy(devTarget);
    for (const policy of [production, dev, RECOMMENDED_META_CSP]) expect(policy).not.toContain('unsafe-eval');
    expect(directives(production).get('script-src')).toEqual(["'self'"]);
    expect(directives(RECOMMENDED_META_CSP).get('script-src')).toEqual(["'self'"]);
    expect(directives(dev).get('connect-src')).toContain('ws://localhost:5173');
  });

  it('starts from nothing and forbids plugins, frames, <base> and forms', () => {
    const policy = directives(contentSecurityPolicy(fileTarget));
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('leaves frame-ancestors out of the meta tag, where browsers ignore it', () => {
    expect(RECOMMENDED_META_CSP).not.toContain('frame-ancestors');
  });

  it("is sent with what the page loads, not with Electron's own pages", () => {
    expect(carriesPolicy(INDEX)).toBe(true);
    expect(carriesPolicy('http://localhost:5173/')).toBe(true);
    expect(carriesPolicy('devtools://devtools/bundled/devtools_app.html')).toBe(false);
    expect(carriesPolicy('chrome://gpu')).toBe(false);
  });

  it('replaces any policy a response brings and keeps the other headers', () => {
    const headers = withContentSecurityPolicy(
      { 'content-security-policy': ['script-src *'], 'Content-Type': ['text/html'], 'x-extra': 'one' },
      'default-src none',
    );
    expect(headers).toEqual({
      'Content-Type': ['text/html'],
      'x-extra': ['one'],
      'Content-Security-Policy': ['default-src none'],
      'X-Content-Type-Options': ['nosniff'],
    });
    expect(withContentSecurityPolicy(undefined, 'p')['Content-Security-Policy']).toEqual(['p']);
  });
});
