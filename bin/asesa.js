#!/usr/bin/env node
// The `asesa` command. It runs the built CLI (out/main/cli.js) and builds it first when the build
// is missing or older than the sources, so `npx asesa` works right after `npm ci`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const cli = join(root, 'out', 'main', 'cli.js');
const renderer = join(root, 'out', 'renderer', 'index.html');

function newestSourceTime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSourceTime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function needsBuild() {
  if (!existsSync(cli) || !existsSync(renderer)) return true;
  const sources = join(root, 'src');
  // An installed copy without sources runs what it has.
  if (!existsSync(sources)) return false;
  return newestSourceTime(sources) > statSync(cli).mtimeMs;
}

// ASESA_SKIP_BUILD=1: the caller built already (end-to-end tests run many servers at once and
// must not rebuild out/ under each other's feet).
if (process.env.ASESA_SKIP_BUILD !== '1' && needsBuild()) {
  const electronVite = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  process.stderr.write('asesa: menyiapkan aplikasi (build)…\n');
  // Build output goes to stderr so that `--json` output on stdout stays clean.
  const result = spawnSync(process.execPath, [electronVite, 'build'], {
    cwd: root,
    stdio: ['ignore', process.stderr, process.stderr],
  });
  if (result.status !== 0) {
    process.stderr.write('asesa: build gagal; jalankan "npm ci" lalu coba lagi.\n');
    process.exit(1);
  }
}

await import(pathToFileURL(cli).href);
