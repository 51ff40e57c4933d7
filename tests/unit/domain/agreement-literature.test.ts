/**
 * The agreement coefficients against published worked examples, each reproduced to 3 decimals,
 * and against deliberately naive second implementations on random data with missing ratings.
 */
import { describe, expect, it } from 'vitest';
import {
  agreementWeights,
  gwetAc2,
  krippendorffAlpha,
  weightedKappa,
  type AlphaMetric,
} from '../../../src/shared/domain/agreement-core';

const _ = null;

/**
 * Reliability data of Krippendorff's worked example with several observers and missing values:
 * 4 observers (A–D) × 12 units, values 1–5. Krippendorff, K. (2011), "Computing Krippendorff's
 * Alpha-Reliability", Annenberg School for Communication, University of Pennsylvania
 * (repository.upenn.edu/asc_papers/43); also Krippendorff (2004), Content Analysis, 2nd ed.,
 * p. 230, and Gwet (2014), Handbook of Inter-Rater Reliability, 4th ed., p. 120 (dataset
 * `cac.raw4raters` of Gwet's irrCAC package). Rows are units, columns observers A–D.
 *
 * Where the expected values were read (the paper itself was not available to read here):
 * - DKPro Statistics, Krippendorff2004Test.java (dkpro/dkpro-statistics), which cites
 *   Krippendorff (2004) p. 230: nominal α = .743, Do = .200, De = .779; interval α = .849,
 *   Do = .433, De = 2.872.
 * - fast-krippendorff, tests/test_krippendorff.py (pln-fing-udelar/fast-krippendorff): ordinal
 *   α = .815 for this data.
 * - Gwet's irrCAC vignette "Weighted Chance-corrected Agreement Coefficients":
 *   krippen.alpha.raw(cac.raw4raters, weights = "quadratic") = 0.84911 (the interval alpha).
 */
const KRIPPENDORFF_UNITS: (number | null)[][] = [
  [1, 1, _, 1],
  [2, 2, 3, 2],
  [3, 3, 3, 3],
  [3, 3, 3, 3],
  [2, 2, 2, 2],
  [1, 2, 3, 4],
  [4, 4, 4, 4],
  [1, 1, 2, 1],
  [2, 2, 2, 2],
  [_, 5, 5, 5],
  [_, _, 1, 1],
  [_, 3, _, _],
];

describe("Krippendorff's alpha on Krippendorff's own example (4 observers × 12 units)", () => {
  it('gives nominal α = 0.743 with Do = 0.200 and De = 0.779', () => {
    const alpha = krippendorffAlpha(KRIPPENDORFF_UNITS, 'nominal');
    expect(alpha?.coefficient).toBeCloseTo(0.743, 3);
    expect(alpha?.observed).toBeCloseTo(0.2, 3);
    expect(alpha?.expected).toBeCloseTo(0.779, 3);
  });

  it('gives ordinal α = 0.815', () => {
    expect(krippendorffAlpha(KRIPPENDORFF_UNITS, 'ordinal')?.coefficient).toBeCloseTo(0.815, 3);
  });

  it('gives interval α = 0.849 with Do = 0.433 and De = 2.872', () => {
    const alpha = krippendorffAlpha(KRIPPENDORFF_UNITS, 'interval');
    expect(alpha?.coefficient).toBeCloseTo(0.849, 3);
    expect(alpha?.observed).toBeCloseTo(0.433, 3);
    expect(alpha?.expected).toBeCloseTo(2.872, 3);
  });
});

describe("Gwet's AC1/AC2 on Gwet's Handbook example (cac.raw4raters, the same 4 × 12 data)", () => {
  // Values printed by Gwet's own irrCAC package (K. L. Gwet, "Weighted Chance-corrected Agreement
  // Coefficients", irrCAC vignette, 2019/2021) for Gwet (2014), Handbook, 4th ed., p. 120 data;
  // the unweighted, ordinal and linear values are asserted by the Python port of irrCAC
  // (afergadis/irrCAC, test/unit/irrCAC/raw/test_gwet.py).
  const levels = [1, 2, 3, 4, 5];

  it('gives AC2 = 0.914 with quadratic weights (pa = 0.9753788, pe = 0.7137044)', () => {
    const ac2 = gwetAc2(KRIPPENDORFF_UNITS, 'quadratic', levels);
    expect(ac2?.coefficient).toBeCloseTo(0.914, 3);
    expect(ac2?.pa).toBeCloseTo(0.9753788, 7);
    expect(ac2?.pe).toBeCloseTo(0.7137044, 7);
  });

  it('gives AC1 = 0.775 unweighted (pa = 0.818, pe = 0.190)', () => {
    const ac1 = gwetAc2(KRIPPENDORFF_UNITS, 'identity', levels);
    expect(ac1?.coefficient).toBeCloseTo(0.775, 3);
    expect(ac1?.pa).toBeCloseTo(0.818, 3);
    expect(ac1?.pe).toBeCloseTo(0.19, 3);
  });

  it('gives AC2 = 0.899 with ordinal weights and 0.859 with linear weights', () => {
    const ordinal = gwetAc2(KRIPPENDORFF_UNITS, 'ordinal', levels);
    expect(ordinal?.coefficient).toBeCloseTo(0.899, 3);
    expect(ordinal?.pa).toBeCloseTo(0.968, 3);
    expect(ordinal?.pe).toBeCloseTo(0.685, 3);
    const linear = gwetAc2(KRIPPENDORFF_UNITS, 'linear', levels);
    expect(linear?.coefficient).toBeCloseTo(0.859, 3);
    expect(linear?.pa).toBeCloseTo(0.939, 3);
    expect(linear?.pe).toBeCloseTo(0.571, 3);
  });
});

