import { describe, expect, it } from 'vitest';
import { defaultThresholds } from '../../../src/shared/domain/categories';
import { computeJpm, type CompetencyScore } from '../../../src/shared/domain/jpm';
import { compareNatural } from '../../../src/shared/domain/natural-order';
import {
  candidateStatus,
  compareForRanking,
  describePassRule,
  passRuleProblem,
  rankCandidates,
  type PassRule,
  type RankingCandidate,
} from '../../../src/shared/domain/ranking';

const pengisian = defaultThresholds('pengisian');
const everyone: PassRule = { kind: 'jpm', threshold: 0 };

/** A complete candidate whose ranking keys come from real levels against standard 3. */
function scored(participantNo: string, achieved: number[], standard = 3): RankingCandidate {
  const scores: CompetencyScore[] = achieved.map((level, i) => ({
    code: `M.${i + 1}`,
    standard,
    achieved: level,
  }));
  const result = computeJpm(scores);
  return {
    id: `id-${participantNo}`,
    participantNo,
    status: 'complete',
    score: result.jpm,
    metCount: result.metCount,
    worstGap: result.worstGap,
  };
}

function order(candidates: RankingCandidate[], rule: PassRule = everyone) {
  return rankCandidates(candidates, { passRule: rule, thresholds: pengisian }).entries;
}

describe('tie-breaks, each deciding on its own', () => {
  it('ranks the higher JPM first', () => {
    const entries = order([scored('1', [3, 3, 3]), scored('2', [4, 3, 3])]);
    expect(entries.map((e) => e.participantNo)).toEqual(['2', '1']);
    expect(entries[1]?.decidedBy).toBe('score');
  });

  it('with equal JPM, ranks more competencies at or above standard first', () => {
    // Both total 9 of 9: [5,2,2] meets one standard, [4,3,2] meets two.
    const a = scored('1', [5, 2, 2]);
    const b = scored('2', [4, 3, 2]);
    expect(a.score).toBe(b.score);
    const entries = order([a, b]);
    expect(entries.map((e) => e.participantNo)).toEqual(['2', '1']);
    expect(entries[1]?.decidedBy).toBe('met-count');
  });

  it('with equal JPM and met count, ranks the least negative worst gap first', () => {
    // Both total 12 of 12 and meet 3 of 4 standards; their worst gaps are −2 and −1.
    const a = scored('1', [5, 3, 3, 1]);
    const b = scored('2', [4, 3, 3, 2]);
    expect(a.score).toBe(b.score);
    expect(a.metCount).toBe(b.metCount);
    const entries = order([a, b]);
    expect(entries.map((e) => e.participantNo)).toEqual(['2', '1']);
    expect(entries[1]?.decidedBy).toBe('worst-gap');
  });

  it('with everything else equal, ranks the lower participant number first, digits as numbers', () => {
    const entries = order([scored('P-10', [3, 3, 3]), scored('P-9', [3, 3, 3]), scored('P-100', [3, 3, 3])]);
    expect(entries.map((e) => e.participantNo)).toEqual(['P-9', 'P-10', 'P-100']);
    expect(entries.map((e) => e.decidedBy)).toEqual([null, 'participant-no', 'participant-no']);
  });

  it('treats equal fractions of different totals as the same JPM and moves on to the next rule', () => {
    // 28 of 35 and 36 of 45 are both exactly 80 %.
    const a = { ...scored('1', [4, 4, 4, 4, 4, 4, 4], 5), metCount: 0, worstGap: -1 };
    const b = { ...scored('2', [4, 4, 4, 4, 4, 4, 4, 4, 4], 5), metCount: 1, worstGap: -1 };
    expect(a.score).toBe(80);
    expect(b.score).toBe(80);
    expect(order([a, b])[1]?.decidedBy).toBe('met-count');
  });

  it('gives consecutive 1-based ranks whatever the input order', () => {
    const candidates = [scored('3', [2, 2, 2]), scored('1', [4, 4, 4]), scored('2', [3, 3, 3])];
    const entries = order(candidates);
    expect(entries.map((e) => [e.participantNo, e.rank])).toEqual([
      ['1', 1],
      ['2', 2],
      ['3', 3],
    ]);
    expect(order([...candidates].reverse())).toEqual(entries);
  });
});

describe('compareForRanking', () => {
  it('orders two rows as the ranking does and names the rule that decided', () => {
    const higher = scored('2', [4, 3, 2]);
    const lower = scored('1', [5, 2, 2]);
    expect(compareForRanking(higher, lower)).toEqual({ order: -1, decidedBy: 'met-count' });
    expect(compareForRanking(lower, higher).order).toBeGreaterThan(0);
  });
});

