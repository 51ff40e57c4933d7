import { describe, expect, it } from 'vitest';
import {
  initialSize,
  MIN_HEIGHT,
  MIN_WIDTH,
  secureWebPreferences,
  windowOptions,
} from '../../../src/main/shell/window-options';

describe('secureWebPreferences', () => {
  it('isolates and sandboxes the page, with no Node and no webview', () => {
    const prefs = secureWebPreferences({ preload: '/app/out/preload/index.cjs', isPackaged: true });
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      spellcheck: false,
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
  });

  it('turns developer tools off in a packaged build only', () => {
    expect(secureWebPreferences({ preload: 'p', isPackaged: true }).devTools).toBe(false);
    expect(secureWebPreferences({ preload: 'p', isPackaged: false }).devTools).toBe(true);
  });
});

describe('window size', () => {
  it('fills a 1366×768 venue laptop and never goes below a usable minimum', () => {
    const laptop = initialSize({ width: 1366, height: 728 });
    expect(laptop.maximize).toBe(true);
    expect(laptop.width).toBeLessThanOrEqual(1366);
    expect(laptop.height).toBeLessThanOrEqual(728);
    expect(MIN_WIDTH).toBeLessThanOrEqual(1366);
    expect(MIN_HEIGHT).toBeLessThanOrEqual(728);
  });

  it('opens at a comfortable size on a large screen', () => {
    expect(initialSize({ width: 2560, height: 1400 })).toEqual({ width: 1366, height: 860, maximize: false });
  });

  it('is titled Asesa and shown only once painted', () => {
    const options = windowOptions({
      preload: 'p',
      isPackaged: true,
      workArea: { width: 1920, height: 1040 },
    });
    expect(options).toMatchObject({
      title: 'Asesa',
      show: false,
      minWidth: MIN_WIDTH,
      minHeight: MIN_HEIGHT,
    });
    expect(options.webPreferences?.sandbox).toBe(true);
  });
});
