import { Command } from 'commander';
import type { ReportRenderResult } from '../../../shared/contract';
import { printResult, type Output } from '../output';
import { candidateByNip } from '../roster-lookup';
import { writeDownloadTo } from '../write-out';
import { outputFor, programByCode, waitForJob, withApp, type GlobalOptions } from '../session';

export function reportCommand(globals: () => GlobalOptions, io: Pick<Output, 'stdout' | 'stderr'>): Command {
  return new Command('report')
    .description('laporan individu hasil asesmen (PDF): satu peserta, atau semua peserta dalam satu PDF')
    .requiredOption('--program <kode>', 'kode program')
    .option('--nip <nip>', 'NIP peserta (bawaan: semua peserta)')
    .requiredOption('--out <berkas>', 'berkas tujuan .pdf')
    .action(async (flags: { program: string; nip?: string; out: string }) => {
      const out = outputFor(globals(), io);
      await withApp(globals(), out, async (call, app) => {
        const program = await programByCode(call, flags.program);
        let candidateIds: number[] | undefined;
        if (flags.nip !== undefined) {
          candidateIds = [(await candidateByNip(call, program.id, flags.nip)).id];
        }
        const { jobId } = await call('reports:render', {
          programId: program.id,
          ...(candidateIds && { candidateIds }),
        });
        const result = await waitForJob<ReportRenderResult>(call, app, out, jobId);
        writeDownloadTo(app, result.file.id, flags.out);
        printResult(
          out,
          { out: flags.out, count: result.count, size: result.file.size },
          () => `Laporan ${result.count} peserta ditulis ke ${flags.out}`,
        );
      });
    });
}
