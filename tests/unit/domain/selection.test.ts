import { describe, expect, it } from 'vitest';
import {
  selectIntoGroups,
  summariseGroups,
  type SelectionCandidate,
} from '../../../src/shared/domain/selection';

/** Small seeded generator so the data is the same on every run. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `total` ranked candidates with JPMs from real level sums (standard 27), agencies by weight. */
function field(total: number, agencies: Array<[string, number]>, seed = 1): SelectionCandidate[] {
  const random = mulberry32(seed);
  const pool = agencies.flatMap(([agency, n]) => Array.from({ length: n }, () => agency));
  // Shuffle the agencies so no agency owns the top ranks.
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j] as string, pool[i] as string];
  }
  const scores = Array.from({ length: total }, () => (100 * (18 + Math.floor(random() * 14))) / 27).sort(
    (a, b) => b - a,
  );
  return scores.map((score, i) => ({ id: `c${i + 1}`, agency: pool[i] as string, score, rank: i + 1 }));
}

const AGENCIES: Array<[string, number]> = [
  ['Dinas Kesehatan', 12],
  ['Dinas Pendidikan', 9],
  ['Bappelitbangda', 6],
  ['DPMPTSP', 5],
  ['Dinas Perhubungan', 4],
  ['Diskominfostandi', 4],
  ['Kecamatan Bekasi Timur', 3],
  ['Kecamatan Medan Satria', 3],
  ['Inspektorat', 2],
  ['BKPSDM', 2],
  ['Satpol PP', 2],
  ['Dinas Sosial', 2],
  ['RSUD', 2],
  ['Kecamatan Rawalumbu', 2],
  ['Dinas Lingkungan Hidup', 2],
];

function maxPerAgency(result: ReturnType<typeof selectIntoGroups>): number {
  return Math.max(...result.groups.flatMap((g) => g.agencies.map((a) => a.count)));
}

