import type { FileRef, ScoreSheetImportReport } from '../../../shared/contract';
import { formatDateId } from '../../../shared/domain/dates';
import { AppError } from '../../../shared/errors';
import type { CallContext } from '../../context';
import type { Db } from '../../db/open';
import type { RatingsRepo } from '../../db/repos/ratings.repo';
import { renderScoreSheet, type ScoreSheetView } from '../../documents/score-sheet.xlsx';
import type { FilesService } from '../files.service';
import type { ProgramsService } from '../programs.service';
import type { ScoringService } from '../scoring.service';
import { importScoreSheet } from './score-sheet-import';
import { readScoreSheetFile } from './score-sheet-read';

export interface ScoreSheetsServiceDeps {
  db: Db;
  ratings: RatingsRepo;
  scoring: ScoringService;
  programs: ProgramsService;
  files: FilesService;
  now: () => Date;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "25 Februari 2023 pukul 08.00", in the venue's local time. */
function localStamp(date: Date): string {
  const iso = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `${formatDateId(iso)} pukul ${pad(date.getHours())}.${pad(date.getMinutes())}`;
}

function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase()
      .slice(0, 40) || 'asesor'
  );
}

/** Paper score sheets: the fallback for an assessor without a laptop, and for a power cut. */
export function createScoreSheetsService({
  db,
  ratings,
  scoring,
  programs,
  files,
  now,
}: ScoreSheetsServiceDeps) {
  function view(programId: number, assessorId: number): ScoreSheetView {
    const program = programs.get(programId);
    const assessor = ratings.assessor(assessorId);
    if (!assessor || assessor.programId !== programId) throw new AppError('not-found');
    // Rubric-judged methods (panel scores 1–100 per criterion) are scored on a screen only.
    const sheets = ratings
      .sheetsOf(programId, assessorId)
      .filter((sheet) => !ratings.rubricOf(sheet.methodId));
    const rates = new Map<number, Set<number>>();
    for (const { methodId, competencyId } of ratings.programMatrix(programId)) {
      const set = rates.get(methodId) ?? new Set();
      set.add(competencyId);
      rates.set(methodId, set);
    }
    const used = new Set(sheets.flatMap((s) => [...(rates.get(s.methodId) ?? [])]));
    const levels = ratings.programLevels(programId);
    const at = now();
    return {
      program: { id: program.id, code: program.code, name: program.name },
      assessor: { id: assessor.id, name: assessor.name },
      generatedAt: at.toISOString(),
      generatedAtText: localStamp(at),
      competencies: ratings
        .programCompetencies(programId)
        .filter((c) => used.has(c.id))
        .map((c) => ({
          id: c.id,
          code: c.code,
          name: c.name,
          levels: levels.filter((l) => l.competencyId === c.id),
        })),
      rows: sheets.map((s) => ({
        assignmentId: s.assignmentId,
        participantNo: s.participantNo,
        nip: s.nip,
        name: s.name,
        unit: s.unit,
        methodCode: s.methodCode,
        methodName: s.methodName,
        submitted: s.status === 'submitted',
        rates: rates.get(s.methodId) ?? new Set(),
      })),
    };
  }

  return {
    /** Levels are never written into the sheet: the operator prints it, and scoring is blind. */
    async exportSheet(programId: number, assessorId: number): Promise<FileRef> {
      const data = view(programId, assessorId);
      const target = files.reserveDownload(
        `lembar-penilaian-${data.program.code}-${slug(data.assessor.name)}-${assessorId}.xlsx`,
      );
      await renderScoreSheet(data, target.tempPath);
      const stored = target.commit();
      return { id: stored.id, fileName: stored.fileName, size: stored.size };
    },

    async importSheet(
      input: { programId: number; uploadId: string; submit: boolean },
      ctx: CallContext,
    ): Promise<ScoreSheetImportReport> {
      const program = programs.get(input.programId);
      if (program.archived) throw new AppError('program-archived');
      const upload = files.upload(input.uploadId);
      const file = await readScoreSheetFile(upload.path, upload.fileName);
      const { report, changed } = importScoreSheet(
        { db, ratings, scoring },
        file,
        {
          programId: input.programId,
          fileName: upload.fileName,
          submit: input.submit,
          at: now().toISOString(),
        },
        ctx,
      );
      scoring.emit(
        input.programId,
        'import',
        changed.map((assignment) => scoring.changedSheet(assignment)),
      );
      return report;
    },
  };
}

export type ScoreSheetsService = ReturnType<typeof createScoreSheetsService>;
