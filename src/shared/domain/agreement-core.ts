/**
 * The arithmetic behind the agreement statistics, on plain count vectors so the same code serves
 * the fast per-programme pass (`agreement.ts`) and the literature checks. A "unit" is one thing
 * rated by several raters: in Asesa, one candidate × one competency.
 *
 * References (formulas as implemented):
 * - Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg School for
 *   Communication, University of Pennsylvania — coincidence matrix, ordinal and interval metrics.
 * - Gwet, K. L. (2014). Handbook of Inter-Rater Reliability, 4th ed., ch. 3 — AC2 for several
 *   raters with missing ratings; weights as in Gwet's irrCAC package.
 * - Cohen, J. (1968). Weighted kappa. Psychological Bulletin 70(4), 213–220.
 */

export type WeightKind = 'identity' | 'linear' | 'quadratic' | 'ordinal';

/**
 * Agreement weights (1 on the diagonal, 0 for the furthest categories) for `q` ordered categories,
 * as Gwet's irrCAC defines them: linear 1 − |k−l|/(q−1), quadratic 1 − (k−l)²/(q−1)², ordinal
 * 1 − C(|k−l|+1, 2)/C(q, 2).
 */
export function agreementWeights(kind: WeightKind, q: number): number[][] {
  const span = q - 1;
  const maxOrdinal = (q * (q - 1)) / 2;
  return Array.from({ length: q }, (_, k) =>
    Array.from({ length: q }, (_, l) => {
      const d = Math.abs(k - l);
      switch (kind) {
        case 'identity':
          return d === 0 ? 1 : 0;
        case 'linear':
          return span === 0 ? 1 : 1 - d / span;
        case 'quadratic':
          return span === 0 ? 1 : 1 - (d * d) / (span * span);
        case 'ordinal':
          return maxOrdinal === 0 ? 1 : 1 - ((d + 1) * d) / 2 / maxOrdinal;
      }
    }),
  );
}

export type AlphaMetric = 'nominal' | 'ordinal' | 'interval';

/**
 * Accumulates units given as count vectors over `q` categories (counts[c] = raters who chose
 * category c) and yields exact/adjacent pairwise agreement, Krippendorff's alpha and Gwet's AC2.
 */
export class UnitAccumulator {
  readonly q: number;
  /** Krippendorff's coincidence matrix, q × q. */
  readonly coincidences: Float64Array;
  units = 0;
  pairableUnits = 0;
  values = 0;
  pairs = 0;
  exactPairs = 0;
  adjacentPairs = 0;
  /** Units by spread (max − min category index), index 0…q−1. */
  readonly spreads: Int32Array;
  private readonly weights: Float64Array;
  private readonly weightTotal: number;
  private paSum = 0;
  private readonly piSum: Float64Array;

  constructor(q: number, ac2Weights: WeightKind | readonly (readonly number[])[] = 'quadratic') {
    this.q = q;
    this.coincidences = new Float64Array(q * q);
    this.spreads = new Int32Array(q);
    this.piSum = new Float64Array(q);
    const matrix = typeof ac2Weights === 'string' ? agreementWeights(ac2Weights, q) : ac2Weights;
    this.weights = new Float64Array(q * q);
    let total = 0;
    for (let k = 0; k < q; k++) {
      for (let l = 0; l < q; l++) {
        const w = matrix[k]?.[l];
        if (w === undefined) throw new RangeError(`UnitAccumulator: weights must be ${q} × ${q}`);
        this.weights[k * q + l] = w;
        total += w;
      }
    }
    this.weightTotal = total;
  }

  /** Adds one unit: counts[offset + c] raters chose category c. */
  add(counts: ArrayLike<number>, offset = 0): void {
    const q = this.q;
    let m = 0;
    let low = -1;
    let high = -1;
    for (let c = 0; c < q; c++) {
      const n = counts[offset + c] as number;
      if (n > 0) {
        m += n;
        if (low < 0) low = c;
        high = c;
      }
    }
    if (m === 0) return;
    this.units += 1;
    this.spreads[high - low] = (this.spreads[high - low] as number) + 1;
    for (let c = 0; c < q; c++) {
      this.piSum[c] = (this.piSum[c] as number) + (counts[offset + c] as number) / m;
    }
    if (m < 2) return;

    this.pairableUnits += 1;
    this.values += m;
    this.pairs += (m * (m - 1)) / 2;
    let pa = 0;
    for (let c = 0; c < q; c++) {
      const nc = counts[offset + c] as number;
      if (nc === 0) continue;
      this.exactPairs += (nc * (nc - 1)) / 2;
      if (c + 1 < q) this.adjacentPairs += nc * (counts[offset + c + 1] as number);
      let weighted = 0;
      for (let k = 0; k < q; k++) {
        const nk = counts[offset + k] as number;
        if (nk === 0) continue;
        weighted += (this.weights[c * q + k] as number) * nk;
        const o = (nc * (c === k ? nk - 1 : nk)) / (m - 1);
        this.coincidences[c * q + k] = (this.coincidences[c * q + k] as number) + o;
      }
      pa += nc * (weighted - 1);
    }
    this.paSum += pa / (m * (m - 1));
  }

