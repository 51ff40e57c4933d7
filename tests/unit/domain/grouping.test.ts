import { describe, expect, it } from 'vitest';
import {
  agencyKey,
  compareParticipantNo,
  formGroups,
  groupCount,
  type GroupingCandidate,
} from '../../../src/shared/domain/grouping';

const AGENCIES = ['Dinas Pendidikan', 'Bappeda', 'Dinas Kesehatan', 'Kecamatan Bekasi Timur', 'Satpol PP'];
const LEVELS = ['Pengawas', 'Administrator', 'Pelaksana'];

function roster(
  n: number,
  agencyOf = (i: number) => AGENCIES[i % AGENCIES.length] as string,
): GroupingCandidate[] {
  return Array.from({ length: n }, (_, i) => ({
    id: i + 1,
    participantNo: String(i + 1).padStart(3, '0'),
    unit: agencyOf(i),
    positionLevel: LEVELS[i % LEVELS.length] as string,
  }));
}

const sizes = (groups: Array<{ memberIds: number[] }>) => groups.map((g) => g.memberIds.length);

describe('group sizes', () => {
  it('splits 26 candidates at target 6 into four groups of 7, 7, 6 and 6, never leaving a group of 2', () => {
    expect(groupCount(26, 6)).toBe(4);
    expect(sizes(formGroups(roster(26), { size: 6, mixAgencies: true, sameLevel: false }))).toEqual([
      7, 7, 6, 6,
    ]);
  });

  it('keeps every group within 4–8 and within one of each other for any roster of 4 to 300', () => {
    for (let n = 4; n <= 300; n++) {
      for (let target = 4; target <= 8; target++) {
        const s = sizes(formGroups(roster(n), { size: target, mixAgencies: n % 2 === 0, sameLevel: false }));
        expect(s.reduce((a, b) => a + b, 0)).toBe(n);
        expect(Math.min(...s)).toBeGreaterThanOrEqual(4);
        expect(Math.max(...s)).toBeLessThanOrEqual(8);
        expect(Math.max(...s) - Math.min(...s)).toBeLessThanOrEqual(1);
      }
    }
  });

  it('puts fewer than four candidates in one small group rather than none', () => {
    expect(sizes(formGroups(roster(3), { size: 6, mixAgencies: true, sameLevel: false }))).toEqual([3]);
    expect(formGroups([], { size: 6, mixAgencies: true, sameLevel: false })).toEqual([]);
  });
});

describe('mixing agencies', () => {
  it('spreads an agency with no more members than groups over different groups', () => {
    // 30 candidates, 5 groups: every agency has 6 members, so each group gets at most 2 of one.
    const groups = formGroups(roster(30), { size: 6, mixAgencies: true, sameLevel: false });
    const unitOf = new Map(roster(30).map((c) => [c.id, c.unit]));
    for (const group of groups) {
      const counts = new Map<string, number>();
      for (const id of group.memberIds)
        counts.set(unitOf.get(id) as string, (counts.get(unitOf.get(id) as string) ?? 0) + 1);
      expect(Math.max(...counts.values())).toBeLessThanOrEqual(2);
    }
    // A dominant agency (half the roster) is spread evenly: ⌈15/5⌉ = 3 per group at most.
    const dominated = roster(30, (i) => (i % 2 === 0 ? 'Dinas Pendidikan' : (AGENCIES[i % 5] as string)));
    const mixed = formGroups(dominated, { size: 6, mixAgencies: true, sameLevel: false });
    for (const group of mixed) {
      const fromDinas = group.memberIds.filter((id) => dominated[id - 1]?.unit === 'Dinas Pendidikan').length;
      expect(fromDinas).toBeLessThanOrEqual(
        Math.ceil(dominated.filter((c) => c.unit === 'Dinas Pendidikan').length / 5),
      );
    }
  });

  it('treats differently written forms of one agency as the same agency', () => {
    const spelled = ['DINAS PENDIDIKAN', 'Dinas  Pendidikan', 'dinas pendidikan.', 'Dinas Pendidikan'];
    const candidates = roster(24, (i) =>
      i < 4 ? (spelled[i] as string) : (AGENCIES[1 + (i % 4)] as string),
    );
    const groups = formGroups(candidates, { size: 6, mixAgencies: true, sameLevel: false });
    const holding = groups.map((g) => g.memberIds.filter((id) => id <= 4).length);
    expect(holding).toEqual([1, 1, 1, 1]);
    expect(agencyKey(' Dinas  Pendidikan. ')).toBe('dinas pendidikan');
  });

  it('without mixing keeps consecutive runs of the roster', () => {
    const groups = formGroups(roster(13), { size: 6, mixAgencies: false, sameLevel: false });
    expect(groups.map((g) => g.memberIds)).toEqual([
      [1, 2, 3, 4, 5, 6, 7],
      [8, 9, 10, 11, 12, 13],
    ]);
  });
});

describe('one position level per group', () => {
  it('never mixes levels and names the level of each group', () => {
    const candidates = roster(40);
    const groups = formGroups(candidates, { size: 6, mixAgencies: true, sameLevel: true });
    for (const group of groups) {
      const levels = new Set(group.memberIds.map((id) => candidates[id - 1]?.positionLevel));
      expect([...levels]).toEqual([group.positionLevel]);
    }
    // Ranked levels first: Administrator before Pengawas before Pelaksana.
    expect([...new Set(groups.map((g) => g.positionLevel))]).toEqual([
      'Administrator',
      'Pengawas',
      'Pelaksana',
    ]);
  });

  it('leaves a level with only two candidates as a group of two instead of mixing it in', () => {
    const candidates = [
      ...roster(12).map((c) => ({ ...c, positionLevel: 'Pelaksana' })),
      { id: 13, participantNo: '013', unit: 'Bappeda', positionLevel: 'Administrator' },
      { id: 14, participantNo: '014', unit: 'Bappeda', positionLevel: 'Administrator' },
    ];
    const groups = formGroups(candidates, { size: 6, mixAgencies: true, sameLevel: true });
    expect(groups.map((g) => [g.positionLevel, g.memberIds.length])).toEqual([
      ['Administrator', 2],
      ['Pelaksana', 6],
      ['Pelaksana', 6],
    ]);
  });
});

describe('determinism', () => {
  it('forms the same groups whatever order the roster arrives in', () => {
    const candidates = roster(57);
    const shuffled = [...candidates].sort((a, b) => ((a.id * 7919) % 101) - ((b.id * 7919) % 101));
    for (const options of [
      { size: 5, mixAgencies: true, sameLevel: false },
      { size: 7, mixAgencies: false, sameLevel: true },
    ]) {
      expect(formGroups(shuffled, options)).toEqual(formGroups(candidates, options));
    }
  });

  it('orders participant numbers as people read them', () => {
    expect(['10', '9', '100', '011'].sort(compareParticipantNo)).toEqual(['9', '10', '011', '100']);
  });
});
