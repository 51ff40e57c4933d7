import { Command } from 'commander';
import type { DemoResult } from '../../../shared/contract';
import { printResult, type Output } from '../output';
import { parsePositiveInt } from '../parse';
import { outputFor, waitForJob, withApp, type GlobalOptions } from '../session';

export function demoCommand(globals: () => GlobalOptions, io: Pick<Output, 'stdout' | 'stderr'>): Command {
  return new Command('demo')
    .description('membuat program contoh berisi peserta dan penilai (PIN penilai: 123456)')
    .option('--candidates <n>', 'jumlah peserta', parsePositiveInt, 120)
    .option('--seed <n>', 'benih acak; benih sama menghasilkan data sama', parsePositiveInt, 2022)
    .action(async (flags: { candidates: number; seed: number }) => {
      const out = outputFor(globals(), io);
      await withApp(globals(), out, async (call, app) => {
        const { jobId } = await call('demo:create', { candidates: flags.candidates, seed: flags.seed });
        const result = await waitForJob<DemoResult>(call, app, out, jobId);
        printResult(
          out,
          result,
          () =>
            `Program contoh ${result.code} dibuat: ${result.candidates} peserta, ${result.assessors} penilai (PIN 123456).`,
        );
      });
    });
}
