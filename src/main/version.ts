// Injected at build time by electron-vite's `define`; from source (tests) it reads package.json.
import pkg from '../../package.json' with { type: 'json' };

export const APP_VERSION: string = pkg.version;
