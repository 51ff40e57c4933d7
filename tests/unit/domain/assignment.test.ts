import { describe, expect, it } from 'vitest';
import {
  planAssignments,
  sameAgency,
  type PlanAssessor,
  type PlanExisting,
  type PlanSlot,
  type PlannedAssignment,
} from '../../../src/shared/domain/assignment';

const AGENCIES = ['Dinas Pendidikan', 'Bappeda', 'Dinas Kesehatan', 'Kecamatan Medan Satria', 'Satpol PP'];

function slots(
  candidates: number,
  methods: number[],
  agencyOf = (i: number) => AGENCIES[i % AGENCIES.length] as string,
) {
  const list: PlanSlot[] = [];
  for (let c = 1; c <= candidates; c++)
    for (const m of methods) list.push({ candidateId: c, methodId: m, unit: agencyOf(c) });
  return list;
}

function loadsOf(rows: Array<{ assessorId: number }>, assessors: PlanAssessor[]): number[] {
  return assessors.map((a) => rows.filter((r) => r.assessorId === a.id).length);
}

function checkValid(rows: PlannedAssignment[], slotList: PlanSlot[], assessors: PlanAssessor[], n: number) {
  const unit = new Map(assessors.map((a) => [a.id, a.unit]));
  for (const slot of slotList) {
    const mine = rows.filter((r) => r.candidateId === slot.candidateId && r.methodId === slot.methodId);
    expect(mine).toHaveLength(n);
    expect(new Set(mine.map((r) => r.assessorId)).size).toBe(n);
    for (const r of mine) expect(sameAgency(unit.get(r.assessorId) as string, slot.unit)).toBe(false);
  }
}

describe('planAssignments when every constraint can be met', () => {
  it('gives each candidate N different assessors per method, none from their agency, loads within one', () => {
    const assessors: PlanAssessor[] = [
      { id: 1, unit: 'Lembaga Asesmen Mitra' },
      { id: 2, unit: 'Dinas Pendidikan' },
      { id: 3, unit: 'Bappeda' },
      { id: 4, unit: '' },
      { id: 5, unit: 'Lembaga Asesmen Mitra' },
      { id: 6, unit: 'Satpol PP' },
      { id: 7, unit: 'BKD Provinsi Jawa Barat' },
    ];
    for (const [candidates, n] of [
      [23, 2],
      [57, 3],
      [120, 2],
    ] as const) {
      const slotList = slots(candidates, [10, 20, 30]);
      const plan = planAssignments({ slots: slotList, assessors, existing: [], perCandidate: n });
      expect(plan.shortfalls).toEqual([]);
      checkValid(plan.create, slotList, assessors, n);
      const loads = loadsOf(plan.create, assessors);
      expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
      expect([...plan.loads.values()]).toEqual(loads);
    }
  });

  it('balances around assessors who cannot take most candidates by giving them all they can take', () => {
    // Assessor 1 shares the agency of 80 % of the candidates: the others absorb those.
    const assessors: PlanAssessor[] = [
      { id: 1, unit: 'Dinas Pendidikan' },
      { id: 2, unit: 'Bappeda' },
      { id: 3, unit: 'Lembaga Asesmen Mitra' },
      { id: 4, unit: 'Lembaga Asesmen Mitra' },
    ];
    const slotList = slots(20, [1], (i) => (i % 5 === 0 ? 'Bappeda' : 'Dinas Pendidikan'));
    const plan = planAssignments({ slots: slotList, assessors, existing: [], perCandidate: 2 });
    checkValid(plan.create, slotList, assessors, 2);
    // Assessor 1 can only take the 4 Bappeda candidates; the 36 other places split 12/12/12.
    expect(loadsOf(plan.create, assessors)).toEqual([4, 12, 12, 12]);
  });

  it('evens out a load the greedy fill leaves uneven, by moving assignments along a chain', () => {
    // Filling the most constrained slot first leaves one assessor with 0 and another with 2:
    // only moving an assignment through a third assessor evens it out.
    const assessors: PlanAssessor[] = [
      { id: 1, unit: 'X' },
      { id: 2, unit: 'X' },
      { id: 3, unit: 'Y' },
      { id: 4, unit: 'Z' },
      { id: 5, unit: 'Z' },
    ];
    const slotList: PlanSlot[] = [
      { candidateId: 1, methodId: 1, unit: 'Z' },
      { candidateId: 2, methodId: 1, unit: 'Y' },
      { candidateId: 3, methodId: 1, unit: 'Y' },
      { candidateId: 4, methodId: 1, unit: 'Y' },
    ];
    const plan = planAssignments({ slots: slotList, assessors, existing: [], perCandidate: 2 });
    checkValid(plan.create, slotList, assessors, 2);
    const loads = loadsOf(plan.create, assessors);
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
  });

  it('evens out load left uneven by fixed assignments that must stay', () => {
    const assessors: PlanAssessor[] = [1, 2, 3, 4].map((id) => ({ id, unit: `Lembaga ${id}` }));
    const slotList = slots(10, [1]);
    // Assessor 1 already scored candidates 1–6 (fixed); the plan should favour 2–4.
    const existing: PlanExisting[] = [1, 2, 3, 4, 5, 6].map((c) => ({
      id: 100 + c,
      candidateId: c,
      methodId: 1,
      assessorId: 1,
      fixed: true,
    }));
    const plan = planAssignments({ slots: slotList, assessors, existing, perCandidate: 2 });
    expect(plan.shortfalls).toEqual([]);
    const all = [...existing, ...plan.create];
    checkValid(all, slotList, assessors, 2);
    expect(loadsOf(all, assessors)).toEqual([6, 5, 5, 4]);
    expect(plan.keep).toBe(6);
  });
});

