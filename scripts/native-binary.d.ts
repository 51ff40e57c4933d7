// Types for scripts/native-binary.js (plain JavaScript so `npm start` runs it before any build).

export type NativePlatform = 'win32' | 'linux' | 'darwin';
export type NativeArch = 'x64' | 'arm64' | 'ia32' | 'armv7l';

export const NATIVE_DIR: 'native';
export const BINARY_NAME: 'better_sqlite3.node';
export const ELECTRON_HEADERS_URL: string;

export function checkVersion(version: unknown): string;
export function nativeFolderName(electronVersion: string, platform: string, arch: string): string;
export function nativeBindingSegments(
  electronVersion: string,
  platform: string,
  arch: string,
): [typeof NATIVE_DIR, string, typeof BINARY_NAME];
export function prebuildInstallArgs(electronVersion: string, platform: string, arch: string): string[];
export function nodeGypArgs(electronVersion: string, arch: string): string[];
export function childEnv(env: Record<string, string | undefined>): Record<string, string>;
export function parseCliArgs(
  argv: readonly string[],
  defaults: { platform: string; arch: string },
): { platform: NativePlatform; arch: NativeArch; force: boolean };
export function builderTarget(context: {
  arch?: number | string;
  electronPlatformName?: string;
  platform?: { nodeName?: string };
  packager?: { platform?: { nodeName?: string } };
}): { platform: NativePlatform; arch: NativeArch };
export function failureLine(electronVersion: string): string;
