import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../src/main/app';
import { ADMIN_CONTEXT } from '../src/main/context';
import { peakRssMb, summarise, type BenchRow } from './stats';

const CALLS = 1_000;
const WARMUP = 50;

/** A small audited write (programme update: transaction + audit row + fsync) through the dispatcher. */
export async function run(): Promise<BenchRow[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'asesa-bench-'));
  const app = await createApp({ dataDir });
  const ctx = ADMIN_CONTEXT('desktop');
  try {
    const created = await app.dispatcher.dispatch(
      'program:create',
      { code: 'BENCH', name: 'Program bench' },
      ctx,
    );
    if (!created.ok) throw new Error(created.error.message);
    const id = (created.value as { id: number }).id;
    const samples: number[] = [];
    for (let i = 0; i < WARMUP + CALLS; i++) {
      const started = performance.now();
      const result = await app.dispatcher.dispatch('program:update', { id, city: `Kota ${i}` }, ctx);
      const elapsed = performance.now() - started;
      if (!result.ok) throw new Error(result.error.message);
      if (i >= WARMUP) samples.push(elapsed);
    }
    return [
      summarise('dispatcher: program:update (audited write)', samples, 'ms', `peak RSS ${peakRssMb()} MB`),
    ];
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
