/**
 * The assessor meeting and the results desk (issue 5): recording agreed levels with the rules for
 * a rationale, result settings, the selection step, and finalising. Every write is audited in its
 * own transaction; a finalised programme refuses them all until an admin reopens it with a
 * reason and a lead assessor's PIN.
 */
import { CATEGORIES_BY_PURPOSE, thresholdProblem } from '../../../shared/domain/categories';
import {
  RATIONALE_REASON_MESSAGES,
  needsExtraAssessor,
  rationaleReasons,
  spreadOf,
  suggestLevel,
} from '../../../shared/domain/reconcile';
import { selectIntoGroups } from '../../../shared/domain/selection';
import { AppError } from '../../../shared/errors';
import type {
  AgreementStatistics,
  AgreeInput,
  IntegrationCompetency,
  IntegrationView,
  ProgramResults,
  ResultSettings,
  ResultSettingsPatch,
  SelectionView,
} from '../../../shared/schemas/results';
import type { CallContext } from '../../context';
import type { AuditRepo } from '../../db/repos/audit.repo';
import type { ResultsRepo, ResultSettingsRow } from '../../db/repos/results.repo';
import type { Db } from '../../db/open';
import { agreementFromInputs } from './agreement-statistics';
import { agreedLevelOf, loadResultInputs, resultsFromInputs } from './compute-results';
import { resultSettingsOf } from './result-settings';

export interface ResultsServiceDeps {
  db: Db;
  results: ResultsRepo;
  audit: AuditRepo;
  /** Checks a lead assessor's PIN (throttled like every sign-in); throws 'pin-wrong' otherwise. */
  verifyLeadPin: (programId: number, assessorId: number, pin: string) => Promise<void>;
  now: () => Date;
}

