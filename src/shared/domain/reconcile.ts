/**
 * The assessor meeting (integrasi): from the assessors' ratings of one competency to a suggested
 * agreed level, and the checks that ask the lead assessor for a rationale or for one more assessor.
 * The lead always decides; these rules only suggest and warn.
 */
import { assertNever } from '../errors';
import { isLevel, type Level } from './competencies';

export const RECONCILIATION_RULES = ['consensus', 'median', 'mean'] as const;
export type ReconciliationRule = (typeof RECONCILIATION_RULES)[number];

export const RECONCILIATION_RULE_LABELS: Record<ReconciliationRule, string> = {
  consensus: 'Konsensus: level disepakati dalam rapat integrasi',
  median: 'Median: nilai tengah (jumlah genap: nilai tengah yang lebih rendah)',
  mean: 'Rata-rata: dibulatkan ke level terdekat (setengah dibulatkan ke atas)',
};

/** A spread above this asks for one more assessor unless the programme sets its own threshold. */
export const DEFAULT_EXTRA_ASSESSOR_SPREAD = 2;

function checked(ratings: readonly number[]): readonly Level[] {
  for (const rating of ratings) {
    if (!isLevel(rating)) throw new RangeError(`reconcile: ${rating} is not a level 1–5`);
  }
  return ratings as readonly Level[];
}

/** The median rating; with an even count the lower of the two middle ratings. Null without ratings. */
export function medianLevel(ratings: readonly number[]): Level | null {
  const levels = checked(ratings);
  if (levels.length === 0) return null;
  const sorted = [...levels].sort((a, b) => a - b);
  return sorted[(sorted.length - 1) >> 1] as Level;
}

/**
 * The mean rating rounded to the nearest level, halves up (2.5 → 3, 3.5 → 4). Worked in integers,
 * floor((2·sum + n) ÷ 2n), so no binary fraction can turn a half into 2.4999….
 */
export function meanLevel(ratings: readonly number[]): Level | null {
  const levels = checked(ratings);
  if (levels.length === 0) return null;
  const sum = levels.reduce<number>((total, level) => total + level, 0);
  return Math.floor((2 * sum + levels.length) / (2 * levels.length)) as Level;
}

/** max − min of the ratings; 0 for one rating or none. */
export function spreadOf(ratings: readonly number[]): number {
  const levels = checked(ratings);
  if (levels.length === 0) return 0;
  return Math.max(...levels) - Math.min(...levels);
}

/**
 * The level a rule fills in for the lead to confirm. Consensus suggests only when every assessor
 * gave the same level; otherwise (and without ratings) there is no suggestion.
 */
export function suggestLevel(rule: ReconciliationRule, ratings: readonly number[]): Level | null {
  switch (rule) {
    case 'consensus': {
      const levels = checked(ratings);
      const first = levels[0];
      return first !== undefined && levels.every((level) => level === first) ? first : null;
    }
    case 'median':
      return medianLevel(ratings);
    case 'mean':
      return meanLevel(ratings);
    default:
      return assertNever(rule);
  }
}

export type RationaleReason = 'differs-from-every-rating' | 'wide-spread' | 'overrides-rule';

export const RATIONALE_REASON_MESSAGES: Record<RationaleReason, string> = {
  'differs-from-every-rating': 'Level yang disepakati berbeda dari semua penilaian asesor.',
  'wide-spread': 'Selisih penilaian antarasesor 2 level atau lebih.',
  'overrides-rule': 'Level yang disepakati berbeda dari usulan aturan rekonsiliasi program.',
};

/**
 * Why the lead must write a rationale for `agreed`, in a fixed order; empty when none is needed.
 * With `rule`, departing from that rule's suggestion is a reason too (the override the issue
 * allows "with a rationale").
 */
export function rationaleReasons(
  agreed: number,
  ratings: readonly number[],
  rule?: ReconciliationRule,
): RationaleReason[] {
  if (!isLevel(agreed)) throw new RangeError(`reconcile: agreed level ${agreed} is not a level 1–5`);
  const levels = checked(ratings);
  const reasons: RationaleReason[] = [];
  if (levels.length > 0 && !levels.includes(agreed)) reasons.push('differs-from-every-rating');
  if (spreadOf(levels) >= 2) reasons.push('wide-spread');
  if (rule !== undefined) {
    const suggested = suggestLevel(rule, levels);
    if (suggested !== null && suggested !== agreed) reasons.push('overrides-rule');
  }
  return reasons;
}

/** True when the agreed level differs from every rating or the ratings spread 2 levels or more. */
export function needsRationale(
  agreed: number,
  ratings: readonly number[],
  rule?: ReconciliationRule,
): boolean {
  return rationaleReasons(agreed, ratings, rule).length > 0;
}

/** True when the ratings spread further than the programme's threshold. */
export function needsExtraAssessor(
  ratings: readonly number[],
  threshold: number = DEFAULT_EXTRA_ASSESSOR_SPREAD,
): boolean {
  return spreadOf(ratings) > threshold;
}

/**
 * The level a rule settles without the lead: under `median` and `mean` the rule's level when it
 * needs no rationale (the spread is under 2 and the level is one an assessor gave). Consensus
 * never settles on its own — the lead agrees every level — and neither does a wide spread.
 */
export function settledByRule(rule: ReconciliationRule, ratings: readonly number[]): Level | null {
  if (rule === 'consensus') return null;
  const suggested = suggestLevel(rule, ratings);
  if (suggested === null) return null;
  return rationaleReasons(suggested, ratings).length === 0 ? suggested : null;
}
