import { Command, InvalidArgumentError } from 'commander';
import type { CsvSeparator, ExportResultsResult } from '../../../shared/contract';
import { printResult, type Output } from '../output';
import { writeDownloadTo } from '../write-out';
import { outputFor, programByCode, waitForJob, withApp, type GlobalOptions } from '../session';

interface ResultsFlags {
  program: string;
  out: string;
  csv?: boolean;
  separator: CsvSeparator;
}

function parseSeparator(value: string): CsvSeparator {
  const text = value === 'semicolon' ? ';' : value === 'comma' ? ',' : value;
  if (text !== ',' && text !== ';') throw new InvalidArgumentError("pemisah harus ',' atau ';'.");
  return text;
}

export function exportCommand(globals: () => GlobalOptions, io: Pick<Output, 'stdout' | 'stderr'>): Command {
  const root = new Command('export').description('ekspor hasil untuk BKPSDM');

  root
    .command('results')
    .description('buku kerja hasil (.xlsx, tujuh lembar) atau CSV rekapitulasinya')
    .requiredOption('--program <kode>', 'kode program')
    .requiredOption('--out <berkas>', 'berkas tujuan (.xlsx; .csv dengan --csv)')
    .option('--csv', 'tulis CSV rekapitulasi (UTF-8 dengan BOM, baris CRLF); juga bila --out berakhiran .csv')
    .option(
      '--separator <tanda>',
      "pemisah kolom CSV: ',' (bawaan) atau ';' untuk Excel berbahasa Indonesia",
      parseSeparator,
      ',' as CsvSeparator,
    )
    .action(async (flags: ResultsFlags) => {
      const out = outputFor(globals(), io);
      await withApp(globals(), out, async (call, app) => {
        const program = await programByCode(call, flags.program);
        const format = flags.csv || /\.csv$/i.test(flags.out) ? 'csv' : 'xlsx';
        const { jobId } = await call('export:results', {
          programId: program.id,
          format,
          separator: flags.separator,
        });
        const result = await waitForJob<ExportResultsResult>(call, app, out, jobId);
        writeDownloadTo(app, result.file.id, flags.out);
        const report = {
          out: flags.out,
          format,
          size: result.file.size,
          rows: result.rows,
          dataSha256: result.dataSha256,
        };
        printResult(out, report, () =>
          [
            `${format === 'csv' ? 'CSV rekapitulasi' : 'Buku kerja hasil'} ditulis ke ${flags.out}: ` +
              `${result.rows.candidates} peserta` +
              (format === 'xlsx'
                ? `, ${result.rows.ratings} baris penilaian, ${result.rows.attendance} baris kehadiran, ${result.rows.certificates} sertifikat.`
                : '.'),
            result.dataSha256 ? `SHA-256 data: ${result.dataSha256}` : '',
          ]
            .filter(Boolean)
            .join('\n'),
        );
      });
    });

  return root;
}
