import { describe, expect, it } from 'vitest';
import {
  DEFAULT_EXTRA_ASSESSOR_SPREAD,
  meanLevel,
  settledByRule,
  medianLevel,
  needsExtraAssessor,
  needsRationale,
  rationaleReasons,
  spreadOf,
  suggestLevel,
} from '../../../src/shared/domain/reconcile';

describe('median rule', () => {
  it.each([
    [[3], 3],
    [[2, 4, 3], 3],
    [[1, 5, 5], 5],
    [[3, 4], 3],
    [[1, 5], 1],
    [[2, 3, 4, 5], 3],
    [[4, 2, 5, 3], 3],
  ])('suggests the median of %j as %i (the lower middle one for an even count)', (ratings, level) => {
    expect(medianLevel(ratings)).toBe(level);
    expect(suggestLevel('median', ratings)).toBe(level);
  });
});

describe('mean rule', () => {
  it.each([
    [[2, 3], 3],
    [[3, 4], 4],
    [[1, 2], 2],
    [[3, 3, 4], 3],
    [[3, 4, 4], 4],
    [[2, 3, 3, 4], 3],
    [[1, 2, 2, 2], 2],
    [[1, 1, 1, 2], 1],
    [[4, 5, 5, 4], 5],
  ])('suggests the mean of %j rounded, halves up, as %i', (ratings, level) => {
    expect(meanLevel(ratings)).toBe(level);
    expect(suggestLevel('mean', ratings)).toBe(level);
  });
});

describe('consensus rule', () => {
  it('suggests the level when every assessor gave it, with an odd and an even count', () => {
    expect(suggestLevel('consensus', [3, 3, 3])).toBe(3);
    expect(suggestLevel('consensus', [4, 4])).toBe(4);
  });

  it('suggests nothing when the assessors differ, with an odd and an even count', () => {
    expect(suggestLevel('consensus', [3, 3, 4])).toBeNull();
    expect(suggestLevel('consensus', [3, 4])).toBeNull();
  });
});

describe('without ratings', () => {
  it('suggests nothing under any rule and has no spread', () => {
    expect(suggestLevel('consensus', [])).toBeNull();
    expect(suggestLevel('median', [])).toBeNull();
    expect(suggestLevel('mean', [])).toBeNull();
    expect(spreadOf([])).toBe(0);
  });
});

describe('spread and the rationale', () => {
  it('measures the spread as highest minus lowest rating', () => {
    expect(spreadOf([3])).toBe(0);
    expect(spreadOf([2, 4, 3])).toBe(2);
    expect(spreadOf([1, 5])).toBe(4);
  });

  it('asks for a rationale when the agreed level differs from every rating', () => {
    expect(needsRationale(2, [3, 4])).toBe(true);
    expect(rationaleReasons(2, [3, 4])).toEqual(['differs-from-every-rating']);
  });

  it('asks for a rationale when the ratings spread two levels or more, even if the agreed level was given', () => {
    expect(needsRationale(2, [2, 4])).toBe(true);
    expect(rationaleReasons(2, [2, 4])).toEqual(['wide-spread']);
    expect(rationaleReasons(3, [2, 4])).toEqual(['differs-from-every-rating', 'wide-spread']);
  });

  it('needs no rationale when the agreed level was given and the spread is one', () => {
    expect(needsRationale(3, [3, 4])).toBe(false);
    expect(needsRationale(4, [3, 4, 4])).toBe(false);
  });

  it('asks for a rationale when the lead departs from the rule suggestion, only when the rule is given', () => {
    expect(needsRationale(2, [2, 3, 3])).toBe(false);
    expect(rationaleReasons(2, [2, 3, 3], 'median')).toEqual(['overrides-rule']);
    expect(needsRationale(3, [2, 3, 3], 'median')).toBe(false);
    // Consensus has no suggestion when the assessors differ, so choosing either is no override.
    expect(needsRationale(2, [2, 3], 'consensus')).toBe(false);
  });

  it('refuses levels outside 1–5', () => {
    expect(() => needsRationale(6, [3])).toThrow(RangeError);
    expect(() => medianLevel([0, 3])).toThrow(RangeError);
    expect(() => meanLevel([2.5])).toThrow(RangeError);
  });
});

describe('needsExtraAssessor', () => {
  it('asks for one more assessor only when the spread is above the threshold', () => {
    expect(DEFAULT_EXTRA_ASSESSOR_SPREAD).toBe(2);
    expect(needsExtraAssessor([2, 4])).toBe(false);
    expect(needsExtraAssessor([1, 4])).toBe(true);
    expect(needsExtraAssessor([3, 4], 0)).toBe(true);
    expect(needsExtraAssessor([3, 3], 0)).toBe(false);
    expect(needsExtraAssessor([2, 4, 3], 1)).toBe(true);
  });
});

describe('settledByRule', () => {
  it('settles median and mean levels that need no rationale, never consensus', () => {
    expect(settledByRule('consensus', [3, 3])).toBeNull();
    expect(settledByRule('median', [3, 4])).toBe(3);
    expect(settledByRule('median', [3, 4, 4])).toBe(4);
    expect(settledByRule('mean', [3, 4])).toBe(4);
    expect(settledByRule('mean', [3, 3, 4])).toBe(3);
  });

  it('leaves a wide spread or no ratings to the lead', () => {
    expect(settledByRule('median', [2, 4])).toBeNull();
    expect(settledByRule('mean', [2, 3, 4])).toBeNull();
    expect(settledByRule('median', [])).toBeNull();
  });
});
