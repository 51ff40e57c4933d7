/**
 * Results of a programme from the database (issue 5 §2–3): agreed levels (recorded, or settled by
 * a median/mean rule), gaps, JPM, category, status, ranking and pass. A plain function of the
 * database so the dispatcher, the CLI and worker jobs (workbook, certificates) compute the same
 * thing the same way.
 *
 * Only ratings of submitted sheets count: a draft can still change.
 */
import { computeJpm, weightedRubricScore } from '../../../shared/domain/jpm';
import { candidateStatus, rankCandidates, type RankingCandidate } from '../../../shared/domain/ranking';
import { settledByRule, spreadOf } from '../../../shared/domain/reconcile';
import { AppError } from '../../../shared/errors';
import type { CandidateResult, ProgramResults, ResultSettings } from '../../../shared/schemas/results';
import { createAttendanceRepo } from '../../db/repos/attendance.repo';
import {
  createResultsRepo,
  type AgreedRow,
  type ResultCandidateRow,
  type ResultCompetencyRow,
  type ResultsRepo,
  type RubricMethodRow,
  type RubricScoreRow,
} from '../../db/repos/results.repo';
import type { Db } from '../../db/open';
import { resultSettingsOf, thresholdsOf } from './result-settings';

export { computeAgreementStatistics } from './agreement-statistics';

/** The agreed level of one unit (candidate × competency) and where it came from. */
export interface AgreedLevel {
  level: number;
  source: 'recorded' | 'rule';
  row: AgreedRow | null;
}

export function agreedLevelOf(
  settings: ResultSettings,
  submittedLevels: readonly number[],
  /** The recorded row, or just its level (0 or undefined: none recorded). */
  recorded: AgreedRow | number | undefined,
): AgreedLevel | null {
  if (typeof recorded === 'number' && recorded > 0) return { level: recorded, source: 'recorded', row: null };
  if (typeof recorded === 'object') return { level: recorded.level, source: 'recorded', row: recorded };
  const settled = settledByRule(settings.reconciliation, submittedLevels);
  return settled === null ? null : { level: settled, source: 'rule', row: null };
}

/**
 * Everything about one programme the result computation reads, loaded in one go. Units
 * (candidate × competency) live in flat arrays indexed `candidateIndex · K + competencyIndex`, so
 * 90,000 units cost no map look-ups and no nested objects.
 */
export interface ResultInputs {
  settings: ResultSettings;
  purpose: 'pemetaan' | 'pengisian';
  candidates: ResultCandidateRow[];
  competencies: ResultCompetencyRow[];
  absent: Set<number>;
  /** Standard level per unit; 0 when the candidate has none for that competency. */
  standard: Uint8Array;
  /** Submitted levels per unit (one per assessor and method). */
  levels: Array<number[] | undefined>;
  /** Submitted ratings per unit as [assessorId, level, assessorId, level, …], for the statistics. */
  raters: Array<number[] | undefined>;
  /** Agreed level recorded by the lead, per unit; 0 where none is recorded. */
  recorded: Uint8Array;
  assessorNames: Map<number, string>;
  /** Names of the assessors assigned to each candidate, alphabetical. */
  assessorsOf: Map<number, string[]>;
  rubricMethods: RubricMethodRow[];
  rubricScores: RubricScoreRow[];
  selection: Map<number, number>;
}

