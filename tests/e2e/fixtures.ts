import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';

export interface RunningApp {
  url: string;
  dataDir: string;
}

/** Starts the web door on a free port with its own fresh data folder; resolves once it listens. */
export function startServer(dataDir: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    ['bin/asesa.js', '--json', '--data', dataDir, 'serve', '--port', '0'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      // `npm run test:e2e` builds once before Playwright starts.
      env: { ...process.env, ASESA_SKIP_BUILD: '1' },
    },
  );
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${stderr}`)), 30_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      try {
        const { url } = JSON.parse(stdout) as { url: string };
        clearTimeout(timer);
        resolve({ url, child });
      } catch {
        // Not the whole JSON document yet.
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}: ${stderr}`));
    });
  });
}

export const test = base.extend<{ app: RunningApp }>({
  // Playwright reads the fixtures a fixture depends on from its first parameter; this one needs none.
  // eslint-disable-next-line no-empty-pattern
  app: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'asesa-e2e-'));
    const { url, child } = await startServer(dataDir);
    await use({ url, dataDir });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect };

/** Calls an operation with this page's own session cookie, as the screens do. */
export async function call<T>(page: Page, operation: string, input: object): Promise<T> {
  const body = await page.evaluate(
    async ([op, payload]) => {
      const response = await fetch(`/api/${op}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(payload),
      });
      return response.json() as Promise<{ ok: boolean; value?: unknown; error?: unknown }>;
    },
    [operation, input] as const,
  );
  if (!body.ok) throw new Error(`${operation} failed: ${JSON.stringify(body.error)}`);
  return body.value as T;
}
