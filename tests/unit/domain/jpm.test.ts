import { describe, expect, it } from 'vitest';
import {
  computeJpm,
  displayJpm,
  formatJpmId,
  formatNumberId,
  formatPercentId,
  gapOf,
  jpmPercent,
  roundHalfUp,
  weightedRubricScore,
} from '../../../src/shared/domain/jpm';

const row = (code: string, standard: number, achieved: number) => ({ code, standard, achieved });

describe('gaps and JPM', () => {
  it('gives the gap as achieved minus standard', () => {
    expect(gapOf(2, 3)).toBe(-1);
    expect(gapOf(3, 3)).toBe(0);
    expect(gapOf(5, 3)).toBe(2);
  });

  it('totals the levels and computes JPM from the totals', () => {
    const result = computeJpm([row('M.1', 3, 3), row('M.2', 3, 2), row('M.3', 3, 4), row('SK.1', 3, 3)]);
    expect(result.totalAchieved).toBe(12);
    expect(result.totalStandard).toBe(12);
    expect(result.jpm).toBe(100);
    expect(result.competencies.map((c) => c.gap)).toEqual([0, -1, 1, 0]);
    expect(result.competencies.map((c) => c.meetsStandard)).toEqual([true, false, true, true]);
    expect(result.metCount).toBe(3);
    expect(result.worstGap).toBe(-1);
  });

  it('keeps a JPM above 100 % as it is', () => {
    const result = computeJpm([row('M.1', 2, 3), row('M.2', 2, 3), row('M.3', 2, 3), row('M.4', 2, 2)]);
    expect(result.jpm).toBe(137.5);
    expect(formatPercentId(result.jpm)).toBe('137,5 %');
    expect(formatPercentId(result.jpm, { capAt100: true })).toBe('100,0 %');
    expect(result.worstGap).toBe(0);
  });

  it('gives the same JPM for equal fractions of different totals', () => {
    expect(jpmPercent(28, 35)).toBe(jpmPercent(36, 45));
    expect(jpmPercent(21, 27)).toBe(jpmPercent(7, 9));
  });

  it('computes nine competencies at level 4 against standard 5 (36 of 45) as exactly 80 %', () => {
    const levels = Array.from({ length: 9 }, (_, i) => row(`M.${i + 1}`, 5, 4));
    expect(computeJpm(levels).jpm).toBe(80);
  });

  it('refuses an empty result, a zero standard and negative levels', () => {
    expect(() => computeJpm([])).toThrow(RangeError);
    expect(() => jpmPercent(3, 0)).toThrow(RangeError);
    expect(() => computeJpm([row('M.1', 3, -1)])).toThrow(RangeError);
  });
});

describe('formatPercentId', () => {
  it.each([
    [87.5, '87,5 %'],
    [100, '100,0 %'],
    [0, '0,0 %'],
    [87.25, '87,3 %'],
    [87.24, '87,2 %'],
    [200 / 3, '66,7 %'],
    [1234.5, '1.234,5 %'],
  ])('shows %s as %s', (value, shown) => {
    expect(formatPercentId(value)).toBe(shown);
  });

  it('caps only the display at 100 % and leaves smaller values alone', () => {
    expect(formatPercentId(112.5, { capAt100: true })).toBe('100,0 %');
    expect(formatPercentId(87.5, { capAt100: true })).toBe('87,5 %');
  });

  it('shows two decimals when asked', () => {
    expect(formatPercentId(200 / 3, { decimals: 2 })).toBe('66,67 %');
  });

  it('shows a dash for a value that is not a number', () => {
    expect(formatPercentId(Number.NaN)).toBe('—');
    expect(formatNumberId(Number.POSITIVE_INFINITY, 1)).toBe('—');
  });
});

describe('roundHalfUp', () => {
  it('rounds halves away from zero even when the binary value sits just below the half', () => {
    expect(roundHalfUp(1.005, 2)).toBe(1.01);
    expect(roundHalfUp(87.25, 1)).toBe(87.3);
    expect(roundHalfUp(-2.5, 0)).toBe(-3);
    expect(roundHalfUp(200 / 3, 2)).toBe(66.67);
  });

  it('never gives negative zero', () => {
    expect(Object.is(roundHalfUp(-0.04, 1), 0)).toBe(true);
  });
});

describe('weightedRubricScore', () => {
  const scale = { min: 1, max: 100 };

  it('weighs each criterion and reports the score and its share of the scale', () => {
    const result = weightedRubricScore(
      [
        { code: 'inovasi', weight: 30, score: 80 },
        { code: 'dampak', weight: 20, score: 90 },
        { code: 'kelayakan', weight: 50, score: 70 },
      ],
      scale,
    );
    expect(result).toEqual({ score: 77, percent: 77, totalWeight: 100 });
  });

  it('gives exactly the same score with fractional weights', () => {
    const result = weightedRubricScore(
      [
        { code: 'inovasi', weight: 0.3, score: 80 },
        { code: 'dampak', weight: 0.2, score: 90 },
        { code: 'kelayakan', weight: 0.5, score: 70 },
      ],
      scale,
    );
    expect(result.score).toBe(77);
  });

  it('expresses a score on a 1–5 scale as a share of the top of the scale', () => {
    const result = weightedRubricScore([{ code: 'a', weight: 1, score: 4 }], { min: 1, max: 5 });
    expect(result.percent).toBe(80);
  });

  it('refuses scores outside the scale, negative weights and weights adding up to nothing', () => {
    expect(() => weightedRubricScore([{ code: 'a', weight: 1, score: 101 }], scale)).toThrow(RangeError);
    expect(() => weightedRubricScore([{ code: 'a', weight: -1, score: 50 }], scale)).toThrow(RangeError);
    expect(() => weightedRubricScore([{ code: 'a', weight: 0, score: 50 }], scale)).toThrow(RangeError);
    expect(() => weightedRubricScore([], { min: 5, max: 1 })).toThrow(RangeError);
  });
});

describe('displayJpm / formatJpmId', () => {
  it('cuts to one decimal so the figure never reaches a threshold the raw value did not', () => {
    // 46 / 59 = 77.966…: Kurang Optimal; rounding would print 78,0 %.
    expect(formatJpmId(jpmPercent(46, 59))).toBe('77,9 %');
    expect(displayJpm(jpmPercent(36, 45))).toBe(80);
    expect(formatJpmId(jpmPercent(28, 35))).toBe('80,0 %');
    expect(formatJpmId(jpmPercent(32, 27))).toBe('118,5 %');
    expect(formatJpmId(jpmPercent(32, 27), { capAt100: true })).toBe('100,0 %');
    expect(formatJpmId(87.5)).toBe('87,5 %');
    expect(formatJpmId(null)).toBe('—');
  });

  it('never shows a category boundary the raw value did not reach, for every total up to 200', () => {
    for (let standard = 1; standard <= 200; standard++) {
      for (let achieved = 0; achieved <= standard * 2; achieved++) {
        const raw = jpmPercent(achieved, standard);
        const shown = displayJpm(raw);
        expect(shown).toBeLessThanOrEqual(raw + 1e-9);
        for (const threshold of [68, 78, 80, 90]) {
          expect(shown >= threshold).toBe(raw >= threshold);
        }
      }
    }
  });
});