  /** Pools another accumulator of the same shape (e.g. all competencies into one). */
  merge(other: UnitAccumulator): void {
    if (other.q !== this.q) throw new RangeError('UnitAccumulator: cannot merge different category counts');
    for (let i = 0; i < this.coincidences.length; i++) {
      this.coincidences[i] = (this.coincidences[i] as number) + (other.coincidences[i] as number);
    }
    for (let c = 0; c < this.q; c++) {
      this.spreads[c] = (this.spreads[c] as number) + (other.spreads[c] as number);
      this.piSum[c] = (this.piSum[c] as number) + (other.piSum[c] as number);
    }
    this.units += other.units;
    this.pairableUnits += other.pairableUnits;
    this.values += other.values;
    this.pairs += other.pairs;
    this.exactPairs += other.exactPairs;
    this.adjacentPairs += other.adjacentPairs;
    this.paSum += other.paSum;
  }

  /** Share of rater pairs within a unit that gave the same category; null without pairs. */
  exactAgreement(): number | null {
    return this.pairs === 0 ? null : this.exactPairs / this.pairs;
  }

  /** Share of rater pairs within a unit at most one category apart; null without pairs. */
  adjacentAgreement(): number | null {
    return this.pairs === 0 ? null : (this.exactPairs + this.adjacentPairs) / this.pairs;
  }

  /**
   * Krippendorff's alpha = 1 − Do/De over pairable values. `values` are the numeric values of
   * the categories, needed by the interval metric only (default 1…q). Null when undefined: fewer
   * than two pairable values, or no variation at all (De = 0).
   */
  alpha(metric: AlphaMetric, values?: readonly number[]): AlphaResult | null {
    const q = this.q;
    const o = this.coincidences;
    const marginals = new Float64Array(q);
    let n = 0;
    for (let c = 0; c < q; c++) {
      let row = 0;
      for (let k = 0; k < q; k++) row += o[c * q + k] as number;
      marginals[c] = row;
      n += row;
    }
    if (n < 2) return null;
    const delta = differenceFunction(metric, marginals, values ?? Array.from({ length: q }, (_, i) => i + 1));
    let observed = 0;
    let expected = 0;
    for (let c = 0; c < q; c++) {
      for (let k = 0; k < q; k++) {
        const d = delta(c, k);
        observed += (o[c * q + k] as number) * d;
        expected += (marginals[c] as number) * (marginals[k] as number) * d;
      }
    }
    observed /= n;
    expected /= n * (n - 1);
    if (expected === 0) return null;
    return { coefficient: 1 - observed / expected, observed, expected };
  }

  /**
   * Gwet's AC2 (AC1 with identity weights): pa over units rated at least twice, chance agreement
   * pe = T_w ÷ (q(q−1)) × Σ π_k(1 − π_k), with π_k the mean share of category k over all rated
   * units. Null without a unit rated twice.
   */
  ac2(): ChanceCorrected | null {
    if (this.pairableUnits === 0 || this.units === 0) return null;
    const q = this.q;
    const pa = this.paSum / this.pairableUnits;
    let sum = 0;
    for (let c = 0; c < q; c++) {
      const pi = (this.piSum[c] as number) / this.units;
      sum += pi * (1 - pi);
    }
    const pe = q < 2 ? 0 : (this.weightTotal * sum) / (q * (q - 1));
    return { coefficient: chanceCorrected(pa, pe), pa, pe };
  }
}

export interface AlphaResult {
  coefficient: number;
  /** Observed disagreement Do. */
  observed: number;
  /** Disagreement expected by chance De. */
  expected: number;
}

export interface ChanceCorrected {
  coefficient: number | null;
  /** Observed (weighted) agreement. */
  pa: number;
  /** Agreement expected by chance. */
  pe: number;
}

/** (pa − pe) ÷ (1 − pe), or null when chance alone already explains full agreement. */
function chanceCorrected(pa: number, pe: number): number | null {
  return Math.abs(1 - pe) < 1e-12 ? null : (pa - pe) / (1 - pe);
}

