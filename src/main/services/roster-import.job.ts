import type { FileRef, OpParsedInput, RosterImportResult, RosterPreviewResult } from '../../shared/contract';
import { renderRosterProblems } from '../documents/roster-problems.xlsx';
import { createCandidatesRepo } from '../db/repos/candidates.repo';
import type { JobContext } from '../jobs/job-types';
import { createFilesService } from './files.service';
import { analyseRosterFile, type RosterAnalysis } from './roster/roster-import';
import { commitRoster } from './roster/roster-commit';

type PreviewInput = OpParsedInput<'roster:preview'>;
type ImportInput = OpParsedInput<'roster:import'>;

async function analyse(
  ctx: JobContext<PreviewInput>,
): Promise<{ analysis: RosterAnalysis; problemReport: FileRef | null }> {
  const { input, db } = ctx;
  const files = createFilesService(ctx.dataDir);
  const upload = files.upload(input.uploadId);
  const existing = new Set(
    createCandidatesRepo(db)
      .list(input.programId)
      .map((c) => c.nip),
  );
  const analysis = await analyseRosterFile(upload.path, upload.fileName, existing, {
    sheet: input.sheet,
    mapping: input.mapping,
    progress: (done, total, phase) => ctx.progress(done, total, phase),
    checkCancelled: () => ctx.checkCancelled(),
  });
  const { errors, warnings } = analysis.preview;
  let problemReport: FileRef | null = null;
  if (errors.length + warnings.length > 0) {
    const target = files.reserveDownload(`masalah-impor-${upload.fileName.replace(/\.[^.]+$/, '')}.xlsx`);
    await renderRosterProblems(
      { fileName: upload.fileName, sheet: analysis.preview.sheet, errors, warnings },
      target.tempPath,
    );
    const stored = target.commit();
    problemReport = { id: stored.id, fileName: stored.fileName, size: stored.size };
  }
  return { analysis, problemReport };
}

/** Reads the file and reports what an import would do; writes nothing. */
export async function runRosterPreviewJob(ctx: JobContext<PreviewInput>): Promise<RosterPreviewResult> {
  const { analysis, problemReport } = await analyse(ctx);
  return { preview: analysis.preview, problemReport };
}

/**
 * Imports in one transaction. With error rows and without "valid rows only" nothing is written
 * and the result says why, so every door can show the problems instead of a bare failure.
 */
export async function runRosterImportJob(ctx: JobContext<ImportInput>): Promise<RosterImportResult> {
  const { analysis, problemReport } = await analyse(ctx as JobContext<PreviewInput>);
  const { preview } = analysis;
  if (preview.errorRows > 0 && !ctx.input.validOnly) {
    return { preview, problemReport, imported: 0, updated: 0, skipped: preview.rows };
  }
  const counts = commitRoster(
    ctx.db,
    ctx.input.programId,
    analysis,
    ctx.input.validOnly ? 'valid-only' : 'all-or-nothing',
    ctx.caller,
    ctx.now(),
    (done, total) => ctx.progress(done, total, 'menyimpan'),
    () => ctx.checkCancelled(),
  );
  return { preview, problemReport, ...counts };
}
