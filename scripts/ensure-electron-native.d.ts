// Types for scripts/ensure-electron-native.js (so the unit tests can call it).

export function installedElectronVersion(root?: string): string;
export function nativeBindingPath(
  root: string,
  electronVersion: string,
  platform: string,
  arch: string,
): string;
export function ensureElectronNative(options: {
  root?: string;
  electronVersion?: string;
  platform: string;
  arch: string;
  force?: boolean;
  log?: (line: string) => void;
}): string;
export function beforePack(context: unknown): Promise<void>;
export default beforePack;
