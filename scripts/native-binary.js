// Pure helpers shared by scripts/ensure-electron-native.js and src/main/shell/native-binding.ts:
// where the Electron build of better-sqlite3 lives and how it is fetched or built. No I/O here,
// so the naming and the command lines are unit-tested (tests/unit/shell/native-binary.test.ts).
//
// `npm test` loads node_modules/better-sqlite3/build/Release/better_sqlite3.node (the Node build
// npm ci made). The desktop app needs a build for Electron's ABI; it is kept beside the Node one,
// never on top of it, and handed to better-sqlite3 through its `nativeBinding` option.

export const NATIVE_DIR = 'native';
export const BINARY_NAME = 'better_sqlite3.node';
export const ELECTRON_HEADERS_URL = 'https://electronjs.org/headers';

const VERSION = /^\d{1,4}\.\d{1,4}\.\d{1,6}(?:-[0-9A-Za-z.]{1,40})?$/;
const PLATFORMS = ['win32', 'linux', 'darwin'];
const ARCHES = ['x64', 'arm64', 'ia32', 'armv7l'];
/** electron-builder's Arch enum (builder-util): the number its hooks receive. */
const BUILDER_ARCHES = ['ia32', 'x64', 'armv7l', 'arm64'];

function check(value, allowed, what) {
  if (typeof value !== 'string' || !allowed.includes(value)) {
    throw new Error(`native: unsupported ${what} ${JSON.stringify(value)} (expected ${allowed.join(', ')})`);
  }
  return value;
}

export function checkVersion(version) {
  if (typeof version !== 'string' || !VERSION.test(version)) {
    throw new Error(`native: not an Electron version: ${JSON.stringify(version)}`);
  }
  return version;
}

/** One folder per Electron version, platform and CPU, so an Electron upgrade fetches a new build. */
export function nativeFolderName(electronVersion, platform, arch) {
  return `electron-${checkVersion(electronVersion)}-${check(platform, PLATFORMS, 'platform')}-${check(arch, ARCHES, 'arch')}`;
}

/** Path segments of the binary below a base folder (the repository, or resources/ when packaged). */
export function nativeBindingSegments(electronVersion, platform, arch) {
  return [NATIVE_DIR, nativeFolderName(electronVersion, platform, arch), BINARY_NAME];
}

/** Arguments for prebuild-install, run inside a copy of better-sqlite3: download the Electron prebuild. */
export function prebuildInstallArgs(electronVersion, platform, arch) {
  nativeFolderName(electronVersion, platform, arch);
  return [
    '--runtime=electron',
    `--target=${electronVersion}`,
    `--arch=${arch}`,
    `--platform=${platform}`,
    '--verbose',
  ];
}

/** Arguments for node-gyp, the fallback when no prebuild exists: compile against Electron's headers. */
export function nodeGypArgs(electronVersion, arch) {
  checkVersion(electronVersion);
  check(arch, ARCHES, 'arch');
  return [
    'rebuild',
    '--release',
    '--runtime=electron',
    `--target=${electronVersion}`,
    `--arch=${arch}`,
    `--dist-url=${ELECTRON_HEADERS_URL}`,
  ];
}

/**
 * npm passes its config to scripts as npm_config_* variables. Those that pick a runtime or a header
 * folder (this machine's npmrc sets nodedir to the Node headers) would build for Node instead of
 * Electron, so the child processes never see them; proxies and caches pass through.
 */
const CONFLICTING = new Set([
  'npm_config_nodedir',
  'npm_config_target',
  'npm_config_runtime',
  'npm_config_arch',
  'npm_config_target_arch',
  'npm_config_platform',
  'npm_config_target_platform',
  'npm_config_disturl',
  'npm_config_dist_url',
]);

export function childEnv(env) {
  const result = {};
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined || CONFLICTING.has(name.toLowerCase())) continue;
    result[name] = value;
  }
  return result;
}

/** `--platform win32 --arch x64 --force`; defaults are this machine's. */
export function parseCliArgs(argv, defaults) {
  const options = { platform: defaults.platform, arch: defaults.arch, force: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s) : [arg, undefined];
    if (name === '--force') options.force = true;
    else if (name === '--platform' || name === '--arch') {
      const value = inline ?? argv[(i += 1)];
      if (value === undefined) throw new Error(`native: ${name} needs a value`);
      options[name.slice(2)] = value;
    } else throw new Error(`native: unknown argument ${JSON.stringify(arg)}`);
  }
  check(options.platform, PLATFORMS, 'platform');
  check(options.arch, ARCHES, 'arch');
  return options;
}

/** electron-builder hands its hooks the arch as a number and the platform as a name or object. */
export function builderTarget(context) {
  const arch = typeof context.arch === 'number' ? BUILDER_ARCHES[context.arch] : context.arch;
  const platform =
    context.electronPlatformName ?? context.platform?.nodeName ?? context.packager?.platform?.nodeName;
  return { platform: check(platform, PLATFORMS, 'platform'), arch: check(arch, ARCHES, 'arch') };
}

/** The line `npm start` prints when neither a prebuild nor a compile worked. */
export function failureLine(electronVersion) {
  return (
    `Asesa: komponen database untuk Electron ${electronVersion} belum ada; jalankan "npm start" pertama kali ` +
    `dengan koneksi internet. / The desktop app needs network on its first start to fetch better-sqlite3 ` +
    `for Electron ${electronVersion}.`
  );
}
