import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ExportResultsResult, OpParsedInput } from '../../../shared/contract';
import { writeResultsCsv } from '../../documents/results-workbook/results-csv';
import { writeResultsWorkbook } from '../../documents/results-workbook/results-workbook';
import type { JobContext } from '../../jobs/job-types';
import { APP_VERSION } from '../../version';
import { createFilesService } from '../files.service';
import { buildResultsExportView, describeCaller } from './export-view';

type ExportInput = OpParsedInput<'export:results'>;

const pad = (n: number) => String(n).padStart(2, '0');

/** "hasil-asesmen-TA-2023-20230225.xlsx": the programme and the local date it was made. */
export function exportFileName(code: string, at: Date, format: 'xlsx' | 'csv'): string {
  const day = `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}`;
  const part = format === 'csv' ? '-rekapitulasi' : '';
  return `hasil-asesmen-${code}${part}-${day}.${format}`;
}

/**
 * The `results:export` job: computes the results, writes the workbook (or the CSV) to a temporary
 * name in the outbox and renames it when complete. A failure or a cancel removes the partial
 * file, so the outbox never holds half a workbook under a real name. Phases: "menghitung", then
 * the sheet being written.
 */
export async function runResultsExportJob(ctx: JobContext<ExportInput>): Promise<ExportResultsResult> {
  const { db, input } = ctx;
  ctx.progress(0, 0, 'menghitung');
  const generatedAt = ctx.now();
  const view = buildResultsExportView(db, input.programId, {
    generatedAt,
    generatedBy: describeCaller(ctx.caller),
    appVersion: APP_VERSION,
  });
  ctx.checkCancelled();

  const target = createFilesService(ctx.dataDir).reserveDownload(
    exportFileName(view.program.code, generatedAt, input.format),
  );
  const options = {
    progress: (done: number, total: number, phase: string) => ctx.progress(done, total, phase),
    checkCancelled: () => ctx.checkCancelled(),
  };
  try {
    let rows: ExportResultsResult['rows'];
    let dataSha256: string | null = null;
    if (input.format === 'csv') {
      const candidates = await writeResultsCsv(view, target.tempPath, input.separator, options);
      rows = { candidates, ratings: 0, attendance: 0, certificates: 0 };
    } else {
      const outcome = await writeResultsWorkbook(view, target.tempPath, options);
      rows = outcome.rows;
      dataSha256 = outcome.dataSha256;
    }
    const stored = target.commit();
    return {
      programId: input.programId,
      format: input.format,
      file: { id: stored.id, fileName: stored.fileName, size: stored.size },
      rows,
      dataSha256,
    };
  } catch (error) {
    // The reserved folder holds only the partial file: take both.
    rmSync(dirname(target.tempPath), { recursive: true, force: true });
    throw error;
  }
}