/** Krippendorff's squared difference δ²(c, k) by category index. */
function differenceFunction(
  metric: AlphaMetric,
  marginals: Float64Array,
  values: readonly number[],
): (c: number, k: number) => number {
  switch (metric) {
    case 'nominal':
      return (c, k) => (c === k ? 0 : 1);
    case 'interval':
      return (c, k) => {
        const d = (values[c] as number) - (values[k] as number);
        return d * d;
      };
    case 'ordinal': {
      // δ²(c,k) = (Σ_{g=c..k} n_g − (n_c + n_k)/2)²; cumulative sums make each lookup O(1).
      const cumulative = new Float64Array(marginals.length + 1);
      for (let g = 0; g < marginals.length; g++) {
        cumulative[g + 1] = (cumulative[g] as number) + (marginals[g] as number);
      }
      return (c, k) => {
        const lo = Math.min(c, k);
        const hi = Math.max(c, k);
        if (lo === hi) return 0;
        const between = (cumulative[hi + 1] as number) - (cumulative[lo] as number);
        const d = between - ((marginals[lo] as number) + (marginals[hi] as number)) / 2;
        return d * d;
      };
    }
  }
}

/**
 * Cohen's weighted kappa from a q × q table of counts (rows: rater A, columns: rater B) and
 * agreement weights (1 = full agreement). Null when undefined (empty table, or chance agreement 1).
 */
export function weightedKappa(
  table: readonly (readonly number[])[],
  weights: WeightKind | readonly (readonly number[])[] = 'quadratic',
): ChanceCorrected | null {
  const q = table.length;
  const w = typeof weights === 'string' ? agreementWeights(weights, q) : weights;
  const rows = new Float64Array(q);
  const cols = new Float64Array(q);
  let total = 0;
  let observed = 0;
  for (let i = 0; i < q; i++) {
    const row = table[i];
    if (!row || row.length !== q) throw new RangeError('weightedKappa: the table must be square');
    for (let j = 0; j < q; j++) {
      const t = row[j] as number;
      rows[i] = (rows[i] as number) + t;
      cols[j] = (cols[j] as number) + t;
      total += t;
      observed += (w[i]?.[j] as number) * t;
    }
  }
  if (total === 0) return null;
  let expected = 0;
  for (let i = 0; i < q; i++) {
    for (let j = 0; j < q; j++) expected += (w[i]?.[j] as number) * (rows[i] as number) * (cols[j] as number);
  }
  const pa = observed / total;
  const pe = expected / (total * total);
  return { coefficient: chanceCorrected(pa, pe), pa, pe };
}

/**
 * Units of raw ratings (one array per unit, null for a rater who did not rate it) turned into an
 * accumulator over the ordered value domain `domain` (default: the distinct values seen, sorted).
 */
export function accumulateUnits(
  units: readonly (readonly (number | null)[])[],
  options: { domain?: readonly number[]; ac2Weights?: WeightKind | readonly (readonly number[])[] } = {},
): { accumulator: UnitAccumulator; domain: number[] } {
  const domain =
    options.domain !== undefined
      ? [...options.domain]
      : [...new Set(units.flat().filter((v): v is number => v !== null))].sort((a, b) => a - b);
  const index = new Map(domain.map((value, i) => [value, i]));
  const accumulator = new UnitAccumulator(domain.length, options.ac2Weights);
  const counts = new Float64Array(domain.length);
  for (const unit of units) {
    counts.fill(0);
    for (const value of unit) {
      if (value === null) continue;
      const i = index.get(value);
      if (i === undefined) throw new RangeError(`accumulateUnits: ${value} is outside the value domain`);
      counts[i] = (counts[i] as number) + 1;
    }
    accumulator.add(counts);
  }
  return { accumulator, domain };
}

/** Krippendorff's alpha of raw reliability data (units × raters, null = missing). */
export function krippendorffAlpha(
  units: readonly (readonly (number | null)[])[],
  metric: AlphaMetric,
  domain?: readonly number[],
): AlphaResult | null {
  const accumulated = accumulateUnits(units, domain ? { domain } : {});
  return accumulated.accumulator.alpha(metric, accumulated.domain);
}

/** Gwet's AC1/AC2 of raw ratings (units × raters, null = missing) over the value domain. */
export function gwetAc2(
  units: readonly (readonly (number | null)[])[],
  weights: WeightKind | readonly (readonly number[])[],
  domain?: readonly number[],
): ChanceCorrected | null {
  return accumulateUnits(units, { ...(domain && { domain }), ac2Weights: weights }).accumulator.ac2();
}
