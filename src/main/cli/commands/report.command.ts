import { copyFileSync, renameSync } from 'node:fs';
import { Command } from 'commander';
import type { ReportRenderResult } from '../../../shared/contract';
import { parseNip } from '../../../shared/domain/nip';
import { CliUserError, printResult, type Output } from '../output';
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
          const parsed = parseNip(flags.nip);
          const nip = parsed.ok ? parsed.nip : flags.nip.trim();
          const found = (await call('roster:list', { programId: program.id })).find((c) => c.nip === nip);
          if (!found)
            throw new CliUserError('not-found', `Peserta dengan NIP ${flags.nip} tidak ada di program ini.`);
          candidateIds = [found.id];
        }
        const { jobId } = await call('reports:render', {
          programId: program.id,
          ...(candidateIds && { candidateIds }),
        });
        const result = await waitForJob<ReportRenderResult>(call, app, out, jobId);
        copyFileSync(app.files.download(result.file.id).path, `${flags.out}.tmp`);
        renameSync(`${flags.out}.tmp`, flags.out);
        printResult(
          out,
          { out: flags.out, count: result.count, size: result.file.size },
          () => `Laporan ${result.count} peserta ditulis ke ${flags.out}`,
        );
      });
    });
}
