/**
 * Planning which assessors observe which candidate in which method. Pure and deterministic.
 *
 * Each slot (a candidate in a method) needs `perCandidate` different assessors; an assessor never
 * observes a candidate of their own agency. Subject to that, the load (assignments per assessor)
 * is balanced as evenly as the constraints allow: a greedy fill, then "cost-reducing paths"
 * (move one assignment along a chain of assessors from a busier to a freer one) until no move
 * can narrow the spread. With no path left the spread is optimal (the semi-matching optimality
 * condition), so max − min ≤ 1 whenever the constraints allow it at all.
 *
 * Fixed assignments (already rated, submitted or set by hand) never move and count as load.
 * Existing free assignments are kept when still valid, so a re-run on unchanged data changes
 * nothing; they move only when that narrows the spread.
 */
import { agencyKey } from './grouping';

export interface PlanSlot {
  candidateId: number;
  methodId: number;
  /** The candidate's agency (unit), as written. */
  unit: string;
}

export interface PlanAssessor {
  id: number;
  unit: string;
}

export interface PlanExisting {
  id: number;
  candidateId: number;
  methodId: number;
  assessorId: number;
  /** Rated, submitted or manual: stays exactly as it is. */
  fixed: boolean;
}

export interface PlanInput {
  slots: readonly PlanSlot[];
  assessors: readonly PlanAssessor[];
  existing: readonly PlanExisting[];
  perCandidate: number;
}

export interface PlannedAssignment {
  candidateId: number;
  methodId: number;
  assessorId: number;
}

export interface Shortfall {
  candidateId: number;
  methodId: number;
  needed: number;
  assigned: number;
  /** Assessors of the programme in all. */
  assessorCount: number;
  /** Assessors left out because they come from the candidate's agency. */
  sameAgency: number;
}

export interface Plan {
  create: PlannedAssignment[];
  /** Ids of existing free assignments to delete (invalid now, surplus, or moved elsewhere). */
  remove: number[];
  /** Existing assignments that stay. */
  keep: number;
  shortfalls: Shortfall[];
  /** Assignments per assessor after the plan, for every assessor given. */
  loads: Map<number, number>;
}

/** True when the assessor and the candidate come from the same (known) agency. */
export function sameAgency(assessorUnit: string, candidateUnit: string): boolean {
  const a = agencyKey(assessorUnit);
  return a !== '' && a === agencyKey(candidateUnit);
}

interface Holder {
  assessorId: number;
  /** Existing row id, or null for a new assignment. */
  existingId: number | null;
  fixed: boolean;
}

const slotKey = (candidateId: number, methodId: number) => `${candidateId}:${methodId}`;

export function planAssignments(input: PlanInput): Plan {
  const { slots, perCandidate } = input;
  const assessors = [...input.assessors].sort((a, b) => a.id - b.id);
  const agencyOf = new Map(assessors.map((a) => [a.id, agencyKey(a.unit)]));
  const slotAgency = slots.map((s) => agencyKey(s.unit));
  const slotIndex = new Map(slots.map((s, i) => [slotKey(s.candidateId, s.methodId), i]));
  const holders: Holder[][] = slots.map(() => []);
  const loads = new Map(assessors.map((a) => [a.id, 0]));
  const remove: number[] = [];
  let keep = 0;

  const eligible = (slot: number, assessorId: number): boolean => {
    const agency = agencyOf.get(assessorId);
    if (agency === undefined) return false;
    const candidateAgency = slotAgency[slot] as string;
    if (agency !== '' && agency === candidateAgency) return false;
    return !(holders[slot] as Holder[]).some((h) => h.assessorId === assessorId);
  };
  const bump = (assessorId: number, by: number) => loads.set(assessorId, (loads.get(assessorId) ?? 0) + by);

  // 1. Existing rows: fixed ones stay whatever they are; free ones stay while still valid.
  const existing = [...input.existing].sort((a, b) => Number(b.fixed) - Number(a.fixed) || a.id - b.id);
  for (const row of existing) {
    const slot = slotIndex.get(slotKey(row.candidateId, row.methodId));
    if (row.fixed) {
      keep++;
      if (loads.has(row.assessorId)) bump(row.assessorId, 1);
      if (slot !== undefined)
        holders[slot]?.push({ assessorId: row.assessorId, existingId: row.id, fixed: true });
      continue;
    }
    if (slot === undefined || !eligible(slot, row.assessorId)) {
      remove.push(row.id);
      continue;
    }
    keep++;
    bump(row.assessorId, 1);
    holders[slot]?.push({ assessorId: row.assessorId, existingId: row.id, fixed: false });
  }
  // Surplus (N was lowered): release free places of the busiest assessors first.
  for (const list of holders) {
    while (list.length > perCandidate) {
      const free = list.filter((h) => !h.fixed);
      if (free.length === 0) break;
      const busiest = free.reduce((a, b) => {
        const d = (loads.get(b.assessorId) as number) - (loads.get(a.assessorId) as number);
        return d > 0 || (d === 0 && b.assessorId > a.assessorId) ? b : a;
      });
      list.splice(list.indexOf(busiest), 1);
      remove.push(busiest.existingId as number);
      bump(busiest.assessorId, -1);
      keep--;
    }
  }

  // 2. Greedy fill, the most constrained slots first: each open place goes to the least-loaded
  // eligible assessor, preferring one who does not already see this candidate in another method.
  const eligibleCount = slots.map((_, i) => assessors.filter((a) => eligible(i, a.id)).length);
  const order = slots
    .map((_, i) => i)
    .sort((a, b) => (eligibleCount[a] as number) - (eligibleCount[b] as number) || a - b);
  const seenBy = new Map<number, Set<number>>();
  slots.forEach((s, i) => {
    const set = seenBy.get(s.candidateId) ?? new Set<number>();
    for (const h of holders[i] as Holder[]) set.add(h.assessorId);
    seenBy.set(s.candidateId, set);
  });
  for (const i of order) {
    const slot = slots[i] as PlanSlot;
    const seen = seenBy.get(slot.candidateId) as Set<number>;
    while ((holders[i] as Holder[]).length < perCandidate) {
      let best: PlanAssessor | undefined;
      for (const a of assessors) {
        if (!eligible(i, a.id)) continue;
        if (!best) {
          best = a;
          continue;
        }
        const d = (loads.get(a.id) as number) - (loads.get(best.id) as number);
        if (d < 0 || (d === 0 && !seen.has(a.id) && seen.has(best.id))) best = a;
      }
      if (!best) break;
      holders[i]?.push({ assessorId: best.id, existingId: null, fixed: false });
      bump(best.id, 1);
      seen.add(best.id);
    }
  }

  balance(assessors, holders, loads, eligible);

  // 3. Read the plan off the final holders.
  const create: PlannedAssignment[] = [];
  const stillHeld = new Set<number>();
  const shortfalls: Shortfall[] = [];
  slots.forEach((slot, i) => {
    const list = holders[i] as Holder[];
    for (const h of list) {
      if (h.existingId !== null) stillHeld.add(h.existingId);
      else create.push({ candidateId: slot.candidateId, methodId: slot.methodId, assessorId: h.assessorId });
    }
    if (list.length < perCandidate) {
      shortfalls.push({
        candidateId: slot.candidateId,
        methodId: slot.methodId,
        needed: perCandidate,
        assigned: list.length,
        assessorCount: assessors.length,
        sameAgency: assessors.filter((a) => {
          const agency = agencyOf.get(a.id) as string;
          return agency !== '' && agency === slotAgency[i];
        }).length,
      });
    }
  });
  // Free existing rows that the balancing moved to someone else are deleted too.
  const removed = new Set(remove);
  for (const row of input.existing) {
    if (!row.fixed && !removed.has(row.id) && !stillHeld.has(row.id)) {
      remove.push(row.id);
      keep--;
    }
  }
  return { create, remove: remove.sort((a, b) => a - b), keep, shortfalls, loads };
}

