import type {
  MySheets,
  OpParsedInput,
  SaveScoreResult,
  ScoreSheet,
  ScoresChanged,
  SheetCounts,
} from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { CallContext } from '../context';
import type { Db } from '../db/open';
import type { AuditRepo } from '../db/repos/audit.repo';
import type { AssignmentRecord, RatingRecord, RatingsRepo } from '../db/repos/ratings.repo';
import type { EventBus } from '../events';

export interface ScoringServiceDeps {
  db: Db;
  ratings: RatingsRepo;
  audit: AuditRepo;
  events: Pick<EventBus, 'emit'>;
  now: () => Date;
}

export const isExtreme = (level: number | null): boolean => level === 1 || level === 5;

type ChangedSheet = ScoresChanged['sheets'][number];

/** Blind scoring: an assessor reads and writes their own sheets only, and every change is audited. */
export function createScoringService({ db, ratings, audit, events, now }: ScoringServiceDeps) {
  function assessorOf(ctx: CallContext): number {
    if (ctx.assessorId === undefined || (ctx.role !== 'assessor' && ctx.role !== 'lead-assessor')) {
      throw new AppError('not-an-assessor');
    }
    return ctx.assessorId;
  }

  function mustGet(assignmentId: number): AssignmentRecord {
    const assignment = ratings.assignment(assignmentId);
    if (!assignment) throw new AppError('not-found');
    return assignment;
  }

  /** The sheet, if it is the caller's own: nobody reads or writes another assessor's sheet. */
  function ownSheet(assignmentId: number, ctx: CallContext): AssignmentRecord {
    const assessorId = assessorOf(ctx);
    const assignment = mustGet(assignmentId);
    if (assignment.assessorId !== assessorId) throw new AppError('forbidden');
    return assignment;
  }

  function countsOf(assignment: AssignmentRecord): SheetCounts {
    const counts = ratings.counts(assignment.id);
    return { assignmentId: assignment.id, status: assignment.status, ...counts };
  }

  function changedSheet(assignment: AssignmentRecord): ChangedSheet {
    return {
      ...countsOf(assignment),
      assessorId: assignment.assessorId,
      candidateId: assignment.candidateId,
      methodId: assignment.methodId,
    };
  }

  function emit(programId: number, action: ScoresChanged['action'], sheets: ChangedSheet[]): void {
    if (sheets.length > 0) events.emit('scores:changed', { programId, action, sheets });
  }

  /**
   * Writes one rating with its audit row (old → new level and evidence). Call inside a
   * transaction. Also freezes the candidate's standard on the first rating. Returns false, and
   * writes nothing, when the value is already stored.
   */
  function recordRating(
    assignment: AssignmentRecord,
    competencyId: number,
    next: { level: number | null; evidence: string },
    before: RatingRecord | undefined,
    ctx: CallContext,
    at: string,
    extra?: Record<string, unknown>,
  ): boolean {
    const old = { level: before?.level ?? null, evidence: before?.evidence ?? '' };
    if (old.level === next.level && old.evidence === next.evidence) return false;
    ratings.copyStandards(assignment.candidateId, at);
    ratings.upsert(assignment.id, competencyId, next.level, next.evidence, at);
    audit.record(ctx, at, {
      action: 'scores:save',
      entity: 'rating',
      entityId: assignment.id,
      programId: assignment.programId,
      before: { competencyId, ...old },
      after: { competencyId, ...next, ...extra },
    });
    return true;
  }

  /** A rubric sheet needs a score on every criterion. */
  function rubricProblem(assignment: AssignmentRecord): AppError | null {
    const criteria = ratings.criteriaOf(assignment.methodId);
    const scores = new Map(ratings.rubricScoresOf(assignment.id).map((r) => [r.criterionId, r.score]));
    const missing = criteria.filter((c) => (scores.get(c.id) ?? null) === null);
    if (criteria.length > 0 && missing.length === 0) return null;
    const list = missing.map((c) => c.name).join(', ');
    return new AppError(
      'sheet-incomplete',
      criteria.length === 0
        ? 'Rubrik metode ini belum memiliki kriteria. Hubungi operator.'
        : `Masih ada kriteria yang belum diberi skor: ${list}.`,
      { criteria: missing.map((c) => c.id) },
    );
  }

  /** Problems that stop a sheet from being submitted, as one AppError, or null. */
  function submitProblem(assignment: AssignmentRecord): AppError | null {
    if (ratings.rubricOf(assignment.methodId)) return rubricProblem(assignment);
    const competencies = ratings.methodCompetencies(assignment.methodId);
    const stored = new Map(ratings.ratingsOf(assignment.id).map((r) => [r.competencyId, r]));
    if (competencies.length === 0) {
      return new AppError(
        'sheet-incomplete',
        'Metode ini belum memiliki kompetensi yang dinilai. Hubungi operator.',
      );
    }
    const missing = competencies.filter((c) => (stored.get(c.id)?.level ?? null) === null);
    if (missing.length > 0) {
      const list = missing.map((c) => `${c.code} ${c.name}`).join(', ');
      return new AppError('sheet-incomplete', `Masih ada kompetensi yang belum dinilai: ${list}.`, {
        competencies: missing.map((c) => c.code),
      });
    }
    const bare = competencies.filter((c) => {
      const rating = stored.get(c.id);
      return rating !== undefined && isExtreme(rating.level) && rating.evidence === '';
    });
    if (bare.length > 0) {
      const list = bare.map((c) => `${c.code} ${c.name} (level ${stored.get(c.id)?.level})`).join(', ');
      return new AppError(
        'evidence-required',
        `Level 1 atau 5 memerlukan catatan bukti perilaku. Lengkapi catatan bukti untuk: ${list}.`,
        { competencies: bare.map((c) => c.code) },
      );
    }
    return null;
  }

  function markSubmitted(assignment: AssignmentRecord, ctx: CallContext, at: string): void {
    ratings.setStatus(assignment.id, 'submitted', at);
    audit.record(ctx, at, {
      action: 'scores:submit',
      entity: 'assignment',
      entityId: assignment.id,
      programId: assignment.programId,
      before: { status: 'open' },
      after: { status: 'submitted' },
    });
  }

  return {
    recordRating,
    submitProblem,
    markSubmitted,
    changedSheet,
    emit,

    mySheets(programId: number, ctx: CallContext): MySheets {
      const assessorId = assessorOf(ctx);
      const assessor = ratings.assessor(assessorId);
      if (!assessor) throw new AppError('not-an-assessor');
      if (assessor.programId !== programId) throw new AppError('forbidden');
      const sheets = ratings.sheetsOf(programId, assessorId).map((s) => ({
        assignmentId: s.assignmentId,
        status: s.status,
        submittedAt: s.submittedAt,
        rated: s.rated,
        total: s.total,
        needsEvidence: s.needsEvidence,
        candidateId: s.candidateId,
        participantNo: s.participantNo,
        name: s.name,
        unit: s.unit,
        method: { id: s.methodId, code: s.methodCode, name: s.methodName },
      }));
      return { programId, assessor: { id: assessor.id, name: assessor.name, role: assessor.role }, sheets };
    },

    getSheet(assignmentId: number, ctx: CallContext): ScoreSheet {
      const assignment = ownSheet(assignmentId, ctx);
      if (ratings.isAbsent(assignment.id)) throw new AppError('candidate-absent');
      const candidate = ratings.candidate(assignment.candidateId);
      const method = ratings.method(assignment.methodId);
      if (!candidate || !method) throw new AppError('not-found');
      const levels = ratings.methodLevels(assignment.methodId);
      const stored = new Map(ratings.ratingsOf(assignment.id).map((r) => [r.competencyId, r]));
      const competencies = ratings.methodCompetencies(assignment.methodId).map((c) => {
        const rating = stored.get(c.id);
        const level = rating?.level ?? null;
        const evidence = rating?.evidence ?? '';
        return {
          ...c,
          levels: levels
            .filter((l) => l.competencyId === c.id)
            .map(({ level: n, title, description }) => ({ level: n, title, description })),
          rating: {
            level,
            evidence,
            updatedAt: rating?.updatedAt ?? null,
            needsEvidence: isExtreme(level) && evidence === '',
          },
        };
      });
      const rubric = ratings.rubricOf(assignment.methodId) ?? null;
      const scores = new Map(ratings.rubricScoresOf(assignment.id).map((r) => [r.criterionId, r]));
      const criteria = ratings.criteriaOf(assignment.methodId).map((c) => {
        const score = scores.get(c.id);
        return {
          ...c,
          score: score?.score ?? null,
          evidence: score?.evidence ?? '',
          updatedAt: score?.updatedAt ?? null,
        };
      });
      const { positionLevel, position, participantNo, name, unit, id } = candidate;
      return {
        ...countsOf(assignment),
        programId: assignment.programId,
        submittedAt: assignment.submittedAt,
        candidate: { id, participantNo, name, unit, position, positionLevel },
        method,
        competencies,
        rubric,
        criteria,
      };
    },

    save(input: OpParsedInput<'scores:save'>, ctx: CallContext): SaveScoreResult {
      const at = now().toISOString();
      // Checks and write in one transaction; it has committed (and, with synchronous=FULL,
      // reached the disk) before this returns, so an acknowledged save survives a power cut.
      const result = db.transaction(() => {
        const assignment = ownSheet(input.assignmentId, ctx);
        if (assignment.programArchived) throw new AppError('program-archived');
        if (assignment.programFinalized) throw new AppError('results-finalized');
        if (assignment.status === 'submitted') throw new AppError('sheet-submitted');
        if (!ratings.isRatedBy(input.competencyId, assignment.methodId)) {
          throw new AppError('competency-not-in-method');
        }
        if (ratings.isAbsent(assignment.id)) throw new AppError('candidate-absent');
        const before = ratings.rating(assignment.id, input.competencyId);
        const next = {
          level: input.level !== undefined ? input.level : (before?.level ?? null),
          evidence: input.evidence !== undefined ? input.evidence : (before?.evidence ?? ''),
        };
        const changed = recordRating(assignment, input.competencyId, next, before, ctx, at);
        return { assignment, changed, next, savedAt: changed ? at : (before?.updatedAt ?? at) };
      })();
      const sheet = changedSheet(result.assignment);
      if (result.changed) emit(result.assignment.programId, 'save', [sheet]);
      const { assessorId: _a, candidateId: _c, methodId: _m, ...counts } = sheet;
      return {
        programId: result.assignment.programId,
        savedAt: result.savedAt,
        changed: result.changed,
        needsEvidence: isExtreme(result.next.level) && result.next.evidence === '',
        sheet: counts,
      };
    },

    /** Panel judging: a score on the rubric's scale for one criterion, audited like a level. */
    saveCriterion(input: OpParsedInput<'scores:save-criterion'>, ctx: CallContext): SaveScoreResult {
      const at = now().toISOString();
      const result = db.transaction(() => {
        const assignment = ownSheet(input.assignmentId, ctx);
        if (assignment.programArchived) throw new AppError('program-archived');
        if (assignment.programFinalized) throw new AppError('results-finalized');
        if (assignment.status === 'submitted') throw new AppError('sheet-submitted');
        const rubric = ratings.rubricOf(assignment.methodId);
        if (!rubric || !ratings.isCriterionOf(assignment.methodId, input.criterionId)) {
          throw new AppError('criterion-not-in-method');
        }
        if (ratings.isAbsent(assignment.id)) throw new AppError('candidate-absent');
        if (input.score != null && (input.score < rubric.scaleMin || input.score > rubric.scaleMax)) {
          throw new AppError(
            'score-out-of-scale',
            `Skor harus antara ${rubric.scaleMin} dan ${rubric.scaleMax}; tertulis ${input.score}.`,
          );
        }
        const before = ratings.rubricScore(assignment.id, input.criterionId);
        const old = { score: before?.score ?? null, evidence: before?.evidence ?? '' };
        const next = {
          score: input.score !== undefined ? input.score : old.score,
          evidence: input.evidence !== undefined ? input.evidence : old.evidence,
        };
        const changed = old.score !== next.score || old.evidence !== next.evidence;
        if (changed) {
          ratings.copyStandards(assignment.candidateId, at);
          ratings.upsertRubricScore(assignment.id, input.criterionId, next.score, next.evidence, at);
          audit.record(ctx, at, {
            action: 'scores:save-criterion',
            entity: 'rubric-score',
            entityId: assignment.id,
            programId: assignment.programId,
            before: { criterionId: input.criterionId, ...old },
            after: { criterionId: input.criterionId, ...next },
          });
        }
        return { assignment, changed, savedAt: changed ? at : (before?.updatedAt ?? at) };
      })();
      const sheet = changedSheet(result.assignment);
      if (result.changed) emit(result.assignment.programId, 'save', [sheet]);
      const { assessorId: _a, candidateId: _c, methodId: _m, ...counts } = sheet;
      return {
        programId: result.assignment.programId,
        savedAt: result.savedAt,
        changed: result.changed,
        needsEvidence: false,
        sheet: counts,
      };
    },

    submit(assignmentId: number, ctx: CallContext) {
      const at = now().toISOString();
      const assignment = db.transaction(() => {
        const found = ownSheet(assignmentId, ctx);
        if (found.programArchived) throw new AppError('program-archived');
        if (found.programFinalized) throw new AppError('results-finalized');
        if (found.status === 'submitted') throw new AppError('sheet-submitted');
        if (ratings.isAbsent(found.id)) throw new AppError('candidate-absent');
        const problem = submitProblem(found);
        if (problem) throw problem;
        markSubmitted(found, ctx, at);
        return { ...found, status: 'submitted' as const, submittedAt: at };
      })();
      emit(assignment.programId, 'submit', [changedSheet(assignment)]);
      return { programId: assignment.programId, assignmentId, status: 'submitted' as const, submittedAt: at };
    },

    /** A lead assessor of the sheet's programme, or the admin; the reason goes into the audit log. */
    reopen(input: OpParsedInput<'scores:reopen'>, ctx: CallContext) {
      const at = now().toISOString();
      const assignment = db.transaction(() => {
        const found = mustGet(input.assignmentId);
        if (ctx.role === 'lead-assessor') {
          const lead = ctx.assessorId === undefined ? undefined : ratings.assessor(ctx.assessorId);
          if (!lead || lead.role !== 'lead' || lead.programId !== found.programId)
            throw new AppError('forbidden');
        } else if (ctx.role !== 'admin') {
          throw new AppError('forbidden');
        }
        if (found.programArchived) throw new AppError('program-archived');
        if (found.programFinalized) throw new AppError('results-finalized');
        if (found.status !== 'submitted') throw new AppError('sheet-not-submitted');
        ratings.setStatus(found.id, 'open', null);
        audit.record(ctx, at, {
          action: 'scores:reopen',
          entity: 'assignment',
          entityId: found.id,
          programId: found.programId,
          before: { status: 'submitted', submittedAt: found.submittedAt },
          after: { status: 'open', reason: input.reason },
        });
        return { ...found, status: 'open' as const, submittedAt: null };
      })();
      emit(assignment.programId, 'reopen', [changedSheet(assignment)]);
      return { programId: assignment.programId, assignmentId: assignment.id, status: 'open' as const };
    },
  };
}

export type ScoringService = ReturnType<typeof createScoringService>;