describe('selectIntoGroups: the 50 best into 10 groups of 5', () => {
  // 80 complete candidates from 15 agencies; the 50 best are selected.
  const candidates = field(
    80,
    AGENCIES.map(([a, n]) => [a, n + 2] as [string, number]),
    7,
  );
  const result = selectIntoGroups(candidates, { count: 50, groups: 10 });

  it('takes exactly the 50 best, each once, in 10 groups of 5', () => {
    const ids = result.groups.flatMap((g) => g.members);
    expect(new Set(ids).size).toBe(50);
    expect([...ids].sort()).toEqual(
      candidates
        .slice(0, 50)
        .map((c) => c.id)
        .sort(),
    );
    expect(result.groups.map((g) => g.members.length)).toEqual([5, 5, 5, 5, 5, 5, 5, 5, 5, 5]);
    expect(result.groups.map((g) => g.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('keeps the group mean JPMs within a small spread', () => {
    const means = result.groups.map((g) => g.meanScore);
    expect(Math.max(...means) - Math.min(...means)).toBe(result.meanSpread);
    expect(result.meanSpread).toBeLessThan(3);
  });

  it('puts no more than an agency’s fair share in any group when that can be avoided', () => {
    expect(result.avoidableClustering).toBe(0);
    const size = new Map<string, number>();
    for (const c of candidates.slice(0, 50)) size.set(c.agency, (size.get(c.agency) ?? 0) + 1);
    for (const group of result.groups) {
      for (const { agency, count } of group.agencies) {
        expect(count).toBeLessThanOrEqual(Math.ceil((size.get(agency) as number) / 10));
      }
    }
    // With no agency holding more than 20 of the 50, nobody needs three in one group.
    expect(Math.max(...size.values())).toBeLessThanOrEqual(20);
    expect(maxPerAgency(result)).toBeLessThanOrEqual(2);
  });

  it('does better than the plain snake draft on clustering', () => {
    const snakeOnly = selectIntoGroups(candidates, { count: 50, groups: 10, scoreTolerance: 0 });
    const noSwaps = summariseGroups(
      // The snake draft itself: ranks 1–10 to groups 1–10, 11–20 back from 10 to 1, and so on.
      Array.from({ length: 10 }, (_, g) =>
        Array.from({ length: 5 }, (_, round) => `c${round * 10 + (round % 2 === 0 ? g : 9 - g) + 1}`),
      ),
      candidates,
    );
    expect(result.swaps).toBeGreaterThan(0);
    expect(result.sameAgencyPairs).toBeLessThan(noSwaps.sameAgencyPairs);
    expect(snakeOnly.meanSpread).toBeLessThanOrEqual(noSwaps.meanSpread + 1e-9);
  });

  it('gives the same groups whatever the input order', () => {
    const shuffled = [...candidates].reverse();
    expect(selectIntoGroups(shuffled, { count: 50, groups: 10 })).toEqual(result);
  });

  it('lists members in rank order and agencies by count', () => {
    for (const group of result.groups) {
      const ranks = group.members.map((id) => Number(id.slice(1)));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      const counts = group.agencies.map((a) => a.count);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
    }
  });
});

describe('selectIntoGroups: balance', () => {
  it('accepts three from one agency in a group when the agency holds half the selection', () => {
    const candidates = field(50, [
      ['Dinas Pendidikan', 25],
      ['Dinas Kesehatan', 15],
      ['Bappelitbangda', 10],
    ]);
    const result = selectIntoGroups(candidates, { count: 50, groups: 10 });
    expect(result.avoidableClustering).toBe(0);
    const pendidikan = result.groups.map(
      (g) => g.agencies.find((a) => a.agency === 'Dinas Pendidikan')?.count ?? 0,
    );
    expect(Math.max(...pendidikan)).toBe(3);
    expect(Math.min(...pendidikan)).toBe(2);
  });

  it('refuses an agency swap that would widen the spread of group means past the tolerance', () => {
    // Snake: group 1 = ranks 1 and 4 (both X), group 2 = ranks 2 and 3 (both Y), means 85 and 85.
    // Any swap that mixes the agencies moves the means 10 points apart.
    const candidates: SelectionCandidate[] = [
      { id: 'a', agency: 'X', score: 100, rank: 1 },
      { id: 'b', agency: 'Y', score: 90, rank: 2 },
      { id: 'c', agency: 'Y', score: 80, rank: 3 },
      { id: 'd', agency: 'X', score: 70, rank: 4 },
    ];
    const strict = selectIntoGroups(candidates, { count: 4, groups: 2, scoreTolerance: 1 });
    expect(strict.groups.map((g) => g.members)).toEqual([
      ['a', 'd'],
      ['b', 'c'],
    ]);
    expect(strict.swaps).toBe(0);
    expect(strict.meanSpread).toBe(0);

    const loose = selectIntoGroups(candidates, { count: 4, groups: 2, scoreTolerance: 10 });
    expect(loose.sameAgencyPairs).toBe(0);
    expect(loose.meanSpread).toBe(10);
  });

  it('takes everyone when fewer candidates than N are complete, and sizes groups by the snake', () => {
    const candidates = field(23, [['A', 23]]);
    const result = selectIntoGroups(candidates, { count: 50, groups: 5 });
    expect(result.groups.map((g) => g.members.length)).toEqual([5, 5, 5, 4, 4]);
  });

  it('refuses more groups than candidates and nonsense sizes', () => {
    const candidates = field(3, [['A', 3]]);
    expect(() => selectIntoGroups(candidates, { count: 3, groups: 4 })).toThrow(RangeError);
    expect(() => selectIntoGroups(candidates, { count: 0, groups: 1 })).toThrow(RangeError);
    expect(() => selectIntoGroups(candidates, { count: 3, groups: 1, scoreTolerance: -1 })).toThrow(
      RangeError,
    );
  });
});

describe('summariseGroups after a manual edit', () => {
  it('reports the edited groups with the same measures', () => {
    const candidates: SelectionCandidate[] = [
      { id: 'a', agency: 'X', score: 90, rank: 1 },
      { id: 'b', agency: 'X', score: 80, rank: 2 },
      { id: 'c', agency: 'Y', score: 70, rank: 3 },
      { id: 'd', agency: 'Z', score: 60, rank: 4 },
    ];
    const summary = summariseGroups(
      [
        ['b', 'a'],
        ['c', 'd'],
      ],
      candidates,
    );
    expect(summary.groups[0]).toEqual({
      number: 1,
      members: ['a', 'b'],
      meanScore: 85,
      agencies: [{ agency: 'X', count: 2 }],
    });
    expect(summary.meanSpread).toBe(20);
    expect(summary.sameAgencyPairs).toBe(1);
    expect(summary.avoidableClustering).toBe(1);
  });

  it('refuses an id that is not a candidate', () => {
    expect(() => summariseGroups([['nobody']], [])).toThrow(RangeError);
  });
});