describe('planAssignments balance is optimal', () => {
  /** The smallest spread any valid assignment achieves, found by trying them all. */
  function bestSpread(slotList: PlanSlot[], assessors: PlanAssessor[], n: number): number {
    const choices = slotList.map((slot) => {
      const ok = assessors.filter((a) => !sameAgency(a.unit, slot.unit)).map((a) => a.id);
      const sets: number[][] = [];
      const pick = (from: number, chosen: number[]) => {
        if (chosen.length === Math.min(n, ok.length)) return void sets.push(chosen);
        for (let i = from; i < ok.length; i++) pick(i + 1, [...chosen, ok[i] as number]);
      };
      pick(0, []);
      return sets;
    });
    let best = Infinity;
    const walk = (i: number, loads: Map<number, number>) => {
      if (i === choices.length) {
        const values = assessors.map((a) => loads.get(a.id) ?? 0);
        best = Math.min(best, Math.max(...values) - Math.min(...values));
        return;
      }
      for (const set of choices[i] as number[][]) {
        for (const id of set) loads.set(id, (loads.get(id) ?? 0) + 1);
        walk(i + 1, loads);
        for (const id of set) loads.set(id, (loads.get(id) ?? 0) - 1);
      }
    };
    walk(0, new Map());
    return best;
  }

  it('reaches the smallest possible spread on every small instance, as exhaustive search confirms', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const units = ['X', 'Y', 'Z'];
    for (let t = 0; t < 300; t++) {
      const assessors = Array.from({ length: 3 + Math.floor(random() * 2) }, (_, i) => ({
        id: i + 1,
        unit: units[Math.floor(random() * 3)] as string,
      }));
      const slotList = Array.from({ length: 2 + Math.floor(random() * 3) }, (_, i) => ({
        candidateId: i + 1,
        methodId: 1,
        unit: units[Math.floor(random() * 3)] as string,
      }));
      const n = 1 + Math.floor(random() * 2);
      const plan = planAssignments({ slots: slotList, assessors, existing: [], perCandidate: n });
      const loads = loadsOf(plan.create, assessors);
      expect(Math.max(...loads) - Math.min(...loads)).toBe(bestSpread(slotList, assessors, n));
    }
  });
});

