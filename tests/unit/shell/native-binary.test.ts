import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  builderTarget,
  childEnv,
  failureLine,
  nativeBindingSegments,
  nativeFolderName,
  nodeGypArgs,
  parseCliArgs,
  prebuildInstallArgs,
} from '../../../scripts/native-binary.js';
import {
  ensureElectronNative,
  installedElectronVersion,
  nativeBindingPath,
} from '../../../scripts/ensure-electron-native.js';
import { electronNativeBinding } from '../../../src/main/shell/native-binding';

const dirs: string[] = [];
function tempRoot(): string {
  const dir = mkdtempSync(join(tmpdir(), 'asesa-native-test-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('native binary naming', () => {
  it('names one folder per Electron version, platform and CPU', () => {
    expect(nativeFolderName('42.11.18', 'win32', 'x64')).toBe('electron-42.11.18-win32-x64');
    expect(nativeBindingSegments('42.11.18', 'linux', 'arm64')).toEqual([
      'native',
      'electron-42.11.18-linux-arm64',
      'better_sqlite3.node',
    ]);
  });

  it.each([
    ['a version with a path in it', '../../etc', 'linux', 'x64'],
    ['a version that is not one', 'latest', 'linux', 'x64'],
    ['an unknown platform', '42.11.18', 'aix', 'x64'],
    ['an arch with a slash', '42.11.18', 'linux', 'x64/../..'],
    ['a non-string version', 42 as unknown as string, 'linux', 'x64'],
  ])('refuses %s', (_name, version, platform, arch) => {
    expect(() => nativeFolderName(version, platform, arch)).toThrow(/native:/);
  });

  it('gives the desktop app the same file the script writes, from the repository', () => {
    const root = '/repo';
    expect(
      electronNativeBinding({
        isPackaged: false,
        appPath: root,
        resourcesPath: '/ignored',
        electronVersion: '42.11.18',
        platform: 'linux',
        arch: 'x64',
      }),
    ).toBe(nativeBindingPath(root, '42.11.18', 'linux', 'x64'));
  });

  it('looks in resources/native when packaged (electron-builder extraResources)', () => {
    expect(
      electronNativeBinding({
        isPackaged: true,
        appPath: '/opt/Asesa/resources/app.asar',
        resourcesPath: '/opt/Asesa/resources',
        electronVersion: '42.11.18',
        platform: 'linux',
        arch: 'x64',
      }),
    ).toBe(join('/opt/Asesa/resources', 'native', 'electron-42.11.18-linux-x64', 'better_sqlite3.node'));
  });
});

describe('fetch and build commands', () => {
  it('asks prebuild-install for the Electron runtime, version, platform and CPU', () => {
    expect(prebuildInstallArgs('42.11.18', 'win32', 'x64')).toEqual([
      '--runtime=electron',
      '--target=42.11.18',
      '--arch=x64',
      '--platform=win32',
      '--verbose',
    ]);
  });

  it('compiles with node-gyp against the Electron headers, never the Node ones', () => {
    const args = nodeGypArgs('42.11.18', 'x64');
    expect(args).toContain('--target=42.11.18');
    expect(args).toContain('--runtime=electron');
    expect(args).toContain('--dist-url=https://electronjs.org/headers');
    expect(args[0]).toBe('rebuild');
  });

  it('keeps npm settings that would build for Node away from the child processes', () => {
    const env = childEnv({
      PATH: '/usr/bin',
      npm_config_nodedir: '/usr',
      NPM_CONFIG_TARGET: '20.20.0',
      npm_config_runtime: 'node',
      npm_config_arch: 'ia32',
      npm_config_disturl: 'https://nodejs.org/dist',
      npm_config_https_proxy: 'http://proxy:3128',
      npm_config_cache: '/root/.npm',
      UNSET: undefined,
    });
    expect(env).toEqual({
      PATH: '/usr/bin',
      npm_config_https_proxy: 'http://proxy:3128',
      npm_config_cache: '/root/.npm',
    });
  });

  it('reads --platform, --arch and --force, in both spellings', () => {
    const defaults = { platform: 'linux', arch: 'x64' };
    expect(parseCliArgs([], defaults)).toEqual({ platform: 'linux', arch: 'x64', force: false });
    expect(parseCliArgs(['--platform', 'win32', '--arch=ia32', '--force'], defaults)).toEqual({
      platform: 'win32',
      arch: 'ia32',
      force: true,
    });
    expect(() => parseCliArgs(['--platform'], defaults)).toThrow(/needs a value/);
    expect(() => parseCliArgs(['--platform', 'beos'], defaults)).toThrow(/unsupported platform/);
    expect(() => parseCliArgs(['--rebuild'], defaults)).toThrow(/unknown argument/);
  });

  it("understands electron-builder's hook context", () => {
    expect(builderTarget({ electronPlatformName: 'win32', arch: 1 })).toEqual({
      platform: 'win32',
      arch: 'x64',
    });
    expect(builderTarget({ platform: { nodeName: 'linux' }, arch: 3 })).toEqual({
      platform: 'linux',
      arch: 'arm64',
    });
    expect(() => builderTarget({ electronPlatformName: 'win32', arch: 4 })).toThrow(/unsupported arch/);
  });

  it('explains a failed first start in Indonesian and English on one line', () => {
    const line = failureLine('42.11.18');
    expect(line).not.toContain('\n');
    expect(line).toMatch(/koneksi internet/);
    expect(line).toMatch(/needs network on its first start/);
  });
});

describe('ensureElectronNative', () => {
  it('reuses a build that is already there without running anything', () => {
    const root = tempRoot();
    const file = nativeBindingPath(root, '42.11.18', 'linux', 'x64');
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, 'binary');
    const lines: string[] = [];
    const result = ensureElectronNative({
      root,
      electronVersion: '42.11.18',
      platform: 'linux',
      arch: 'x64',
      log: (line: string) => lines.push(line),
    });
    expect(result).toBe(file);
    expect(lines).toEqual([]);
  });

  it('treats an empty file as missing and says what is wrong when better-sqlite3 is absent', () => {
    const root = tempRoot();
    const file = nativeBindingPath(root, '42.11.18', 'linux', 'x64');
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, '');
    expect(() =>
      ensureElectronNative({
        root,
        electronVersion: '42.11.18',
        platform: 'linux',
        arch: 'x64',
        log: () => {},
      }),
    ).toThrow(/better-sqlite3 is missing/);
  });

  it('reads the Electron version from node_modules/electron', () => {
    expect(installedElectronVersion()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
