/**
 * Candidate status, ranking and pass rules (DOMAIN.md, Results; issue 5 §3).
 *
 * Ranking order, each rule deciding only when every rule before it is tied:
 *   1. score (JPM, or the rubric percentage), higher first;
 *   2. competencies at or above standard, more first;
 *   3. the worst gap, least negative first (−1 ranks above −2);
 *   4. participant number, ascending, digits compared as numbers ("P-9" before "P-10").
 * Participant numbers are unique, so no tie survives rule 4; a duplicate is refused.
 * Only `complete` candidates are ranked and judged; `incomplete` and `absent` ones are listed
 * after them, without a rank, and count toward neither the ranking nor the pass count.
 */
import { assertNever } from '../errors';
import {
  CATEGORY_LABELS,
  categoryOf,
  meetsCategory,
  purposeOfCategory,
  type CategoryCode,
  type CategoryThresholds,
} from './categories';
import { formatPercentId } from './jpm';
import { compareNatural, compareNaturalKeys, naturalKey, type NaturalKey } from './natural-order';

export const CANDIDATE_STATUSES = ['complete', 'incomplete', 'absent'] as const;
export type CandidateStatus = (typeof CANDIDATE_STATUSES)[number];

export const CANDIDATE_STATUS_LABELS: Record<CandidateStatus, string> = {
  complete: 'Lengkap',
  incomplete: 'Belum lengkap',
  absent: 'Tidak hadir',
};

/**
 * `absent` when marked absent (whatever was scored before), `incomplete` when any competency has
 * no agreed level yet (or the result has no competencies), else `complete`.
 */
export function candidateStatus(input: {
  absent: boolean;
  achieved: readonly (number | null | undefined)[];
}): CandidateStatus {
  if (input.absent) return 'absent';
  if (input.achieved.length === 0) return 'incomplete';
  return input.achieved.every((level) => level !== null && level !== undefined) ? 'complete' : 'incomplete';
}

export type PassRule =
  | { kind: 'category'; minimum: CategoryCode }
  | { kind: 'jpm'; threshold: number }
  | { kind: 'top'; n: number };

/** The rule in words for screens and the workbook's about sheet. */
export function describePassRule(rule: PassRule): string {
  switch (rule.kind) {
    case 'category':
      return `Lulus: kategori ${CATEGORY_LABELS[rule.minimum]} (${rule.minimum}) ke atas`;
    case 'jpm':
      return `Lulus: JPM ${formatPercentId(rule.threshold)} atau lebih`;
    case 'top':
      return `Lulus: ${rule.n} peringkat teratas`;
    default:
      return assertNever(rule);
  }
}

export type PassRuleProblemCode = 'pass-rule-category-set' | 'pass-rule-threshold' | 'pass-rule-top';

export const PASS_RULE_MESSAGES: Record<PassRuleProblemCode, string> = {
  'pass-rule-category-set': 'Kategori kelulusan tidak sesuai dengan tujuan asesmen program ini.',
  'pass-rule-threshold': 'Batas JPM kelulusan harus berupa angka persen yang tidak negatif.',
  'pass-rule-top': 'Jumlah peringkat teratas yang lulus harus bilangan bulat 1 atau lebih.',
};

/** Null when the rule can be applied with these thresholds. */
export function passRuleProblem(rule: PassRule, thresholds?: CategoryThresholds): PassRuleProblemCode | null {
  switch (rule.kind) {
    case 'category':
      return thresholds && purposeOfCategory(rule.minimum) === thresholds.purpose
        ? null
        : 'pass-rule-category-set';
    case 'jpm':
      return Number.isFinite(rule.threshold) && rule.threshold >= 0 ? null : 'pass-rule-threshold';
    case 'top':
      return Number.isInteger(rule.n) && rule.n >= 1 ? null : 'pass-rule-top';
    default:
      return assertNever(rule);
  }
}

export interface RankingCandidate {
  id: string;
  participantNo: string;
  status: CandidateStatus;
  /** Raw JPM or rubric percentage; required for complete candidates, ignored for the others. */
  score: number | null;
  /** Competencies at or above standard; absent for rubric instruments (then treated as equal). */
  metCount?: number;
  /** The most negative gap; absent for rubric instruments (then treated as equal). */
  worstGap?: number;
}

export const TIE_BREAKS = ['score', 'met-count', 'worst-gap', 'participant-no'] as const;
export type TieBreak = (typeof TIE_BREAKS)[number];

export const TIE_BREAK_LABELS: Record<TieBreak, string> = {
  score: 'JPM lebih tinggi',
  'met-count': 'Lebih banyak kompetensi yang memenuhi standar',
  'worst-gap': 'Kesenjangan terbesar lebih kecil',
  'participant-no': 'Nomor peserta lebih kecil',
};