describe('incomplete and absent candidates', () => {
  const candidates: RankingCandidate[] = [
    scored('1', [3, 3, 3]),
    { id: 'id-2', participantNo: '2', status: 'incomplete', score: null },
    scored('3', [4, 4, 4]),
    { id: 'id-4', participantNo: '4', status: 'absent', score: 95 },
    scored('5', [2, 2, 2]),
  ];

  it('lists them after the ranked candidates, without rank, pass or category', () => {
    const { entries } = rankCandidates(candidates, {
      passRule: { kind: 'top', n: 2 },
      thresholds: pengisian,
    });
    expect(entries.map((e) => e.participantNo)).toEqual(['3', '1', '5', '2', '4']);
    expect(entries.slice(3)).toEqual([
      {
        id: 'id-2',
        participantNo: '2',
        status: 'incomplete',
        rank: null,
        passed: null,
        category: null,
        decidedBy: null,
      },
      {
        id: 'id-4',
        participantNo: '4',
        status: 'absent',
        rank: null,
        passed: null,
        category: null,
        decidedBy: null,
      },
    ]);
  });

  it('keeps them out of the ranking and the pass count, even with a high score', () => {
    const { entries, counts } = rankCandidates(candidates, {
      passRule: { kind: 'top', n: 2 },
      thresholds: pengisian,
    });
    expect(entries.filter((e) => e.rank !== null).map((e) => e.rank)).toEqual([1, 2, 3]);
    expect(entries.filter((e) => e.passed).map((e) => e.participantNo)).toEqual(['3', '1']);
    expect(counts).toEqual({ complete: 3, incomplete: 1, absent: 1, passed: 2 });
  });

  it('derives the status from the absence mark and the agreed levels', () => {
    expect(candidateStatus({ absent: false, achieved: [3, 4, 2] })).toBe('complete');
    expect(candidateStatus({ absent: false, achieved: [3, null, 2] })).toBe('incomplete');
    expect(candidateStatus({ absent: false, achieved: [] })).toBe('incomplete');
    expect(candidateStatus({ absent: true, achieved: [3, 4, 2] })).toBe('absent');
  });
});

describe('pass rules', () => {
  // JPMs: 100, 83.3…, 80, 75, 66.7 (standard 3 × 4 = 12).
  const field = [
    scored('A', [3, 3, 3, 3]),
    scored('B', [3, 3, 3, 1]),
    { ...scored('C', [3, 3, 3, 3]), score: 80 },
    scored('D', [3, 3, 2, 1]),
    scored('E', [2, 2, 2, 2]),
  ];

  it('passes a category and everything above it', () => {
    const { entries } = rankCandidates(field, {
      passRule: { kind: 'category', minimum: 'MMS' },
      thresholds: pengisian,
    });
    expect(entries.map((e) => [e.participantNo, e.category, e.passed])).toEqual([
      ['A', 'MS', true],
      ['B', 'MS', true],
      ['C', 'MS', true],
      ['D', 'MMS', true],
      ['E', 'KMS', false],
    ]);
  });

  it('passes a JPM at or above the threshold, exactly at it included', () => {
    const { entries, counts } = rankCandidates(field, {
      passRule: { kind: 'jpm', threshold: 80 },
      thresholds: pengisian,
    });
    expect(entries.filter((e) => e.passed).map((e) => e.participantNo)).toEqual(['A', 'B', 'C']);
    expect(counts.passed).toBe(3);
  });

  it('passes the top N by rank', () => {
    const { entries } = rankCandidates(field, { passRule: { kind: 'top', n: 4 }, thresholds: pengisian });
    expect(entries.map((e) => e.passed)).toEqual([true, true, true, true, false]);
  });

  it('ranks rubric results without thresholds, categories or gaps', () => {
    const rubric: RankingCandidate[] = [
      { id: 'a', participantNo: '1', status: 'complete', score: 77 },
      { id: 'b', participantNo: '2', status: 'complete', score: 81.5 },
    ];
    const { entries } = rankCandidates(rubric, { passRule: { kind: 'top', n: 1 } });
    expect(entries.map((e) => [e.participantNo, e.rank, e.passed, e.category])).toEqual([
      ['2', 1, true, null],
      ['1', 2, false, null],
    ]);
  });

  it('refuses a category rule from the other purpose, a negative threshold and an empty top', () => {
    expect(passRuleProblem({ kind: 'category', minimum: 'CO' }, pengisian)).toBe('pass-rule-category-set');
    expect(passRuleProblem({ kind: 'category', minimum: 'MMS' })).toBe('pass-rule-category-set');
    expect(passRuleProblem({ kind: 'jpm', threshold: -1 })).toBe('pass-rule-threshold');
    expect(passRuleProblem({ kind: 'top', n: 0 })).toBe('pass-rule-top');
    expect(passRuleProblem({ kind: 'top', n: 2.5 })).toBe('pass-rule-top');
    expect(() =>
      rankCandidates(field, { passRule: { kind: 'category', minimum: 'CO' }, thresholds: pengisian }),
    ).toThrow(RangeError);
  });

  it('describes each rule in Indonesian', () => {
    expect(describePassRule({ kind: 'category', minimum: 'MMS' })).toBe(
      'Lulus: kategori Masih Memenuhi Syarat (MMS) ke atas',
    );
    expect(describePassRule({ kind: 'jpm', threshold: 80 })).toBe('Lulus: JPM 80,0 % atau lebih');
    expect(describePassRule({ kind: 'top', n: 50 })).toBe('Lulus: 50 peringkat teratas');
  });
});

describe('refused input', () => {
  it('refuses a participant number that appears twice, since no tie-break could separate them', () => {
    expect(() => order([scored('7', [3, 3]), scored('7', [2, 2])])).toThrow(/appears twice/);
  });

  it('refuses a complete candidate without a score', () => {
    expect(() => order([{ id: 'x', participantNo: '1', status: 'complete', score: null }])).toThrow(
      RangeError,
    );
  });
});

describe('compareNatural', () => {
  it('orders digit runs by value and the rest by code unit', () => {
    const sorted = ['10', '9', 'P-10', 'P-2', 'M.10', 'M.2', 'SK.1', 'M.1', '007', '7'].sort(compareNatural);
    expect(sorted).toEqual(['007', '7', '9', '10', 'M.1', 'M.2', 'M.10', 'P-2', 'P-10', 'SK.1']);
  });

  it('compares digit runs longer than a safe integer exactly', () => {
    expect(compareNatural('199001012020011001', '199001012020011002')).toBeLessThan(0);
  });

  it('is zero only for identical texts', () => {
    expect(compareNatural('A1', 'A1')).toBe(0);
    expect(compareNatural('A01', 'A1')).not.toBe(0);
  });
});
