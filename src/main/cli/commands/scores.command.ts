import { copyFileSync, createReadStream, renameSync } from 'node:fs';
import { basename } from 'node:path';
import { Command } from 'commander';
import type { ScoreSheetProblem } from '../../../shared/contract';
import { CliUserError, CommandExit, EXIT_USER_ERROR, printResult, type Output } from '../output';
import { parsePositiveInt } from '../parse';
import { outputFor, programByCode, withApp, type GlobalOptions } from '../session';

function problemLines(label: string, problems: readonly ScoreSheetProblem[]): string[] {
  return problems.map((p) => `  ${label} baris ${p.row}, kolom ${p.column}: ${p.message} [${p.code}]`);
}

export function scoresCommand(globals: () => GlobalOptions, io: Pick<Output, 'stdout' | 'stderr'>): Command {
  const scores = new Command('scores').description('penilaian: lembar penilaian kertas (ekspor dan impor)');

  scores
    .command('export-sheet')
    .description('membuat lembar penilaian (.xlsx) seorang asesor untuk diisi di kertas atau Excel')
    .requiredOption('--program <kode>', 'kode program')
    .requiredOption('--assessor <id>', 'id asesor', parsePositiveInt)
    .requiredOption('--out <berkas>', 'berkas tujuan .xlsx')
    .action(async (flags: { program: string; assessor: number; out: string }) => {
      const out = outputFor(globals(), io);
      await withApp(globals(), out, async (call, app) => {
        const program = await programByCode(call, flags.program);
        const ref = await call('scores:export-sheet', { programId: program.id, assessorId: flags.assessor });
        copyFileSync(app.files.download(ref.id).path, `${flags.out}.tmp`);
        renameSync(`${flags.out}.tmp`, flags.out);
        printResult(
          out,
          { out: flags.out, size: ref.size },
          () => `Lembar penilaian ditulis ke ${flags.out}`,
        );
      });
    });

  scores
    .command('import')
    .description('mengimpor lembar penilaian yang sudah diisi (identitas diperiksa; idempoten)')
    .argument('<berkas>', 'berkas .xlsx hasil "scores export-sheet"')
    .requiredOption('--program <kode>', 'kode program')
    .option('--submit', 'kirim juga setiap lembar yang menjadi lengkap')
    .action(async (file: string, flags: { program: string; submit?: boolean }) => {
      const out = outputFor(globals(), io);
      const failed = await withApp(globals(), out, async (call, app) => {
        const program = await programByCode(call, flags.program);
        let upload;
        try {
          upload = await app.files.addUpload(createReadStream(file), basename(file));
        } catch (error) {
          if ((error as { code?: string }).code === 'ENOENT') {
            throw new CliUserError('file-not-found', `Berkas ${file} tidak ditemukan.`);
          }
          throw error;
        }
        const report = await call('scores:import-sheet', {
          programId: program.id,
          uploadId: upload.id,
          submit: flags.submit === true,
        });
        printResult(out, report, () =>
          [
            `Lembar penilaian ${report.assessor.name}: ${report.rows} baris.`,
            report.errors.length > 0
              ? 'Tidak ada yang disimpan karena ada baris bermasalah. Perbaiki lalu impor lagi.'
              : `Diimpor ${report.imported} baris baru, ${report.updated} diperbarui, ${report.skipped} dilewati` +
                (flags.submit ? `, ${report.submitted} lembar dikirim.` : '.'),
            ...problemLines('Galat', report.errors),
            ...problemLines('Konflik', report.conflicts),
            ...problemLines('Peringatan', report.warnings),
          ].join('\n'),
        );
        return report.errors.length > 0 || report.conflicts.length > 0;
      });
      // Errors or conflicts: the report is printed, and scripts see it in the exit code.
      if (failed) throw new CommandExit(EXIT_USER_ERROR);
    });

  return scores;
}