describe('planAssignments when constraints cannot all be met', () => {
  it('reports a shortfall when the programme has fewer assessors than N, after using every one', () => {
    const plan = planAssignments({
      slots: slots(3, [1]),
      assessors: [{ id: 1, unit: 'Lembaga Asesmen Mitra' }],
      existing: [],
      perCandidate: 2,
    });
    expect(plan.create).toHaveLength(3);
    expect(plan.shortfalls).toEqual(
      [1, 2, 3].map((c) => ({
        candidateId: c,
        methodId: 1,
        needed: 2,
        assigned: 1,
        assessorCount: 1,
        sameAgency: 0,
      })),
    );
  });

  it('never pairs an assessor with a candidate of the same agency, and says so instead', () => {
    const assessors: PlanAssessor[] = [
      { id: 1, unit: 'Dinas Pendidikan' },
      { id: 2, unit: 'DINAS PENDIDIKAN' },
      { id: 3, unit: 'dinas pendidikan.' },
    ];
    const slotList: PlanSlot[] = [
      { candidateId: 1, methodId: 1, unit: 'Dinas Pendidikan' },
      { candidateId: 2, methodId: 1, unit: 'Bappeda' },
    ];
    const plan = planAssignments({ slots: slotList, assessors, existing: [], perCandidate: 2 });
    expect(plan.create.filter((r) => r.candidateId === 1)).toEqual([]);
    expect(plan.create.filter((r) => r.candidateId === 2)).toHaveLength(2);
    expect(plan.shortfalls).toEqual([
      { candidateId: 1, methodId: 1, needed: 2, assigned: 0, assessorCount: 3, sameAgency: 3 },
    ]);
  });
});

describe('planAssignments on a re-run', () => {
  const assessors: PlanAssessor[] = [1, 2, 3, 4, 5].map((id) => ({ id, unit: `Lembaga ${id}` }));
  const slotList = slots(17, [1, 2]);

  function asExisting(rows: PlannedAssignment[]): PlanExisting[] {
    return rows.map((r, i) => ({ ...r, id: i + 1, fixed: false }));
  }

  it('changes nothing when nothing changed', () => {
    const first = planAssignments({ slots: slotList, assessors, existing: [], perCandidate: 2 });
    const again = planAssignments({
      slots: slotList,
      assessors,
      existing: asExisting(first.create),
      perCandidate: 2,
    });
    expect(again.create).toEqual([]);
    expect(again.remove).toEqual([]);
    expect(again.keep).toBe(first.create.length);
  });

  it('moves only as many free assignments as a new assessor needs to even the load', () => {
    const first = planAssignments({ slots: slotList, assessors, existing: [], perCandidate: 2 });
    const more = [...assessors, { id: 6, unit: 'Lembaga 6' }];
    const existing = asExisting(first.create);
    const again = planAssignments({ slots: slotList, assessors: more, existing, perCandidate: 2 });
    // 68 places over 6 assessors: 11 or 12 each; the newcomer gets 11 moved to them.
    expect(again.create).toHaveLength(again.remove.length);
    expect(again.create.every((r) => r.assessorId === 6)).toBe(true);
    const kept = existing.filter((e) => !again.remove.includes(e.id));
    const loads = loadsOf([...kept, ...again.create], more);
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
    checkValid([...kept, ...again.create], slotList, more, 2);
  });

  it('drops a free assignment that became a conflict, keeps a fixed one even then', () => {
    const existing: PlanExisting[] = [
      { id: 1, candidateId: 1, methodId: 1, assessorId: 1, fixed: false },
      { id: 2, candidateId: 2, methodId: 1, assessorId: 1, fixed: true },
    ];
    const plan = planAssignments({
      slots: [
        { candidateId: 1, methodId: 1, unit: 'Bappeda' },
        { candidateId: 2, methodId: 1, unit: 'Bappeda' },
      ],
      assessors: [
        { id: 1, unit: 'Bappeda' },
        { id: 2, unit: 'Lembaga' },
        { id: 3, unit: 'Lembaga' },
      ],
      existing,
      perCandidate: 2,
    });
    expect(plan.remove).toEqual([1]);
    expect(plan.keep).toBe(1);
    expect(plan.create.filter((r) => r.candidateId === 2)).toEqual([
      { candidateId: 2, methodId: 1, assessorId: 2 },
    ]);
  });
});