export function loadResultInputs(
  db: Db,
  programId: number,
  repo: ResultsRepo = createResultsRepo(db),
): ResultInputs {
  const row = repo.settings(programId);
  if (!row) throw new AppError('not-found');
  const candidates = repo.candidates(programId);
  const competencies = repo.competencies(programId);
  const K = competencies.length;
  const candidateIndex = denseIndex(candidates.map((c) => c.id));
  const competencyIndex = denseIndex(competencies.map((c) => c.id));
  const unitOf = (candidateId: number, competencyId: number): number | undefined => {
    const ci = candidateIndex(candidateId);
    const ki = competencyIndex(competencyId);
    return ci < 0 || ki < 0 ? undefined : ci * K + ki;
  };
  const units = candidates.length * K;

  // The standard copied when scoring started wins; the programme's current standard for the
  // candidate's position level fills in where nothing was copied yet.
  const standard = new Uint8Array(units);
  const byPosition = new Map<string, Map<number, number>>();
  for (const s of repo.programStandards(programId)) {
    const levels = byPosition.get(s.positionLevel) ?? new Map<number, number>();
    levels.set(s.competencyId, s.level);
    byPosition.set(s.positionLevel, levels);
  }
  candidates.forEach((candidate, ci) => {
    const levels = byPosition.get(candidate.positionLevel);
    if (!levels) return;
    competencies.forEach((competency, ki) => {
      standard[ci * K + ki] = levels.get(competency.id) ?? 0;
    });
  });
  repo.forEachCopiedStandard(programId, (candidateId, competencyId, level) => {
    const unit = unitOf(candidateId, competencyId);
    if (unit !== undefined) standard[unit] = level;
  });

  const levels: Array<number[] | undefined> = new Array(units);
  const raters: Array<number[] | undefined> = new Array(units);
  repo.forEachSubmitted(programId, (candidateId, competencyId, assessorId, level) => {
    const unit = unitOf(candidateId, competencyId);
    if (unit === undefined) return;
    const unitLevels = levels[unit];
    if (unitLevels) {
      unitLevels.push(level);
      (raters[unit] as number[]).push(assessorId, level);
    } else {
      levels[unit] = [level];
      raters[unit] = [assessorId, level];
    }
  });

  const recorded = new Uint8Array(units);
  repo.forEachAgreedLevel(programId, (candidateId, competencyId, level) => {
    const unit = unitOf(candidateId, competencyId);
    if (unit !== undefined) recorded[unit] = level;
  });

  const assessorNames = new Map(repo.programAssessors(programId).map((a) => [a.id, a.name]));
  const assessorsOf = new Map<number, string[]>();
  for (const [candidateId, assessorId] of repo.candidateAssessors(programId)) {
    const name = assessorNames.get(assessorId);
    if (name === undefined) continue;
    const names = assessorsOf.get(candidateId);
    if (names) names.push(name);
    else assessorsOf.set(candidateId, [name]);
  }
  for (const names of assessorsOf.values()) names.sort((a, b) => a.localeCompare(b, 'id'));

  return {
    settings: resultSettingsOf(row),
    purpose: row.purpose,
    candidates,
    competencies,
    absent: new Set(createAttendanceRepo(db).absentCandidateIds(programId)),
    standard,
    levels,
    raters,
    recorded,
    assessorNames,
    assessorsOf,
    rubricMethods: repo.rubricMethods(programId),
    rubricScores: repo.rubricScores(programId),
    selection: new Map(repo.selection(programId).map((m) => [m.candidateId, m.groupNo])),
  };
}

/**
 * id → position, for ids that are mostly consecutive (a programme's rows are inserted together):
 * a typed array over the id range instead of a Map, since it runs once per rating. Falls back to
 * a Map when the ids are spread too thinly for the array to pay off. −1 for an unknown id.
 */
function denseIndex(ids: readonly number[]): (id: number) => number {
  if (ids.length === 0) return () => -1;
  let min = Infinity;
  let max = -Infinity;
  for (const id of ids) {
    if (id < min) min = id;
    if (id > max) max = id;
  }
  if (max - min > 8 * ids.length + 1024) {
    const map = new Map(ids.map((id, i) => [id, i]));
    return (id) => map.get(id) ?? -1;
  }
  const positions = new Int32Array(max - min + 1).fill(-1);
  ids.forEach((id, i) => (positions[id - min] = i));
  return (id) => (id < min || id > max ? -1 : (positions[id - min] as number));
}

function nested<V>(map: Map<number, Map<number, V>>, a: number): Map<number, V> {
  let inner = map.get(a);
  if (!inner) {
    inner = new Map();
    map.set(a, inner);
  }
  return inner;
}

/** candidateId → methodId → weighted scores of the submitted, fully scored sheets. */
function rubricScoresByCandidate(rows: readonly RubricScoreRow[]): Map<number, Map<number, number[]>> {
  const sheets = new Map<number, { candidateId: number; methodId: number; rows: RubricScoreRow[] }>();
  for (const row of rows) {
    if (row.submitted !== 1) continue;
    const sheet = sheets.get(row.assignmentId);
    if (sheet) sheet.rows.push(row);
    else sheets.set(row.assignmentId, { candidateId: row.candidateId, methodId: row.methodId, rows: [row] });
  }
  const result = new Map<number, Map<number, number[]>>();
  for (const sheet of sheets.values()) {
    if (sheet.rows.some((r) => r.score === null)) continue;
    const first = sheet.rows[0] as RubricScoreRow;
    const { score } = weightedRubricScore(
      sheet.rows.map((r) => ({ code: String(r.criterionId), weight: r.weight, score: r.score as number })),
      { min: first.scaleMin, max: first.scaleMax },
    );
    const byMethod = nested(result, sheet.candidateId);
    const scores = byMethod.get(sheet.methodId);
    if (scores) scores.push(score);
    else byMethod.set(sheet.methodId, [score]);
  }
  return result;
}

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

type Unranked = Omit<CandidateResult, 'rank' | 'passed' | 'category' | 'decidedBy'>;

const NO_LEVELS: readonly number[] = [];

