/**
 * Result arithmetic (DOMAIN.md, Results): gap per competency, JPM (Job Person Match), and the
 * weighted score of a rubric instrument. Raw values are kept; rounding and the 100 % cap belong to
 * display only.
 */

export interface CompetencyScore {
  code: string;
  /** The standard level copied into the result when it was scored. */
  standard: number;
  achieved: number;
}

export interface CompetencyGapRow extends CompetencyScore {
  /** achieved − standard: negative below standard, 0 at standard, positive above. */
  gap: number;
  meetsStandard: boolean;
}

export interface JpmResult {
  competencies: CompetencyGapRow[];
  totalAchieved: number;
  totalStandard: number;
  /** Raw percentage; may exceed 100. */
  jpm: number;
  /** Competencies at or above standard (a ranking tie-break). */
  metCount: number;
  /** The most negative gap, or the smallest surplus when every competency meets standard. */
  worstGap: number;
}

export function gapOf(achieved: number, standard: number): number {
  return achieved - standard;
}

/**
 * JPM = Σ achieved ÷ Σ standard × 100. The multiplication comes first, so for integer sums the
 * result is the correctly rounded quotient of two integers: exactly 80 when the sums are 36 and 45,
 * and equal for equal fractions (28/35 and 36/45 give the same number), which ranking relies on.
 */
export function jpmPercent(totalAchieved: number, totalStandard: number): number {
  if (!Number.isFinite(totalAchieved) || totalAchieved < 0) {
    throw new RangeError(`jpmPercent: total achieved must be a non-negative number, got ${totalAchieved}`);
  }
  if (!Number.isFinite(totalStandard) || totalStandard <= 0) {
    throw new RangeError(`jpmPercent: total standard must be positive, got ${totalStandard}`);
  }
  return (100 * totalAchieved) / totalStandard;
}

/** Gaps, totals and JPM of one candidate's agreed levels. */
export function computeJpm(scores: readonly CompetencyScore[]): JpmResult {
  if (scores.length === 0) throw new RangeError('computeJpm: a result needs at least one competency');
  let totalAchieved = 0;
  let totalStandard = 0;
  let metCount = 0;
  let worstGap = Infinity;
  const competencies = scores.map(({ code, standard, achieved }): CompetencyGapRow => {
    if (!Number.isFinite(standard) || standard < 0 || !Number.isFinite(achieved) || achieved < 0) {
      throw new RangeError(`computeJpm: ${code} has an invalid level (${achieved} of ${standard})`);
    }
    const gap = gapOf(achieved, standard);
    totalAchieved += achieved;
    totalStandard += standard;
    if (gap >= 0) metCount += 1;
    if (gap < worstGap) worstGap = gap;
    return { code, standard, achieved, gap, meetsStandard: gap >= 0 };
  });
  return {
    competencies,
    totalAchieved,
    totalStandard,
    jpm: jpmPercent(totalAchieved, totalStandard),
    metCount,
    worstGap,
  };
}

/**
 * Rounds half away from zero. The value first goes through 15 significant digits so binary noise
 * does not decide a half: 1.005 rounds to 1.01 and 87.25 to 87.3.
 */
export function roundHalfUp(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** decimals;
  const scaled = Number((Math.abs(value) * factor).toPrecision(15));
  const rounded = Math.round(scaled) / factor;
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}

export interface PercentFormat {
  /** Decimals shown; one unless told. */
  decimals?: number;
  /** Shows at most 100 %, for a report that must not print "112,5 %". The value is not changed. */
  capAt100?: boolean;
}

/** "87,5 %": Indonesian decimal comma, dot between thousands, a space before the sign. */
export function formatPercentId(value: number, format: PercentFormat = {}): string {
  if (!Number.isFinite(value)) return '—';
  return `${formatNumberId(format.capAt100 ? Math.min(value, 100) : value, format.decimals ?? 1)} %`;
}

/** A number with a fixed count of decimals, Indonesian style: 1.234,5. */
export function formatNumberId(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return '—';
  const rounded = roundHalfUp(value, decimals);
  const [whole = '0', fraction] = Math.abs(rounded).toFixed(decimals).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const sign = rounded < 0 ? '-' : '';
  return fraction === undefined ? `${sign}${grouped}` : `${sign}${grouped},${fraction}`;
}

export interface RubricScale {
  min: number;
  max: number;
}

export interface RubricCriterionScore {
  code: string;
  weight: number;
  score: number;
}

export interface WeightedRubricResult {
  /** Σ(weight × score) ÷ Σ weight, on the rubric's own scale. */
  score: number;
  /** The score as a percentage of the top of the scale (80 on a 1–100 scale is 80 %). */
  percent: number;
  totalWeight: number;
}

/**
 * The weighted score of a rubric instrument (e.g. a panel judging project presentations).
 * Fractional weights such as 0.3 leave binary noise in the sum, so the score is settled to nine
 * decimals: two candidates with the same marks then compare equal, and a score of exactly 80 is 80.
 */
export function weightedRubricScore(
  criteria: readonly RubricCriterionScore[],
  scale: RubricScale,
): WeightedRubricResult {
  if (!(Number.isFinite(scale.min) && Number.isFinite(scale.max) && scale.max > scale.min && scale.max > 0)) {
    throw new RangeError(`weightedRubricScore: invalid scale ${scale.min}–${scale.max}`);
  }
  let totalWeight = 0;
  let weighted = 0;
  for (const { code, weight, score } of criteria) {
    if (!Number.isFinite(weight) || weight < 0) {
      throw new RangeError(`weightedRubricScore: ${code} has an invalid weight ${weight}`);
    }
    if (!Number.isFinite(score) || score < scale.min || score > scale.max) {
      throw new RangeError(`weightedRubricScore: ${code} scored ${score}, outside ${scale.min}–${scale.max}`);
    }
    totalWeight += weight;
    weighted += weight * score;
  }
  if (totalWeight <= 0) throw new RangeError('weightedRubricScore: the weights add up to nothing');
  const score = Number((weighted / totalWeight).toFixed(9));
  return { score, percent: Number(((100 * score) / scale.max).toFixed(9)), totalWeight };
}

/**
 * The JPM shown to people: one decimal, cut (not rounded) so a figure never reaches a category
 * threshold the raw value did not: 77.966 shows "77,9 %" beside Kurang Optimal, where rounding
 * would print "78,0 %". Screens, certificates, reports and the workbook all use this one value.
 */
export function displayJpm(jpm: number): number {
  // toPrecision first: 100·28/35 may be stored a hair under 80 and must not show 79,9.
  return Math.floor(Number((jpm * 10).toPrecision(12))) / 10;
}

/** "87,5 %" for a raw JPM, cut to one decimal (see displayJpm). */
export function formatJpmId(jpm: number | null, format: Omit<PercentFormat, 'decimals'> = {}): string {
  if (jpm === null) return '—';
  return formatPercentId(displayJpm(jpm), { ...format, decimals: 1 });
}
