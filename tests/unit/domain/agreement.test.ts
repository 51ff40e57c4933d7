import { describe, expect, it } from 'vitest';
import { agreementReport, type AgreedRecord, type RatingRecord } from '../../../src/shared/domain/agreement';
import { weightedKappa } from '../../../src/shared/domain/agreement-core';
import {
  AGREEMENT_EXPLANATIONS,
  AGREEMENT_STATISTICS,
  describeAlpha,
  describeKappa,
} from '../../../src/shared/domain/agreement-text';

const _ = null;
// Krippendorff's 4 observers × 12 units (see agreement-literature.test.ts for the sources).
const OBSERVERS = ['A', 'B', 'C', 'D'];
const UNITS: (number | null)[][] = [
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

function asRatings(units: (number | null)[][], competency = 'M.1'): RatingRecord[] {
  return units.flatMap((unit, u) =>
    unit.flatMap((level, o) =>
      level === null
        ? []
        : [{ subjectId: `s${u + 1}`, competency, assessorId: OBSERVERS[o] as string, level }],
    ),
  );
}

describe('agreementReport on the literature example', () => {
  const report = agreementReport(asRatings(UNITS));
  const m1 = report.competencies[0];

  it('reproduces ordinal alpha 0.815, interval alpha 0.849 and AC2 0.914 through the fast path', () => {
    expect(m1?.competency).toBe('M.1');
    expect(m1?.alphaOrdinal).toBeCloseTo(0.815, 3);
    expect(m1?.alphaInterval).toBeCloseTo(0.849, 3);
    expect(m1?.ac2).toBeCloseTo(0.914, 3);
    expect(report.overall.alphaOrdinal).toBeCloseTo(0.815, 3);
  });

  it('counts units, pairable units, ratings, subjects and assessors', () => {
    expect(m1?.units).toBe(12);
    expect(m1?.pairableUnits).toBe(11);
    expect(report.counts).toEqual({ ratings: 41, subjects: 12, assessors: 4 });
  });

  it('pools exact and adjacent agreement over every pair of ratings within a unit', () => {
    // Pairs: unit 1 has 3, units 2–9 have 6 each, unit 10 has 3, unit 11 has 1 → 55.
    // Disagreeing pairs: unit 2 (3), unit 6 (6), unit 8 (3) → 12; of those one level apart: 9.
    expect(m1?.exactPercent).toBeCloseTo((100 * 43) / 55, 10);
    expect(m1?.adjacentPercent).toBeCloseTo((100 * 52) / 55, 10);
  });

  it('counts units by spread', () => {
    // Spread 0: units 1,3,4,5,7,9,10,11,12; spread 1: units 2 and 8; spread 3: unit 6.
    expect(m1?.spreadCounts).toEqual([9, 2, 0, 1, 0]);
  });

  it('reports each assessor pair over the units both rated', () => {
    expect(report.pairs.map((p) => `${p.assessorA}-${p.assessorB}`)).toEqual([
      'A-B',
      'A-C',
      'A-D',
      'B-C',
      'B-D',
      'C-D',
    ]);
    const ab = report.pairs[0];
    // A and B both rated units 1–9; they differ only on unit 6 (A 1, B 2).
    expect(ab?.units).toBe(9);
    expect(ab?.exactPercent).toBeCloseTo((100 * 8) / 9, 10);
    expect(ab?.adjacentPercent).toBe(100);
    expect(ab?.meanDifference).toBeCloseTo(-1 / 9, 12);
    // A gave 1 to units 1, 6 and 8, where B gave 1, 2 and 1.
    expect(ab?.table[0]).toEqual([2, 1, 0, 0, 0]);
    expect(ab?.kappaQuadratic).toBeCloseTo(
      weightedKappa(ab?.table ?? [], 'quadratic')?.coefficient ?? NaN,
      12,
    );
  });

  it('gives the same report whatever the order of the ratings', () => {
    const shuffled = [...asRatings(UNITS)].reverse();
    expect(agreementReport(shuffled)).toEqual(report);
  });
});

describe('assessor leniency', () => {
  it('is the mean of rating minus agreed level, over ratings that have an agreed level', () => {
    const ratings: RatingRecord[] = [
      { subjectId: 's1', competency: 'M.1', assessorId: 'lenient', level: 4 },
      { subjectId: 's1', competency: 'M.1', assessorId: 'strict', level: 2 },
      { subjectId: 's2', competency: 'M.1', assessorId: 'lenient', level: 5 },
      { subjectId: 's2', competency: 'M.1', assessorId: 'strict', level: 3 },
      { subjectId: 's3', competency: 'M.1', assessorId: 'lenient', level: 3 },
      { subjectId: 's3', competency: 'M.1', assessorId: 'strict', level: 3 },
    ];
    const agreed: AgreedRecord[] = [
      { subjectId: 's1', competency: 'M.1', level: 3 },
      { subjectId: 's2', competency: 'M.1', level: 4 },
    ];
    const { assessors } = agreementReport(ratings, agreed);
    expect(assessors).toEqual([
      { assessorId: 'lenient', ratings: 2, meanDeviation: 1, meanAbsoluteDeviation: 1, matchPercent: 0 },
      { assessorId: 'strict', ratings: 2, meanDeviation: -1, meanAbsoluteDeviation: 1, matchPercent: 0 },
    ]);
  });

  it('has no leniency for an assessor without agreed levels yet', () => {
    const { assessors } = agreementReport([
      { subjectId: 's1', competency: 'M.1', assessorId: 'x', level: 3 },
    ]);
    expect(assessors[0]).toEqual({
      assessorId: 'x',
      ratings: 0,
      meanDeviation: null,
      meanAbsoluteDeviation: null,
      matchPercent: null,
    });
  });
});

describe('competencies and skewed ratings', () => {
  it('orders competencies naturally and pools them in the overall block', () => {
    const ratings = [...asRatings(UNITS, 'M.10'), ...asRatings(UNITS, 'SK.1'), ...asRatings(UNITS, 'M.2')];
    const report = agreementReport(ratings);
    expect(report.competencies.map((c) => c.competency)).toEqual(['M.2', 'M.10', 'SK.1']);
    expect(report.overall.units).toBe(36);
    expect(report.counts.subjects).toBe(12);
  });

  it('keeps AC2 high where kappa collapses because nearly everyone is rated 3', () => {
    // 96 candidates both assessors rate 3; 4 where one says 3 and the other 4.
    const ratings: RatingRecord[] = [];
    for (let i = 0; i < 100; i++) {
      ratings.push({ subjectId: `s${i}`, competency: 'M.1', assessorId: 'A', level: 3 });
      ratings.push({ subjectId: `s${i}`, competency: 'M.1', assessorId: 'B', level: i < 4 ? 4 : 3 });
    }
    const report = agreementReport(ratings);
    expect(report.pairs[0]?.exactPercent).toBe(96);
    expect(report.pairs[0]?.kappaQuadratic).toBe(0);
    expect(report.overall.alphaOrdinal).toBeLessThan(0.05);
    expect(report.overall.ac2).toBeGreaterThan(0.95);
  });
});

describe('refused input', () => {
  it('refuses a level outside 1–5 in ratings and agreed levels', () => {
    expect(() => agreementReport([{ subjectId: 's', competency: 'M.1', assessorId: 'A', level: 6 }])).toThrow(
      RangeError,
    );
    expect(() => agreementReport([], [{ subjectId: 's', competency: 'M.1', level: 0 }])).toThrow(RangeError);
  });

  it('refuses an assessor who rated the same candidate and competency twice', () => {
    const twice: RatingRecord[] = [
      { subjectId: 's', competency: 'M.1', assessorId: 'A', level: 3 },
      { subjectId: 's', competency: 'M.1', assessorId: 'A', level: 4 },
    ];
    expect(() => agreementReport(twice)).toThrow(/twice/);
  });

  it('gives an empty report for no ratings', () => {
    const report = agreementReport([]);
    expect(report.overall.exactPercent).toBeNull();
    expect(report.overall.ac2).toBeNull();
    expect(report.pairs).toEqual([]);
  });
});

describe('a programme the size of the benchmark', () => {
  it('handles 10,000 candidates × 9 competencies × 2 assessors in one call', () => {
    const ratings: RatingRecord[] = [];
    for (let s = 0; s < 10_000; s++) {
      for (let c = 1; c <= 9; c++) {
        const level = 1 + ((s * 7 + c * 3) % 5);
        ratings.push({ subjectId: `s${s}`, competency: `M.${c}`, assessorId: `a${s % 40}`, level });
        ratings.push({
          subjectId: `s${s}`,
          competency: `M.${c}`,
          assessorId: `b${s % 40}`,
          level: s % 10 === 0 ? Math.min(5, level + 1) : level,
        });
      }
    }
    const report = agreementReport(ratings);
    expect(report.counts).toEqual({ ratings: 180_000, subjects: 10_000, assessors: 80 });
    expect(report.overall.pairableUnits).toBe(90_000);
    expect(report.pairs).toHaveLength(40);
    expect(report.competencies).toHaveLength(9);
  });
});

describe('plain words for the screen', () => {
  it('explains every statistic in Indonesian', () => {
    for (const statistic of AGREEMENT_STATISTICS) {
      expect(AGREEMENT_EXPLANATIONS[statistic].title.length).toBeGreaterThan(5);
      expect(AGREEMENT_EXPLANATIONS[statistic].explanation.length).toBeGreaterThan(60);
    }
  });

  it.each([
    [-0.1, 'poor'],
    [0, 'slight'],
    [0.2, 'slight'],
    [0.2001, 'fair'],
    [0.4, 'fair'],
    [0.41, 'moderate'],
    [0.6, 'moderate'],
    [0.61, 'substantial'],
    [0.8, 'substantial'],
    [0.81, 'almost-perfect'],
    [1, 'almost-perfect'],
    [null, 'undefined'],
    [Number.NaN, 'undefined'],
  ] as const)('puts kappa %s in the Landis & Koch band %s', (value, band) => {
    expect(describeKappa(value).band).toBe(band);
  });

  it('labels the bands in Indonesian', () => {
    expect(describeKappa(0.7).label).toBe('Kuat');
    expect(describeKappa(0.9).label).toBe('Hampir sempurna');
  });

  it.each([
    [0.8, 'reliable'],
    [0.7999, 'tentative'],
    [0.667, 'tentative'],
    [0.6669, 'unreliable'],
    [null, 'undefined'],
  ] as const)("puts alpha %s in Krippendorff's band %s", (value, band) => {
    expect(describeAlpha(value).band).toBe(band);
  });
});