/**
 * Moves free assignments along cost-reducing paths until none is left: a path from assessor x
 * through z1 … to y with load(y) ≤ load(x) − 2, each step handing one slot to the next assessor.
 * Every move lowers Σ load², so the loop ends.
 */
function balance(
  assessors: readonly PlanAssessor[],
  holders: Holder[][],
  loads: Map<number, number>,
  eligible: (slot: number, assessorId: number) => boolean,
): void {
  // Free places each assessor holds, by slot: the edges a path may use. Kept current per move.
  const movable = new Map<number, Set<number>>(assessors.map((a) => [a.id, new Set<number>()]));
  holders.forEach((list, slot) => {
    for (const h of list) if (!h.fixed) movable.get(h.assessorId)?.add(slot);
  });
  for (;;) {
    const min = Math.min(...assessors.map((a) => loads.get(a.id) as number));
    const sources = assessors
      .filter((a) => (loads.get(a.id) as number) >= min + 2)
      .sort((a, b) => (loads.get(b.id) as number) - (loads.get(a.id) as number) || a.id - b.id);
    if (sources.length === 0) return;
    let moved = false;
    for (const source of sources) {
      const path = findPath(source.id, assessors, loads, movable, eligible);
      if (!path) continue;
      // Apply from the far end so every step hands the slot to someone not yet on it.
      for (let k = path.length - 1; k >= 0; k--) {
        const step = path[k] as PathStep;
        const list = holders[step.slot] as Holder[];
        const index = list.findIndex((h) => h.assessorId === step.from && !h.fixed);
        list[index] = { assessorId: step.to, existingId: null, fixed: false };
        movable.get(step.from)?.delete(step.slot);
        movable.get(step.to)?.add(step.slot);
      }
      const first = path[0] as PathStep;
      const last = path[path.length - 1] as PathStep;
      loads.set(first.from, (loads.get(first.from) as number) - 1);
      loads.set(last.to, (loads.get(last.to) as number) + 1);
      moved = true;
      break;
    }
    if (!moved) return;
  }
}

interface PathStep {
  slot: number;
  from: number;
  to: number;
}

function findPath(
  source: number,
  assessors: readonly PlanAssessor[],
  loads: Map<number, number>,
  movable: ReadonlyMap<number, ReadonlySet<number>>,
  eligible: (slot: number, assessorId: number) => boolean,
): PathStep[] | null {
  const limit = (loads.get(source) as number) - 2;
  const parent = new Map<number, PathStep>();
  const visited = new Set<number>([source]);
  const queue = [source];
  for (let head = 0; head < queue.length; head++) {
    const from = queue[head] as number;
    for (const slot of movable.get(from) ?? []) {
      for (const a of assessors) {
        if (visited.has(a.id) || !eligible(slot, a.id)) continue;
        visited.add(a.id);
        parent.set(a.id, { slot, from, to: a.id });
        if ((loads.get(a.id) as number) <= limit) {
          const path: PathStep[] = [];
          for (let at = a.id; at !== source;) {
            const step = parent.get(at) as PathStep;
            path.unshift(step);
            at = step.from;
          }
          return path;
        }
        queue.push(a.id);
      }
    }
  }
  return null;
}