describe("Cohen's weighted kappa on published tables", () => {
  it("gives κw = 0.892 with quadratic weights on Gwet's 3 × 3 abstractors table", () => {
    // 100 pregnancies classified by two abstractors (Ectopic, AIU, NIU): Gwet (2014), Handbook,
    // dataset cont3x3abstractors. irrCAC vignette: kappa2.table(..., quadratic.weights(1:3)) =
    // 0.8921569, weighted percent agreement pa2.table = 0.9725.
    const kappa = weightedKappa(
      [
        [13, 0, 0],
        [0, 20, 7],
        [0, 4, 56],
      ],
      'quadratic',
    );
    expect(kappa?.coefficient).toBeCloseTo(0.8921569, 7);
    expect(kappa?.pa).toBeCloseTo(0.9725, 10);
  });

  it("gives κ = 0.492 and κw = 0.348 on Cohen's (1968) Table 1", () => {
    // Cohen, J. (1968), Weighted kappa, Psychological Bulletin 70, 213–220, Table 1: proportions
    // of 200 cases by two judges over personality disorder / neurosis / psychosis, with
    // disagreement weights 1, 3, 6. Cohen reports κ = .492 and κw = .348 (as quoted in the
    // documentation of the R package psych, cohen.kappa). Agreement weights are 1 − v / 6.
    const table = [
      [0.44, 0.07, 0.09],
      [0.05, 0.2, 0.05],
      [0.01, 0.03, 0.06],
    ];
    const disagreement = [
      [0, 1, 3],
      [1, 0, 6],
      [3, 6, 0],
    ];
    expect(weightedKappa(table, 'identity')?.coefficient).toBeCloseTo(0.492, 3);
    const weights = disagreement.map((row) => row.map((v) => 1 - v / 6));
    expect(weightedKappa(table, weights)?.coefficient).toBeCloseTo(0.348, 3);
  });
});

describe('agreement weights', () => {
  it('match the irrCAC definitions for three categories', () => {
    // irrCAC vignette: quadratic.weights(1:3) rows 1 .75 0; linear 1 .5 0; ordinal 1 .667 0.
    expect(agreementWeights('quadratic', 3)[0]).toEqual([1, 0.75, 0]);
    expect(agreementWeights('linear', 3)[0]).toEqual([1, 0.5, 0]);
    expect(agreementWeights('ordinal', 3)[0]?.[1]).toBeCloseTo(2 / 3, 12);
    expect(agreementWeights('identity', 3)).toEqual([
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
    ]);
  });
});

// ——— Independent, naive second implementations ———

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Units × raters of levels 1–5, skewed toward 3, with some ratings missing. */
function randomUnits(seed: number, units: number, raters: number): (number | null)[][] {
  const random = mulberry32(seed);
  return Array.from({ length: units }, () => {
    const truth = 1 + Math.min(4, Math.floor(random() * 3 + random() * 3));
    return Array.from({ length: raters }, () => {
      if (random() < 0.2) return null;
      const noise = random() < 0.6 ? 0 : random() < 0.5 ? -1 : 1;
      return Math.min(5, Math.max(1, truth + noise));
    });
  });
}

/** Alpha from its textbook definition: every ordered pair of pairable values, O(n²). */
function naiveAlpha(units: (number | null)[][], metric: AlphaMetric): number {
  const pairable = units.map((u) => u.filter((v): v is number => v !== null)).filter((u) => u.length >= 2);
  const all = pairable.flat();
  const n = all.length;
  const frequency = new Map<number, number>();
  for (const v of all) frequency.set(v, (frequency.get(v) ?? 0) + 1);
  const delta = (v: number, w: number): number => {
    if (metric === 'nominal') return v === w ? 0 : 1;
    if (metric === 'interval') return (v - w) ** 2;
    if (v === w) return 0;
    let between = 0;
    for (const [g, ng] of frequency) if (g >= Math.min(v, w) && g <= Math.max(v, w)) between += ng;
    return (between - ((frequency.get(v) ?? 0) + (frequency.get(w) ?? 0)) / 2) ** 2;
  };
  let observed = 0;
  for (const unit of pairable) {
    for (let i = 0; i < unit.length; i++) {
      for (let j = 0; j < unit.length; j++) {
        if (i !== j) observed += delta(unit[i] as number, unit[j] as number) / (unit.length - 1);
      }
    }
  }
  let expected = 0;
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) if (i !== j) expected += delta(all[i] as number, all[j] as number);
  return 1 - observed / n / (expected / (n * (n - 1)));
}

