import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { summarise, type BenchRow } from './stats';

const RUNS = 7;

/** Process start → the page handed out → first API answer, as a browser would do it. */
async function oneColdStart(dataDir: string): Promise<number> {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    ['out/main/cli.js', '--json', '--data', dataDir, 'serve', '--port', '0'],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        try {
          resolve((JSON.parse(out) as { url: string }).url);
        } catch {
          // wait for the rest of the line
        }
      });
      child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
    });
    const page = await fetch(`${url}/`);
    const cookie = (page.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const answer = await fetch(`${url}/api/app:info`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: '{}',
    });
    if (!answer.ok) throw new Error(`app:info answered ${answer.status}`);
    await answer.json();
    return performance.now() - started;
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
}

export async function run(): Promise<BenchRow[]> {
  const first: number[] = [];
  const again: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const dataDir = mkdtempSync(join(tmpdir(), 'asesa-bench-'));
    try {
      first.push(await oneColdStart(dataDir)); // creates and migrates the database
      again.push(await oneColdStart(dataDir)); // opens an existing database
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  return [
    summarise('web door cold start, new data folder', first, 'ms'),
    summarise('web door cold start, existing data folder', again, 'ms'),
  ];
}
