import { useCallback, useState } from 'react';
import {
  RosterImportResult,
  RosterPreviewResult,
  type FileRef,
  type Program,
  type RosterField,
} from '../../../../shared/contract';
import { ERROR_MESSAGES } from '../../../../shared/errors';
import { useApi } from '../../api/api-context';
import type { ApiError } from '../../api/api-error';
import { useJob } from '../../api/use-job';

/** The operator's choices over what Asesa detected: another sheet, other columns. */
export interface ImportSource {
  sheet?: string | undefined;
  mapping?: Partial<Record<RosterField, number>> | undefined;
}

/** A message above the preview: why the last action did not go through. */
export interface ReviewNotice {
  tone: 'info' | 'error';
  message: string;
}

export interface Review {
  file: FileRef;
  source: ImportSource;
  result: RosterPreviewResult;
  notice: ReviewNotice | null;
}

export type ImportWizard =
  | { step: 'choose'; notice: ReviewNotice | null }
  | { step: 'reading'; file: FileRef }
  | { step: 'review'; review: Review; rereading: boolean }
  | { step: 'refused'; file: FileRef; error: ApiError; previous: Review | null }
  | { step: 'importing'; review: Review; validOnly: boolean }
  | { step: 'done'; review: Review; result: RosterImportResult };

/**
 * The import as a sequence the operator walks through: choose a file → the preview job reads it
 * → review (change sheet or columns: read again) → the import job commits → summary. Nothing is
 * written before the import job; a cancelled import writes nothing either.
 */
export function useRosterImport(program: Program, texts: { importCancelled: string; readCancelled: string }) {
  const api = useApi();
  const {
    job: previewRun,
    run: runPreview,
    cancel: cancelPreview,
    reset: resetPreview,
  } = useJob(RosterPreviewResult);
  const {
    job: importRun,
    run: runImport,
    cancel: cancelImport,
    reset: resetImport,
  } = useJob(RosterImportResult);
  const [wizard, setWizard] = useState<ImportWizard>({ step: 'choose', notice: null });

  const read = useCallback(
    async (file: FileRef, source: ImportSource, previous: Review | null) => {
      setWizard(previous ? { step: 'review', review: previous, rereading: true } : { step: 'reading', file });
      const outcome = await runPreview(() =>
        api.invoke('roster:preview', { programId: program.id, uploadId: file.id, ...source }),
      );
      switch (outcome.status) {
        case 'done':
          setWizard({
            step: 'review',
            review: { file, source, result: outcome.result, notice: null },
            rereading: false,
          });
          return;
        case 'cancelled':
          setWizard(
            previous
              ? { step: 'review', review: previous, rereading: false }
              : { step: 'choose', notice: { tone: 'info', message: texts.readCancelled } },
          );
          return;
        case 'failed':
          setWizard({ step: 'refused', file, error: outcome.error, previous });
          return;
      }
    },
    [api, program.id, runPreview, texts.readCancelled],
  );

  const choose = useCallback((file: FileRef) => void read(file, {}, null), [read]);
  const reread = useCallback(
    (review: Review, source: ImportSource) => void read(review.file, source, review),
    [read],
  );

  const commit = useCallback(
    async (review: Review, validOnly: boolean) => {
      setWizard({ step: 'importing', review, validOnly });
      const outcome = await runImport(() =>
        api.invoke('roster:import', {
          programId: program.id,
          uploadId: review.file.id,
          ...review.source,
          validOnly,
        }),
      );
      if (outcome.status === 'done') {
        const { result } = outcome;
        const next: Review = {
          ...review,
          result: { preview: result.preview, problemReport: result.problemReport },
        };
        // The file changed its verdict since the preview (another import in between): nothing
        // was written; show the new preview and the server's reason.
        if (!validOnly && result.preview.errorRows > 0 && result.imported + result.updated === 0) {
          const notice: ReviewNotice = { tone: 'error', message: ERROR_MESSAGES['roster-has-errors'] };
          setWizard({ step: 'review', review: { ...next, notice }, rereading: false });
          return;
        }
        setWizard({ step: 'done', review: next, result });
        return;
      }
      const notice: ReviewNotice =
        outcome.status === 'cancelled'
          ? { tone: 'info', message: texts.importCancelled }
          : { tone: 'error', message: outcome.error.message };
      setWizard({ step: 'review', review: { ...review, notice }, rereading: false });
    },
    [api, program.id, runImport, texts.importCancelled],
  );

  const restart = useCallback(() => {
    resetPreview();
    resetImport();
    setWizard({ step: 'choose', notice: null });
  }, [resetPreview, resetImport]);

  const backTo = useCallback((review: Review) => setWizard({ step: 'review', review, rereading: false }), []);

  return {
    wizard,
    previewRun,
    importRun,
    choose,
    reread,
    commit,
    restart,
    backTo,
    cancelPreview,
    cancelImport,
  };
}