export function createResultsService({ db, results, audit, verifyLeadPin, now }: ResultsServiceDeps) {
  function settingsRow(programId: number): ResultSettingsRow {
    const row = results.settings(programId);
    if (!row) throw new AppError('not-found');
    return row;
  }

  /** The programme's settings, refusing writes to an archived or finalised programme. */
  function writable(programId: number): ResultSettingsRow {
    const row = settingsRow(programId);
    if (row.archived) throw new AppError('program-archived');
    if (row.finalizedAt !== null) throw new AppError('results-finalized');
    return row;
  }

  function list(programId: number): ProgramResults {
    return resultsFromInputs(programId, loadResultInputs(db, programId, results));
  }

  function integration(programId: number, candidateId: number): IntegrationView {
    const all = list(programId);
    const result = all.candidates.find((c) => c.candidateId === candidateId);
    if (!result) throw new AppError('not-found');
    const settings = all.settings;
    const ratings = results.ratingsOf(programId, candidateId);
    const recorded = new Map(results.agreedOf(candidateId).map((a) => [a.competencyId, a]));
    const competencies = result.competencies.map((competency): IntegrationCompetency => {
      const own = ratings.filter((r) => r.competencyId === competency.competencyId);
      const levels = own.filter((r) => r.submitted === 1 && r.level !== null).map((r) => r.level as number);
      const agreed = agreedLevelOf(settings, levels, recorded.get(competency.competencyId));
      return {
        competencyId: competency.competencyId,
        code: competency.code,
        name: competency.name,
        standard: competency.standard,
        ratings: own.map((r) => ({
          assessorId: r.assessorId,
          assessorName: r.assessorName,
          methodCode: r.methodCode,
          methodName: r.methodName,
          level: r.level,
          evidence: r.evidence,
          submitted: r.submitted === 1,
        })),
        spread: spreadOf(levels),
        suggested: suggestLevel(settings.reconciliation, levels),
        needsExtraAssessor: needsExtraAssessor(levels, settings.extraAssessorSpread),
        agreed: agreed && {
          level: agreed.level,
          rationale: agreed.row?.rationale ?? '',
          source: agreed.source,
          decidedBy: agreed.row?.decidedBy ?? null,
          decidedAt: agreed.row?.decidedAt ?? null,
        },
      };
    });
    return {
      programId,
      rule: settings.reconciliation,
      extraAssessorSpread: settings.extraAssessorSpread,
      finalized: all.finalized,
      competencies,
      result,
    };
  }

  function submittedLevels(programId: number, candidateId: number, competencyId: number): number[] {
    return results
      .ratingsOf(programId, candidateId)
      .filter((r) => r.competencyId === competencyId && r.submitted === 1 && r.level !== null)
      .map((r) => r.level as number);
  }

  function selectionView(programId: number, all: ProgramResults = list(programId)): SelectionView {
    const groups = new Map<number, ProgramResults['candidates']>();
    for (const candidate of all.candidates) {
      if (candidate.selectionGroup === null) continue;
      const members = groups.get(candidate.selectionGroup) ?? [];
      members.push(candidate);
      groups.set(candidate.selectionGroup, members);
    }
    return {
      programId,
      groups: [...groups.entries()]
        .sort(([a], [b]) => a - b)
        .map(([groupNo, members]) => {
          const scores = members.map((m) => m.score).filter((s): s is number => s !== null);
          return {
            groupNo,
            members: members.map((m) => ({
              candidateId: m.candidateId,
              participantNo: m.participantNo,
              name: m.name,
              unit: m.unit,
              score: m.score,
              rank: m.rank,
            })),
            meanScore: scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null,
            agencies: new Set(members.map((m) => m.unit)).size,
          };
        }),
    };
  }

  return {
    settings: (programId: number): ResultSettings => resultSettingsOf(settingsRow(programId)),

    updateSettings(patch: ResultSettingsPatch, ctx: CallContext): ResultSettings {
      return db.transaction(() => {
        const row = writable(patch.programId);
        const before = resultSettingsOf(row);
        const thresholds = {
          pengisian: patch.thresholds?.pengisian ?? before.thresholds.pengisian,
          pemetaan: patch.thresholds?.pemetaan ?? before.thresholds.pemetaan,
        };
        for (const purpose of ['pengisian', 'pemetaan'] as const) {
          if (thresholdProblem({ purpose, ...thresholds[purpose] })) throw new AppError('thresholds-invalid');
        }
        const passRule = patch.passRule ?? before.passRule;
        if (passRule.kind === 'category' && !CATEGORIES_BY_PURPOSE[row.purpose].includes(passRule.minimum)) {
          throw new AppError('pass-rule-invalid');
        }
        const at = now().toISOString();
        results.updateSettings({
          programId: row.programId,
          reconciliation: patch.reconciliation ?? before.reconciliation,
          extraAssessorSpread: patch.extraAssessorSpread ?? before.extraAssessorSpread,
          thresholdMs: thresholds.pengisian.top,
          thresholdMms: thresholds.pengisian.middle,
          thresholdO: thresholds.pemetaan.top,
          thresholdCo: thresholds.pemetaan.middle,
          passRule: JSON.stringify(passRule),
          at,
        });
        const after = resultSettingsOf(settingsRow(row.programId));
        audit.record(ctx, at, {
          action: 'update',
          entity: 'result-settings',
          entityId: row.programId,
          programId: row.programId,
          before,
          after,
        });
        return after;
      })();
    },

    list,
    integration,

    agree(input: AgreeInput & { rationale: string }, ctx: CallContext): IntegrationView {
      db.transaction(() => {
        const row = writable(input.programId);
        if (!results.candidate(input.candidateId, input.programId)) throw new AppError('not-found');
        if (!results.competencies(input.programId).some((c) => c.id === input.competencyId)) {
          throw new AppError('competency-not-rated');
        }
        const before = results.agreedOne(input.candidateId, input.competencyId) ?? null;
        const at = now().toISOString();
        if (input.level === null) {
          results.clearAgreed(input.candidateId, input.competencyId);
        } else {
          const levels = submittedLevels(input.programId, input.candidateId, input.competencyId);
          const reasons = rationaleReasons(input.level, levels, row.reconciliation);
          if (reasons.length > 0 && input.rationale === '') {
            throw new AppError(
              'rationale-required',
              `Tuliskan alasan kesepakatan: ${reasons.map((r) => RATIONALE_REASON_MESSAGES[r]).join(' ')}`,
              { reasons },
            );
          }
          results.saveAgreed({
            candidateId: input.candidateId,
            competencyId: input.competencyId,
            level: input.level,
            rationale: input.rationale,
            decidedBy: ctx.actor,
            decidedAt: at,
          });
        }
        audit.record(ctx, at, {
          action: input.level === null ? 'clear' : 'agree',
          entity: 'agreed-level',
          entityId: input.candidateId,
          programId: input.programId,
          before,
          after:
            input.level === null
              ? null
              : { competencyId: input.competencyId, level: input.level, rationale: input.rationale },
        });
      })();
      return integration(input.programId, input.candidateId);
    },

    /** Records every suggestion that needs no rationale, for one candidate or the programme. */
    acceptSuggestions(
      programId: number,
      candidateId: number | undefined,
      ctx: CallContext,
    ): { accepted: number } {
      return db.transaction(() => {
        const row = writable(programId);
        const inputs = loadResultInputs(db, programId, results);
        const at = now().toISOString();
        let accepted = 0;
        const K = inputs.competencies.length;
        inputs.candidates.forEach((candidate, ci) => {
          if (candidateId !== undefined && candidate.id !== candidateId) return;
          if (inputs.absent.has(candidate.id)) return;
          inputs.competencies.forEach((competency, ki) => {
            const unit = ci * K + ki;
            if (inputs.recorded[unit]) return;
            const levels = inputs.levels[unit] ?? [];
            const level = suggestLevel(row.reconciliation, levels);
            if (level === null || rationaleReasons(level, levels, row.reconciliation).length > 0) return;
            results.saveAgreed({
              candidateId: candidate.id,
              competencyId: competency.id,
              level,
              rationale: '',
              decidedBy: ctx.actor,
              decidedAt: at,
            });
            accepted++;
          });
        });
        if (candidateId !== undefined && !inputs.candidates.some((c) => c.id === candidateId)) {
          throw new AppError('not-found');
        }
        audit.record(ctx, at, {
          action: 'accept-suggestions',
          entity: 'agreed-level',
          entityId: candidateId ?? null,
          programId,
          after: { accepted, rule: row.reconciliation },
        });
        return { accepted };
      })();
    },

    agreement(programId: number): AgreementStatistics {
      settingsRow(programId);
      return agreementFromInputs(programId, loadResultInputs(db, programId, results));
    },

    select(input: { programId: number; best: number; groups: number }, ctx: CallContext): SelectionView {
      return db.transaction(() => {
        writable(input.programId);
        const all = list(input.programId);
        const ranked = all.candidates.filter((c) => c.rank !== null && c.score !== null);
        if (ranked.length === 0) throw new AppError('selection-empty');
        const selection = selectIntoGroups(
          ranked.map((c) => ({
            id: String(c.candidateId),
            agency: c.unit,
            score: c.score as number,
            rank: c.rank as number,
          })),
          { count: input.best, groups: input.groups },
        );
        const members = selection.groups.flatMap((group) =>
          group.members.map((id) => ({ candidateId: Number(id), groupNo: group.number })),
        );
        results.replaceSelection(input.programId, members);
        audit.record(ctx, now().toISOString(), {
          action: 'select',
          entity: 'selection',
          entityId: input.programId,
          programId: input.programId,
          after: { best: input.best, groups: input.groups, members },
        });
        return selectionView(input.programId);
      })();
    },

    selection: (programId: number) => {
      settingsRow(programId);
      return selectionView(programId);
    },

    moveSelected(
      input: { programId: number; candidateId: number; groupNo: number | null },
      ctx: CallContext,
    ) {
      return db.transaction(() => {
        writable(input.programId);
        if (!results.candidate(input.candidateId, input.programId)) throw new AppError('not-found');
        results.moveSelected(input.programId, input.candidateId, input.groupNo);
        audit.record(ctx, now().toISOString(), {
          action: 'move-selected',
          entity: 'selection',
          entityId: input.candidateId,
          programId: input.programId,
          after: { groupNo: input.groupNo },
        });
        return selectionView(input.programId);
      })();
    },

    finalize(programId: number, ctx: CallContext): ResultSettings {
      return db.transaction(() => {
        writable(programId);
        const at = now().toISOString();
        results.setFinalized(programId, at, ctx.actor);
        const summary = list(programId).counts;
        audit.record(ctx, at, {
          action: 'finalize',
          entity: 'results',
          entityId: programId,
          programId,
          after: summary,
        });
        return resultSettingsOf(settingsRow(programId));
      })();
    },

    async reopen(
      input: { programId: number; reason: string; witnessAssessorId: number; witnessPin: string },
      ctx: CallContext,
    ): Promise<ResultSettings> {
      const row = settingsRow(input.programId);
      if (row.archived) throw new AppError('program-archived');
      if (row.finalizedAt === null) throw new AppError('results-not-finalized');
      await verifyLeadPin(input.programId, input.witnessAssessorId, input.witnessPin);
      return db.transaction(() => {
        const current = settingsRow(input.programId);
        if (current.finalizedAt === null) throw new AppError('results-not-finalized');
        const at = now().toISOString();
        results.setFinalized(input.programId, null, null);
        audit.record(ctx, at, {
          action: 'reopen',
          entity: 'results',
          entityId: input.programId,
          programId: input.programId,
          before: { finalizedAt: current.finalizedAt, finalizedBy: current.finalizedBy },
          after: { reason: input.reason, witness: `assessor:${input.witnessAssessorId}` },
        });
        return resultSettingsOf(settingsRow(input.programId));
      })();
    },
  };
}

export type ResultsService = ReturnType<typeof createResultsService>;