export interface RankedEntry {
  id: string;
  participantNo: string;
  status: CandidateStatus;
  /** 1-based; null for incomplete and absent candidates. */
  rank: number | null;
  /** Null for incomplete and absent candidates: they are not judged. */
  passed: boolean | null;
  /** From the score and the thresholds; null when not ranked or without thresholds. */
  category: CategoryCode | null;
  /** Which rule put this candidate below the one ranked just above; null for rank 1 and unranked. */
  decidedBy: TieBreak | null;
}

export interface RankingResult {
  /** Ranked candidates in rank order, then the unranked ones by participant number. */
  entries: RankedEntry[];
  counts: { complete: number; incomplete: number; absent: number; passed: number };
}

/**
 * Compares two complete candidates for ranking (negative: `a` ranks higher) and names the rule
 * that decided. Exported so a sortable table orders rows exactly as the ranking does.
 */
export function compareForRanking(
  a: RankingCandidate,
  b: RankingCandidate,
): { order: number; decidedBy: TieBreak } {
  const ka = sortKey(a);
  const kb = sortKey(b);
  const order = compareKeys(ka, kb);
  return { order, decidedBy: decidingRule(ka, kb) };
}

interface SortKey {
  candidate: RankingCandidate;
  score: number;
  metCount: number;
  worstGap: number;
  participantNo: NaturalKey;
}

function sortKey(candidate: RankingCandidate): SortKey {
  return {
    candidate,
    score: candidate.score ?? -Infinity,
    metCount: candidate.metCount ?? 0,
    worstGap: candidate.worstGap ?? 0,
    participantNo: naturalKey(candidate.participantNo),
  };
}

function compareKeys(a: SortKey, b: SortKey): number {
  if (a.score !== b.score) return b.score > a.score ? 1 : -1;
  if (a.metCount !== b.metCount) return b.metCount - a.metCount;
  if (a.worstGap !== b.worstGap) return b.worstGap > a.worstGap ? 1 : -1;
  return compareNaturalKeys(a.participantNo, b.participantNo);
}

function decidingRule(a: SortKey, b: SortKey): TieBreak {
  if (a.score !== b.score) return 'score';
  if (a.metCount !== b.metCount) return 'met-count';
  if (a.worstGap !== b.worstGap) return 'worst-gap';
  return 'participant-no';
}

export interface RankingOptions {
  passRule: PassRule;
  /** Needed for categories and for a category pass rule; rubric instruments may leave it out. */
  thresholds?: CategoryThresholds;
}

export function rankCandidates(
  candidates: readonly RankingCandidate[],
  options: RankingOptions,
): RankingResult {
  const { passRule, thresholds } = options;
  const problem = passRuleProblem(passRule, thresholds);
  if (problem) throw new RangeError(`rankCandidates: ${problem}`);

  const seen = new Set<string>();
  for (const candidate of candidates) {
    if (seen.has(candidate.participantNo)) {
      throw new RangeError(`rankCandidates: participant number ${candidate.participantNo} appears twice`);
    }
    seen.add(candidate.participantNo);
  }

  const complete = candidates.filter((c) => c.status === 'complete');
  for (const candidate of complete) {
    if (candidate.score === null || !Number.isFinite(candidate.score)) {
      throw new RangeError(`rankCandidates: complete candidate ${candidate.participantNo} has no score`);
    }
  }
  // Keys are built once: the comparator runs n·log n times.
  const sorted = complete.map(sortKey).sort(compareKeys);

  let passedCount = 0;
  const ranked = sorted.map((key, index): RankedEntry => {
    const { candidate } = key;
    const rank = index + 1;
    const previous = sorted[index - 1];
    const category = thresholds ? categoryOf(candidate.score as number, thresholds) : null;
    const passed = judge(passRule, { rank, score: candidate.score as number, category });
    if (passed) passedCount += 1;
    return {
      id: candidate.id,
      participantNo: candidate.participantNo,
      status: candidate.status,
      rank,
      passed,
      category,
      decidedBy: previous ? decidingRule(previous, key) : null,
    };
  });

  const unranked = candidates
    .filter((c) => c.status !== 'complete')
    .sort((a, b) => compareNatural(a.participantNo, b.participantNo))
    .map((candidate): RankedEntry => ({
      id: candidate.id,
      participantNo: candidate.participantNo,
      status: candidate.status,
      rank: null,
      passed: null,
      category: null,
      decidedBy: null,
    }));

  return {
    entries: [...ranked, ...unranked],
    counts: {
      complete: complete.length,
      incomplete: candidates.filter((c) => c.status === 'incomplete').length,
      absent: candidates.filter((c) => c.status === 'absent').length,
      passed: passedCount,
    },
  };
}

function judge(
  rule: PassRule,
  candidate: { rank: number; score: number; category: CategoryCode | null },
): boolean {
  switch (rule.kind) {
    case 'category':
      return candidate.category !== null && meetsCategory(candidate.category, rule.minimum);
    case 'jpm':
      return candidate.score >= rule.threshold;
    case 'top':
      return candidate.rank <= rule.n;
    default:
      return assertNever(rule);
  }
}
