import { Command } from 'commander';
import type { DemoResult } from '../../../shared/contract';
import { CliUserError, printResult, type Output } from '../output';
import { parsePositiveInt } from '../parse';
import { outputFor, withApp, type GlobalOptions } from '../session';

export function demoCommand(globals: () => GlobalOptions, io: Pick<Output, 'stdout' | 'stderr'>): Command {
  return new Command('demo')
    .description('membuat program contoh berisi peserta dan penilai (PIN penilai: 123456)')
    .option('--candidates <n>', 'jumlah peserta', parsePositiveInt, 120)
    .option('--seed <n>', 'benih acak; benih sama menghasilkan data sama', parsePositiveInt, 2022)
    .action(async (flags: { candidates: number; seed: number }) => {
      const out = outputFor(globals(), io);
      await withApp(globals(), out, async (call, app) => {
        const { jobId } = await call('demo:create', { candidates: flags.candidates, seed: flags.seed });
        let lastShown = -1;
        const unsubscribe = app.events.subscribe((event) => {
          if (out.json || event.name !== 'job:progress' || event.payload.jobId !== jobId) return;
          const percent = event.payload.total
            ? Math.floor((100 * event.payload.done) / event.payload.total)
            : 0;
          if (percent >= lastShown + 10) {
            lastShown = percent;
            out.stderr(`  ${percent}% ${event.payload.phase}\n`);
          }
        });
        const state = await call('job:wait', { jobId });
        unsubscribe();
        if (state.status !== 'done' || !state.result) {
          throw new CliUserError(state.error?.code ?? 'job-failed', state.error?.message ?? 'Proses gagal.');
        }
        const result = state.result as DemoResult;
        printResult(
          out,
          result,
          () =>
            `Program contoh ${result.code} dibuat: ${result.candidates} peserta, ${result.assessors} penilai (PIN 123456).`,
        );
      });
    });
}
