import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

/** Smallest size at which the screens stay usable; fits a 1366×768 venue laptop with a taskbar. */
export const MIN_WIDTH = 1024;
export const MIN_HEIGHT = 640;
const PREFERRED_WIDTH = 1366;
const PREFERRED_HEIGHT = 860;

/** Opens as large as preferred, never larger than the screen's work area. */
export function initialSize(workArea: { width: number; height: number }): {
  width: number;
  height: number;
  maximize: boolean;
} {
  const width = Math.max(MIN_WIDTH, Math.min(PREFERRED_WIDTH, workArea.width));
  const height = Math.max(MIN_HEIGHT, Math.min(PREFERRED_HEIGHT, workArea.height));
  // On a small laptop screen the whole screen is the sensible size.
  return { width, height, maximize: workArea.width <= PREFERRED_WIDTH || workArea.height <= 768 };
}

/**
 * Electron's security checklist, spelled out even where it is the default, so a change of default
 * or a careless edit shows up in review and in tests/unit/shell/window-options.test.ts.
 */
export function secureWebPreferences(options: { preload: string; isPackaged: boolean }): WebPreferences {
  return {
    preload: options.preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    // The spell checker downloads dictionaries from the internet; the venue may have none.
    spellcheck: false,
    devTools: !options.isPackaged,
  };
}

export function windowOptions(options: {
  preload: string;
  isPackaged: boolean;
  workArea: { width: number; height: number };
  icon?: string | undefined;
}): BrowserWindowConstructorOptions {
  const size = initialSize(options.workArea);
  return {
    title: 'Asesa',
    width: size.width,
    height: size.height,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    show: false,
    backgroundColor: '#ffffff',
    ...(options.icon ? { icon: options.icon } : {}),
    webPreferences: secureWebPreferences(options),
  };
}