function resultOf(
  inputs: ResultInputs,
  candidateIndex: number,
  rubricScores: Map<number, Map<number, number[]>>,
  scoreKind: ProgramResults['scoreKind'],
): Unranked {
  const candidate = inputs.candidates[candidateIndex] as ResultCandidateRow;
  const absent = inputs.absent.has(candidate.id);
  const base = candidateIndex * inputs.competencies.length;
  let maxSpread = 0;
  let pending = 0;
  const competencies = inputs.competencies.map((competency, ki) => {
    const levels = inputs.levels[base + ki] ?? NO_LEVELS;
    maxSpread = Math.max(maxSpread, spreadOf(levels));
    const achieved = agreedLevelOf(inputs.settings, levels, inputs.recorded[base + ki])?.level ?? null;
    if (achieved === null) pending++;
    const standard = inputs.standard[base + ki] || null;
    return {
      competencyId: competency.id,
      code: competency.code,
      name: competency.name,
      standard,
      achieved,
      gap: achieved !== null && standard !== null ? achieved - standard : null,
    };
  });

  const byMethod = rubricScores.get(candidate.id);
  const rubrics = inputs.rubricMethods.map((method) => {
    const scores = byMethod?.get(method.methodId);
    const score = scores ? Number(mean(scores).toFixed(9)) : null;
    return {
      methodId: method.methodId,
      methodCode: method.methodCode,
      name: method.rubricName,
      score,
      percent: score === null ? null : Number(((100 * score) / method.scaleMax).toFixed(9)),
      scaleMax: method.scaleMax,
    };
  });

  const status =
    scoreKind === 'jpm'
      ? candidateStatus({
          absent,
          // A competency without a standard cannot enter JPM: the result is not complete.
          achieved: competencies.map((c) => (c.standard === null ? null : c.achieved)),
        })
      : candidateStatus({ absent, achieved: rubrics.map((r) => r.score) });

  let jpm: number | null = null;
  let totalAchieved: number | null = null;
  let totalStandard: number | null = null;
  let metCount: number | null = null;
  let worstGap: number | null = null;
  let score: number | null = null;
  if (status === 'complete' && scoreKind === 'jpm') {
    const computed = computeJpm(
      competencies.map((c) => ({
        code: c.code,
        standard: c.standard as number,
        achieved: c.achieved as number,
      })),
    );
    ({ jpm, totalAchieved, totalStandard, metCount, worstGap } = computed);
    score = jpm;
  } else if (status === 'complete') {
    score = Number(mean(rubrics.map((r) => r.percent as number)).toFixed(9));
  }

  return {
    candidateId: candidate.id,
    participantNo: candidate.participantNo,
    nip: candidate.nip,
    name: candidate.name,
    grade: candidate.grade,
    position: candidate.position,
    positionLevel: candidate.positionLevel,
    unit: candidate.unit,
    status,
    competencies,
    rubrics,
    totalAchieved,
    totalStandard,
    jpm,
    score,
    metCount,
    worstGap,
    assessors: inputs.assessorsOf.get(candidate.id) ?? [],
    pending: absent ? 0 : pending,
    maxSpread,
    selectionGroup: inputs.selection.get(candidate.id) ?? null,
  };
}

export function resultsFromInputs(programId: number, inputs: ResultInputs): ProgramResults {
  const scoreKind = inputs.competencies.length === 0 && inputs.rubricMethods.length > 0 ? 'rubric' : 'jpm';
  const rubricScores = rubricScoresByCandidate(inputs.rubricScores);
  const unranked = inputs.candidates.map((_, index) => resultOf(inputs, index, rubricScores, scoreKind));
  const byId = new Map(unranked.map((r) => [String(r.candidateId), r]));

  const thresholds = thresholdsOf(inputs.settings, inputs.purpose);
  const ranking = rankCandidates(
    unranked.map((r): RankingCandidate => ({
      id: String(r.candidateId),
      participantNo: r.participantNo,
      status: r.status,
      score: r.score,
      ...(r.metCount !== null && { metCount: r.metCount }),
      ...(r.worstGap !== null && { worstGap: r.worstGap }),
    })),
    { passRule: inputs.settings.passRule, thresholds },
  );

  const candidates = ranking.entries.map((entry): CandidateResult => {
    const result = byId.get(entry.id) as Unranked;
    return {
      ...result,
      rank: entry.rank,
      passed: entry.passed,
      category: entry.category,
      decidedBy: entry.decidedBy,
    };
  });

  return {
    programId,
    settings: inputs.settings,
    scoreKind,
    competencies: inputs.competencies.map(({ id, code, name }) => ({ id, code, name })),
    candidates,
    counts: { total: candidates.length, ...ranking.counts },
    finalized: inputs.settings.finalizedAt !== null,
  };
}

export function computeProgramResults(db: Db, programId: number): ProgramResults {
  return resultsFromInputs(programId, loadResultInputs(db, programId));
}
