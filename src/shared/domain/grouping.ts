/**
 * Forming discussion groups of 4–8 candidates from a roster. Pure and deterministic: the same
 * roster and options always give the same groups, so a re-run changes nothing.
 */
import { POSITION_LEVELS } from './positions';

export const GROUP_SIZE_MIN = 4;
export const GROUP_SIZE_MAX = 8;

export interface GroupingCandidate {
  id: number;
  participantNo: string;
  unit: string;
  positionLevel: string;
}

export interface GroupingOptions {
  /** The size aimed at, 4–8; actual sizes differ from each other by at most one. */
  size: number;
  /** Spread each agency over as many groups as possible. */
  mixAgencies: boolean;
  /** Keep one position level per group. */
  sameLevel: boolean;
}

export interface FormedGroup {
  /** The position level shared by every member when `sameLevel`, otherwise null. */
  positionLevel: string | null;
  memberIds: number[];
}

/**
 * The agency key used for mixing and for conflicts of interest: case, punctuation and spacing
 * are not a different agency ("DINAS PENDIDIKAN" = "Dinas  Pendidikan."). Empty means unknown.
 */
export function agencyKey(unit: string): string {
  return unit
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Orders participant numbers as people read them: 2 before 10, then as text. */
export function compareParticipantNo(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * How many groups `n` candidates make for a target size: the count nearest to n / size whose
 * sizes (⌊n/k⌋ or ⌈n/k⌉) all stay within 4–8. 26 at target 6 → 4 groups (7, 7, 6, 6), never
 * four of 6 and one of 2. Fewer than 4 candidates form one small group.
 */
export function groupCount(n: number, size: number): number {
  if (n <= 0) return 0;
  let k = Math.max(1, Math.round(n / size));
  while (Math.ceil(n / k) > GROUP_SIZE_MAX) k++;
  while (k > 1 && Math.floor(n / k) < GROUP_SIZE_MIN) k--;
  return k;
}

const LEVEL_ORDER = new Map<string, number>(POSITION_LEVELS.map((l, i) => [l.level, i]));

function compareLevels(a: string, b: string): number {
  const ia = LEVEL_ORDER.get(a) ?? LEVEL_ORDER.size;
  const ib = LEVEL_ORDER.get(b) ?? LEVEL_ORDER.size;
  return ia - ib || (a < b ? -1 : a > b ? 1 : 0);
}

function byRoster(a: GroupingCandidate, b: GroupingCandidate): number {
  return compareParticipantNo(a.participantNo, b.participantNo) || a.id - b.id;
}

/**
 * Candidates in dealing order for mixing: the largest agency first, each agency's members
 * together. Dealing this list round-robin puts an agency's m members into m different groups
 * (or ⌈m/k⌉ per group when it has more members than there are groups).
 */
function agencyOrder(candidates: readonly GroupingCandidate[]): GroupingCandidate[] {
  const byAgency = new Map<string, GroupingCandidate[]>();
  for (const c of candidates) {
    const key = agencyKey(c.unit);
    const list = byAgency.get(key);
    if (list) list.push(c);
    else byAgency.set(key, [c]);
  }
  const agencies = [...byAgency.entries()].sort(
    ([ka, a], [kb, b]) => b.length - a.length || (ka < kb ? -1 : ka > kb ? 1 : 0),
  );
  return agencies.flatMap(([, members]) => members.sort(byRoster));
}

function formPartition(
  candidates: readonly GroupingCandidate[],
  options: GroupingOptions,
  positionLevel: string | null,
): FormedGroup[] {
  const k = groupCount(candidates.length, options.size);
  const groups: FormedGroup[] = Array.from({ length: k }, () => ({ positionLevel, memberIds: [] }));
  if (options.mixAgencies) {
    // Round-robin: group i gets ⌈(n − i) / k⌉ members, so the larger groups come first.
    agencyOrder(candidates).forEach((c, i) => groups[i % k]?.memberIds.push(c.id));
  } else {
    // Consecutive runs of the roster: the first n mod k groups one larger.
    const sorted = [...candidates].sort(byRoster);
    const small = Math.floor(sorted.length / k);
    const larger = sorted.length % k;
    let next = 0;
    groups.forEach((group, i) => {
      const size = small + (i < larger ? 1 : 0);
      group.memberIds = sorted.slice(next, next + size).map((c) => c.id);
      next += size;
    });
  }
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const rosterOrder = (a: number, b: number) =>
    byRoster(byId.get(a) as GroupingCandidate, byId.get(b) as GroupingCandidate);
  for (const group of groups) group.memberIds.sort(rosterOrder);
  return groups;
}

/** Forms the groups of a whole roster; with `sameLevel`, one run per position level in rank order. */
export function formGroups(
  candidates: readonly GroupingCandidate[],
  options: GroupingOptions,
): FormedGroup[] {
  if (!options.sameLevel) return formPartition(candidates, options, null);
  const byLevel = new Map<string, GroupingCandidate[]>();
  for (const c of candidates) {
    const list = byLevel.get(c.positionLevel);
    if (list) list.push(c);
    else byLevel.set(c.positionLevel, [c]);
  }
  return [...byLevel.keys()]
    .sort(compareLevels)
    .flatMap((level) => formPartition(byLevel.get(level) ?? [], options, level));
}
