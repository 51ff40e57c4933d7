import { describe, expect, it } from 'vitest';
import {
  CATEGORIES_BY_PURPOSE,
  CATEGORY_LABELS,
  categoryOf,
  defaultThresholds,
  DEFAULT_CATEGORY_THRESHOLDS,
  meetsCategory,
  thresholdProblem,
} from '../../../src/shared/domain/categories';
import { formatPercentId, jpmPercent } from '../../../src/shared/domain/jpm';

const pengisian = defaultThresholds('pengisian');
const pemetaan = defaultThresholds('pemetaan');

describe('categoryOf, pengisian jabatan (MS ≥ 80, MMS 68 to < 80, KMS < 68)', () => {
  it.each([
    [100, 'MS'],
    [80, 'MS'],
    [79.99999, 'MMS'],
    [68, 'MMS'],
    [67.99999, 'KMS'],
    [0, 'KMS'],
  ] as const)('puts a JPM of %s in %s', (jpm, code) => {
    expect(categoryOf(jpm, pengisian)).toBe(code);
  });

  it('puts a JPM above 100 % in the best category', () => {
    expect(categoryOf(112.5, pengisian)).toBe('MS');
  });
});

describe('categoryOf, pemetaan (Optimal ≥ 90, Cukup Optimal 78 to < 90, Kurang Optimal < 78)', () => {
  it.each([
    [120, 'O'],
    [90, 'O'],
    [89.99999, 'CO'],
    [78, 'CO'],
    [77.99999, 'KO'],
    [10, 'KO'],
  ] as const)('puts a JPM of %s in %s', (jpm, code) => {
    expect(categoryOf(jpm, pemetaan)).toBe(code);
  });
});

describe('thresholds met exactly by JPMs computed from level sums', () => {
  it.each([
    [17, 25, 68, pengisian, 'MMS'],
    [34, 50, 68, pengisian, 'MMS'],
    [39, 50, 78, pemetaan, 'CO'],
    [36, 45, 80, pengisian, 'MS'],
    [28, 35, 80, pengisian, 'MS'],
    [9, 10, 90, pemetaan, 'O'],
    [27, 30, 90, pemetaan, 'O'],
  ] as const)(
    '%i of %i is exactly %i %% and lands in the upper category',
    (achieved, standard, exact, t, code) => {
      const jpm = jpmPercent(achieved, standard);
      expect(jpm).toBe(exact);
      expect(categoryOf(jpm, t)).toBe(code);
    },
  );

  it('keeps the category of the raw value even when one decimal displays the threshold', () => {
    // 46 of 59 is 77.966…: shown as 78,0 % but still below 78 (documented in categoryOf).
    const jpm = jpmPercent(46, 59);
    expect(formatPercentId(jpm)).toBe('78,0 %');
    expect(categoryOf(jpm, pemetaan)).toBe('KO');
  });

  it('never shows a threshold value for a JPM below it while the standard total stays under 59', () => {
    for (let standard = 1; standard < 59; standard++) {
      for (let achieved = 0; achieved <= 5 * standard; achieved++) {
        const jpm = jpmPercent(achieved, standard);
        const shown = Number(formatPercentId(jpm).replace(' %', '').replace(',', '.'));
        for (const t of [pengisian, pemetaan]) {
          expect(categoryOf(shown, t)).toBe(categoryOf(jpm, t));
        }
      }
    }
  });
});

describe('editable thresholds', () => {
  it('uses the thresholds a programme set instead of the standard ones', () => {
    const custom = { purpose: 'pengisian' as const, top: 75, middle: 60 };
    expect(categoryOf(76, custom)).toBe('MS');
    expect(categoryOf(76, pengisian)).toBe('MMS');
    expect(categoryOf(60, custom)).toBe('MMS');
    expect(categoryOf(59.9, custom)).toBe('KMS');
  });

  it('hands out copies, so editing one never changes the standard set', () => {
    const copy = defaultThresholds('pemetaan');
    copy.top = 85;
    expect(DEFAULT_CATEGORY_THRESHOLDS.pemetaan.top).toBe(90);
  });

  it.each([
    [{ purpose: 'pengisian', top: 80, middle: 68 }, null],
    [{ purpose: 'pengisian', top: 68, middle: 80 }, 'thresholds-order'],
    [{ purpose: 'pemetaan', top: 90, middle: 90 }, 'thresholds-order'],
    [{ purpose: 'pemetaan', top: 120, middle: 78 }, 'thresholds-range'],
    [{ purpose: 'pemetaan', top: 90, middle: 0 }, 'thresholds-range'],
    [{ purpose: 'pemetaan', top: Number.NaN, middle: 78 }, 'thresholds-not-numbers'],
  ] as const)('judges %o as %s', (thresholds, problem) => {
    expect(thresholdProblem(thresholds)).toBe(problem);
  });

  it('refuses a JPM that is not a number instead of guessing a category', () => {
    expect(() => categoryOf(Number.NaN, pengisian)).toThrow(RangeError);
  });
});

describe('category sets', () => {
  it('labels every code in Indonesian and orders each set best first', () => {
    expect(CATEGORIES_BY_PURPOSE.pengisian).toEqual(['MS', 'MMS', 'KMS']);
    expect(CATEGORIES_BY_PURPOSE.pemetaan).toEqual(['O', 'CO', 'KO']);
    expect(CATEGORY_LABELS.MMS).toBe('Masih Memenuhi Syarat');
    expect(CATEGORY_LABELS.CO).toBe('Cukup Optimal');
  });

  it('counts a category as meeting a minimum when it is that category or better', () => {
    expect(meetsCategory('MS', 'MMS')).toBe(true);
    expect(meetsCategory('MMS', 'MMS')).toBe(true);
    expect(meetsCategory('KMS', 'MMS')).toBe(false);
    expect(meetsCategory('O', 'CO')).toBe(true);
    expect(meetsCategory('KO', 'CO')).toBe(false);
  });

  it('refuses to compare categories of different purposes', () => {
    expect(() => meetsCategory('O', 'MMS')).toThrow(RangeError);
  });
});