const quadratic = (v: number, w: number) => 1 - (v - w) ** 2 / 16;

/** AC2 straight from Gwet's formulas, pairs of raters enumerated one by one. */
function naiveAc2(units: (number | null)[][]): number {
  const rated = units.map((u) => u.filter((v): v is number => v !== null)).filter((u) => u.length >= 1);
  const twice = rated.filter((u) => u.length >= 2);
  let pa = 0;
  for (const unit of twice) {
    let sum = 0;
    for (let i = 0; i < unit.length; i++) {
      for (let j = 0; j < unit.length; j++)
        if (i !== j) sum += quadratic(unit[i] as number, unit[j] as number);
    }
    pa += sum / (unit.length * (unit.length - 1));
  }
  pa /= twice.length;
  let weightTotal = 0;
  for (let k = 1; k <= 5; k++) for (let l = 1; l <= 5; l++) weightTotal += quadratic(k, l);
  let chance = 0;
  for (let k = 1; k <= 5; k++) {
    const pi = rated.reduce((t, u) => t + u.filter((v) => v === k).length / u.length, 0) / rated.length;
    chance += pi * (1 - pi);
  }
  const pe = (weightTotal * chance) / 20;
  return (pa - pe) / (1 - pe);
}

/** Quadratic kappa from the list of pairs: chance as the mean weight over every cross pairing. */
function naiveKappa(pairs: Array<[number, number]>): number {
  const n = pairs.length;
  const po = pairs.reduce((t, [x, y]) => t + quadratic(x, y), 0) / n;
  let pe = 0;
  for (const [x] of pairs) for (const [, y] of pairs) pe += quadratic(x, y);
  pe /= n * n;
  return (po - pe) / (1 - pe);
}

describe('agreement coefficients against naive second implementations', () => {
  for (const seed of [1, 2, 3]) {
    const units = randomUnits(seed, 60, seed + 1);

    it(`agrees on Krippendorff's alpha, all three metrics (seed ${seed})`, () => {
      for (const metric of ['nominal', 'ordinal', 'interval'] as const) {
        expect(krippendorffAlpha(units, metric)?.coefficient).toBeCloseTo(naiveAlpha(units, metric), 10);
      }
    });

    it(`agrees on Gwet's AC2 with quadratic weights (seed ${seed})`, () => {
      expect(gwetAc2(units, 'quadratic', [1, 2, 3, 4, 5])?.coefficient).toBeCloseTo(naiveAc2(units), 10);
    });

    it(`agrees on quadratic-weighted kappa (seed ${seed})`, () => {
      const pairs = units
        .filter((u) => u[0] != null && u[1] != null)
        .map((u) => [u[0], u[1]] as [number, number]);
      const table = Array.from({ length: 5 }, () => [0, 0, 0, 0, 0]);
      for (const [x, y] of pairs) (table[x - 1] as number[])[y - 1]! += 1;
      expect(weightedKappa(table, 'quadratic')?.coefficient).toBeCloseTo(naiveKappa(pairs), 10);
    });
  }
});

describe('undefined coefficients', () => {
  it('has no alpha or kappa when nobody varies, and no alpha without pairable values', () => {
    expect(
      krippendorffAlpha(
        [
          [3, 3],
          [3, 3],
        ],
        'ordinal',
      ),
    ).toBeNull();
    expect(
      krippendorffAlpha(
        [
          [3, _],
          [_, 4],
        ],
        'ordinal',
      ),
    ).toBeNull();
    const allThree = Array.from({ length: 5 }, (_, i) =>
      Array.from({ length: 5 }, (_, j) => (i === 2 && j === 2 ? 10 : 0)),
    );
    expect(weightedKappa(allThree, 'quadratic')?.coefficient).toBeNull();
    expect(weightedKappa([[0]], 'quadratic')).toBeNull();
  });

  it('gives AC2 = 1 when every assessor gave every candidate the same level', () => {
    expect(
      gwetAc2(
        [
          [3, 3],
          [3, 3],
        ],
        'quadratic',
        [1, 2, 3, 4, 5],
      )?.coefficient,
    ).toBe(1);
  });
});
