#!/usr/bin/env node
// Makes sure an Electron build of better-sqlite3 exists in native/electron-<v>-<platform>-<arch>/,
// beside (never on top of) the Node build in node_modules that `npm test` uses. `npm start` and
// `npm run dev` run it before Electron; electron-builder runs it as its beforePack hook for the
// platform being packaged (see electron-builder.yml).
//
// It works in a temporary copy of node_modules/better-sqlite3: first prebuild-install downloads the
// published Electron prebuild; where none exists, node-gyp compiles against Electron's headers.
// Either needs the network once; after that the file is reused until Electron's version changes.
// (@electron/rebuild is not used: it rebuilds in place and deletes the Node build first.)
//
//   node scripts/ensure-electron-native.js [--platform win32] [--arch x64] [--force]

import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  builderTarget,
  childEnv,
  failureLine,
  nativeBindingSegments,
  nodeGypArgs,
  parseCliArgs,
  prebuildInstallArgs,
} from './native-binary.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** What a rebuild needs from the package; build/ (the Node build, 370 MB of objects) stays put. */
const PACKAGE_PARTS = ['package.json', 'binding.gyp', 'src', 'deps'];

export function installedElectronVersion(root = ROOT) {
  const pkg = JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8'));
  return pkg.version;
}

export function nativeBindingPath(root, electronVersion, platform, arch) {
  return join(root, ...nativeBindingSegments(electronVersion, platform, arch));
}

function hasBinary(file) {
  try {
    return statSync(file).size > 0;
  } catch {
    return false;
  }
}

function run(command, args, cwd, log) {
  log(`native: ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { cwd, env: childEnv(process.env), stdio: 'inherit' });
  return result.status === 0;
}

function nodeGypCommand(root) {
  try {
    return createRequire(join(root, 'package.json')).resolve('node-gyp/bin/node-gyp.js');
  } catch {
    // npm tells its scripts where its own node-gyp is.
    return process.env.npm_config_node_gyp || null;
  }
}

/**
 * Returns the path of the Electron build, fetching or compiling it first if it is missing.
 * Throws (with the one-line explanation as message) when neither way works.
 */
export function ensureElectronNative(options) {
  const { root = ROOT, platform, arch, force = false, log = console.log } = options;
  const electronVersion = options.electronVersion ?? installedElectronVersion(root);
  const target = nativeBindingPath(root, electronVersion, platform, arch);
  if (!force && hasBinary(target)) return target;

  const source = join(root, 'node_modules', 'better-sqlite3');
  if (!existsSync(join(source, 'package.json'))) throw new Error(`native: ${source} is missing; run npm ci`);
  const prebuildInstall = createRequire(join(source, 'package.json')).resolve('prebuild-install/bin.js');

  const work = mkdtempSync(join(tmpdir(), 'asesa-native-'));
  try {
    const copy = join(work, 'better-sqlite3');
    for (const part of PACKAGE_PARTS) {
      if (existsSync(join(source, part))) cpSync(join(source, part), join(copy, part), { recursive: true });
    }
    const built = join(copy, 'build', 'Release', 'better_sqlite3.node');

    log(`native: fetching better-sqlite3 for Electron ${electronVersion} (${platform}-${arch})`);
    let ok =
      run(
        process.execPath,
        [prebuildInstall, ...prebuildInstallArgs(electronVersion, platform, arch)],
        copy,
        log,
      ) && hasBinary(built);

    // Compiling only makes sense for this machine's own platform and CPU.
    const gyp = nodeGypCommand(root);
    if (!ok && platform === process.platform && arch === process.arch && gyp) {
      log('native: no prebuild downloaded; compiling against the Electron headers instead');
      ok = run(process.execPath, [gyp, ...nodeGypArgs(electronVersion, arch)], copy, log) && hasBinary(built);
    }
    if (!ok) throw new Error(failureLine(electronVersion));

    mkdirSync(dirname(target), { recursive: true });
    // Copy then rename, so an interrupted run never leaves half a binary that looks present.
    cpSync(built, `${target}.tmp`);
    renameSync(`${target}.tmp`, target);
    log(`native: Electron build ready at ${target}`);
    return target;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** electron-builder `beforePack` hook: the packaged app ships this file from resources/native/. */
export async function beforePack(context) {
  const { platform, arch } = builderTarget(context);
  const electronVersion = context.packager?.config?.electronVersion ?? installedElectronVersion(ROOT);
  ensureElectronNative({ root: ROOT, electronVersion, platform, arch });
}

export default beforePack;

function main() {
  try {
    const options = parseCliArgs(process.argv.slice(2), { platform: process.platform, arch: process.arch });
    ensureElectronNative(options);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}

const invokedDirectly = process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) main();
