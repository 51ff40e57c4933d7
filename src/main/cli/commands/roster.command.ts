import { copyFileSync, createReadStream, renameSync } from 'node:fs';
import { basename } from 'node:path';
import { Command } from 'commander';
import type { RosterImportResult, RosterPreviewResult, RosterProblem } from '../../../shared/contract';
import { formatGrade } from '../../../shared/domain/grades';
import { CliUserError, CommandExit, EXIT_USER_ERROR, printResult, table, type Output } from '../output';
import { outputFor, programByCode, waitForJob, withApp, type GlobalOptions } from '../session';

interface ImportFlags {
  program: string;
  sheet?: string;
  dryRun?: boolean;
  validOnly?: boolean;
}

function problemLines(label: string, problems: RosterProblem[]): string[] {
  return problems.map((p) => `  ${label} baris ${p.row}, kolom ${p.column}: ${p.message} [${p.code}]`);
}

export function rosterCommand(globals: () => GlobalOptions, io: Pick<Output, 'stdout' | 'stderr'>): Command {
  const roster = new Command('roster').description('daftar peserta: impor, lihat, templat');

  roster
    .command('import')
    .description('mengimpor daftar peserta dari .xlsx atau .csv')
    .argument('<berkas>', 'berkas .xlsx atau .csv')
    .requiredOption('--program <kode>', 'kode program')
    .option('--sheet <nama>', 'nama sheet (bawaan: dicari otomatis)')
    .option('--dry-run', 'hanya periksa; tidak menyimpan apa pun')
    .option('--valid-only', 'simpan baris yang valid walaupun ada baris bermasalah')
    .action(async (file: string, flags: ImportFlags) => {
      const out = outputFor(globals(), io);
      const hadErrors = await withApp(globals(), out, async (call, app) => {
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
        const source = {
          programId: program.id,
          uploadId: upload.id,
          ...(flags.sheet && { sheet: flags.sheet }),
        };
        const result: RosterImportResult = flags.dryRun
          ? {
              ...(await waitForJob<RosterPreviewResult>(
                call,
                app,
                out,
                (await call('roster:preview', source)).jobId,
              )),
              imported: 0,
              updated: 0,
              skipped: 0,
            }
          : await waitForJob<RosterImportResult>(
              call,
              app,
              out,
              (await call('roster:import', { ...source, validOnly: flags.validOnly === true })).jobId,
            );
        const { preview } = result;
        const report = {
          sheet: preview.sheet,
          headerRow: preview.headerRow,
          rows: preview.rows,
          imported: result.imported,
          updated: result.updated,
          skipped: result.skipped,
          errors: preview.errors,
          warnings: preview.warnings,
        };
        printResult(out, report, () =>
          [
            `Sheet "${preview.sheet}", judul kolom di baris ${preview.headerRow}: ${preview.rows} baris data.`,
            flags.dryRun
              ? `Pemeriksaan saja: ${preview.valid} valid, ${preview.errorRows} bermasalah, ${preview.newCount} baru, ${preview.updatedCount} diperbarui bila diimpor.`
              : `Diimpor ${result.imported} baru, ${result.updated} diperbarui, ${result.skipped} dilewati.`,
            ...problemLines('Galat', preview.errors),
            ...problemLines('Peringatan', preview.warnings),
            preview.errorRows > 0 && !flags.validOnly && !flags.dryRun
              ? 'Tidak ada yang disimpan karena ada baris bermasalah. Perbaiki berkasnya, atau pakai --valid-only.'
              : '',
          ]
            .filter(Boolean)
            .join('\n'),
        );
        return preview.errorRows > 0;
      });
      // Some rows had errors: the report is printed, and scripts see it in the exit code.
      if (hadErrors) throw new CommandExit(EXIT_USER_ERROR);
    });

  roster
    .command('list')
    .description('daftar peserta sebuah program')
    .requiredOption('--program <kode>', 'kode program')
    .action(async (flags: { program: string }) => {
      const out = outputFor(globals(), io);
      await withApp(globals(), out, async (call) => {
        const program = await programByCode(call, flags.program);
        const candidates = await call('roster:list', { programId: program.id });
        const rows = candidates.map((c) => ({
          participantNo: c.participantNo,
          nip: c.nip,
          name: c.name,
          gender: c.gender,
          grade: c.grade,
          position: c.position,
          positionLevel: c.positionLevel,
          unit: c.unit,
        }));
        printResult(out, rows, () =>
          table(
            ['NO', 'NIP', 'NAMA', 'PANGKAT/GOL.', 'JABATAN', 'UNIT KERJA'],
            rows.map((r) => [r.participantNo, r.nip, r.name, formatGrade(r.grade), r.position, r.unit]),
          ),
        );
      });
    });

  roster
    .command('template')
    .description('membuat templat daftar peserta (.xlsx) untuk perangkat daerah')
    .requiredOption('--out <berkas>', 'berkas tujuan .xlsx')
    .action(async (flags: { out: string }) => {
      const out = outputFor(globals(), io);
      await withApp(globals(), out, async (call, app) => {
        const ref = await call('roster:template', {});
        copyFileSync(app.files.download(ref.id).path, `${flags.out}.tmp`);
        renameSync(`${flags.out}.tmp`, flags.out);
        printResult(out, { out: flags.out }, () => `Templat ditulis ke ${flags.out}`);
      });
    });

  return roster;
}
