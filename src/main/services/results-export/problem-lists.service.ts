/**
 * The problem lists of the last imports, offered again on the export screen: the roster import's
 * problem report (a file the import job already wrote to the outbox) and the problems of the last
 * score-sheet import (rendered to .xlsx on request). Neither has a table of its own, so they are
 * kept in memory while the app runs — per programme, the last import of each kind — and a roster
 * report only while its outbox file lives (24 hours). A clean import clears the list of its kind.
 *
 * They are caught on the way past: `watchJobs` notes which programme a roster preview or import
 * job belongs to and the `job:finished` event brings its result; `watchScoreSheets` wraps the
 * score-sheet import and keeps its report.
 */
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  RosterPreviewResult,
  type FileRef,
  type ProblemListKind,
  type ProblemListSummary,
  type ProblemListsView,
  type ScoreSheetImportReport,
} from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { renderScoreSheetProblems } from '../../documents/results-workbook/score-sheet-problems';
import type { EventBus } from '../../events';
import type { JobRunner } from '../../jobs/runner';
import type { FilesService } from '../files.service';
import type { ScoreSheetsService } from '../score-sheets/score-sheets.service';

export interface ProblemListsDeps {
  events: EventBus;
  files: FilesService;
  now: () => Date;
}

type Entry =
  | { summary: ProblemListSummary; kind: 'roster'; file: FileRef }
  | { summary: ProblemListSummary; kind: 'score-sheet'; report: ScoreSheetImportReport };

const ROSTER_JOBS = new Set(['roster:preview', 'roster:import']);
const keyOf = (programId: number, kind: ProblemListKind) => `${programId}:${kind}`;

export function createProblemListsService({ events, files, now }: ProblemListsDeps) {
  const rosterJobs = new Map<string, number>();
  const latest = new Map<string, Entry>();

  events.subscribe((event) => {
    if (event.name !== 'job:finished') return;
    const programId = rosterJobs.get(event.payload.jobId);
    if (programId === undefined) return;
    rosterJobs.delete(event.payload.jobId);
    const parsed = RosterPreviewResult.safeParse(event.payload.result);
    if (event.payload.status !== 'done' || !parsed.success) return;
    const { preview, problemReport } = parsed.data;
    const key = keyOf(programId, 'roster');
    if (!problemReport) {
      latest.delete(key);
      return;
    }
    latest.set(key, {
      kind: 'roster',
      file: problemReport,
      summary: {
        kind: 'roster',
        fileName: preview.fileName,
        at: now().toISOString(),
        errors: preview.errors.length,
        warnings: preview.warnings.length,
        conflicts: 0,
      },
    });
  });

  function noteScoreSheet(programId: number, report: ScoreSheetImportReport): void {
    const key = keyOf(programId, 'score-sheet');
    if (report.errors.length + report.warnings.length + report.conflicts.length === 0) {
      latest.delete(key);
      return;
    }
    latest.set(key, {
      kind: 'score-sheet',
      report,
      summary: {
        kind: 'score-sheet',
        fileName: report.fileName,
        at: now().toISOString(),
        errors: report.errors.length,
        warnings: report.warnings.length,
        conflicts: report.conflicts.length,
      },
    });
  }

  /** A roster report is listed only while its outbox file is still there. */
  function stillThere(entry: Entry): boolean {
    if (entry.kind !== 'roster') return true;
    try {
      files.download(entry.file.id);
      return true;
    } catch {
      return false;
    }
  }

  return {
    /** The same runner, noting the programme of every roster preview or import it starts. */
    watchJobs(jobs: JobRunner): JobRunner {
      return {
        ...jobs,
        start(kind, input, caller) {
          const state = jobs.start(kind, input, caller);
          if (ROSTER_JOBS.has(kind)) rosterJobs.set(state.jobId, (input as { programId: number }).programId);
          return state;
        },
      };
    },

    /** The same service, keeping the report of every score-sheet import. */
    watchScoreSheets(service: ScoreSheetsService): ScoreSheetsService {
      return {
        ...service,
        async importSheet(input, ctx) {
          const report = await service.importSheet(input, ctx);
          noteScoreSheet(input.programId, report);
          return report;
        },
      };
    },

    noteScoreSheet,

    list(programId: number): ProblemListsView {
      const lists: ProblemListSummary[] = [];
      for (const kind of ['roster', 'score-sheet'] as const) {
        const entry = latest.get(keyOf(programId, kind));
        if (entry && stillThere(entry)) lists.push(entry.summary);
      }
      return { programId, lists };
    },

    async file(programId: number, kind: ProblemListKind): Promise<FileRef> {
      const entry = latest.get(keyOf(programId, kind));
      if (!entry || !stillThere(entry)) throw new AppError('problem-list-unavailable');
      if (entry.kind === 'roster') return entry.file;
      const stamp = entry.summary.at.slice(0, 10).replace(/-/g, '');
      const target = files.reserveDownload(`masalah-lembar-penilaian-${stamp}.xlsx`);
      try {
        await renderScoreSheetProblems(entry.report, entry.summary.at, target.tempPath);
      } catch (error) {
        rmSync(dirname(target.tempPath), { recursive: true, force: true });
        throw error;
      }
      const stored = target.commit();
      return { id: stored.id, fileName: stored.fileName, size: stored.size };
    },
  };
}

export type ProblemListsService = ReturnType<typeof createProblemListsService>;
