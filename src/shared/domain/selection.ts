/**
 * "The best N into K groups" (DOMAIN.md: the 50 best split into 10 groups), balanced by score and
 * by agency, deterministically:
 *
 *   1. take the N best by rank and deal them out as a snake draft (1→K, then K→1, …), which
 *      balances the groups' mean scores;
 *   2. then swap pairs of members between groups while that lowers agency clustering, best swap
 *      first, never letting the spread of group means grow past the snake's spread plus
 *      `scoreTolerance` points.
 *
 * Clustering is judged in two steps: first the members beyond an agency's fair share per group
 * (⌈agency members ÷ K⌉, so clustering that cannot be avoided costs nothing), then the number of
 * same-agency pairs inside groups. The same input always gives the same groups; the operator may
 * edit them afterwards and `summariseGroups` reports the edited groups the same way.
 */

export interface SelectionCandidate {
  id: string;
  /** Agency (perangkat daerah) key; compared as given. */
  agency: string;
  /** Raw JPM or rubric percentage. */
  score: number;
  /** 1-based rank from `rankCandidates`. */
  rank: number;
}

export interface SelectionOptions {
  /** How many of the best to take (N). Fewer candidates than N: all of them. */
  count: number;
  /** How many groups (K). */
  groups: number;
  /** How far (in score points) the agency swaps may widen the spread of group means. Default 1. */
  scoreTolerance?: number;
}

export interface AgencyCount {
  agency: string;
  count: number;
}

export interface SelectionGroup {
  /** 1-based group number. */
  number: number;
  /** Candidate ids in rank order. */
  members: string[];
  meanScore: number;
  /** Most represented agency first, then by name. */
  agencies: AgencyCount[];
}

export interface GroupsSummary {
  groups: SelectionGroup[];
  /** Highest minus lowest group mean score. */
  meanSpread: number;
  /** Pairs of members from the same agency inside one group, over all groups. */
  sameAgencyPairs: number;
  /** Members beyond their agency's fair share in a group: clustering that could have been avoided. */
  avoidableClustering: number;
}

export interface SelectionResult extends GroupsSummary {
  /** Swaps made after the snake draft. */
  swaps: number;
}

export const DEFAULT_SCORE_TOLERANCE = 1;

export function selectIntoGroups(
  candidates: readonly SelectionCandidate[],
  options: SelectionOptions,
): SelectionResult {
  const { count, groups: k } = options;
  const tolerance = options.scoreTolerance ?? DEFAULT_SCORE_TOLERANCE;
  if (!Number.isInteger(count) || count < 1) {
    throw new RangeError(`selectIntoGroups: N must be ≥ 1, got ${count}`);
  }
  if (!Number.isInteger(k) || k < 1) {
    throw new RangeError(`selectIntoGroups: K must be ≥ 1, got ${k}`);
  }
  if (!(tolerance >= 0)) {
    throw new RangeError(`selectIntoGroups: invalid score tolerance ${tolerance}`);
  }

  const chosen = [...candidates].sort((a, b) => a.rank - b.rank || (a.id < b.id ? -1 : 1)).slice(0, count);
  if (chosen.length < k) {
    throw new RangeError(`selectIntoGroups: ${chosen.length} candidates cannot fill ${k} groups`);
  }

  // Snake draft: ranks 1…K into groups 1…K, the next K back from K to 1, and so on.
  const members: number[][] = Array.from({ length: k }, () => []);
  chosen.forEach((_, i) => {
    const round = Math.floor(i / k);
    const slot = i % k;
    (members[round % 2 === 0 ? slot : k - 1 - slot] as number[]).push(i);
  });

  const agencyIndex = new Map<string, number>();
  const agencyOf = chosen.map((c) => {
    let index = agencyIndex.get(c.agency);
    if (index === undefined) {
      index = agencyIndex.size;
      agencyIndex.set(c.agency, index);
    }
    return index;
  });
  const agencies = agencyIndex.size;
  const selectedPerAgency = new Int32Array(agencies);
  for (const a of agencyOf) selectedPerAgency[a] = (selectedPerAgency[a] as number) + 1;
  // The most members of one agency a group must hold when they are spread as evenly as possible.
  const fairShare = selectedPerAgency.map((n) => Math.ceil(n / k));

  const counts = new Int32Array(k * agencies);
  const sums = new Float64Array(k);
  members.forEach((group, g) => {
    for (const i of group) {
      counts[g * agencies + (agencyOf[i] as number)] =
        (counts[g * agencies + (agencyOf[i] as number)] as number) + 1;
      sums[g] = (sums[g] as number) + (chosen[i] as SelectionCandidate).score;
    }
  });
  const sizes = members.map((group) => group.length);
  const means = (g: number) => (sums[g] as number) / (sizes[g] as number);
  const bound = spread(Array.from({ length: k }, (_, g) => means(g))) + tolerance + 1e-9;

  let swaps = 0;
  // Each accepted swap strictly lowers (avoidable, pairs), so this loop ends.
  for (;;) {
    const extremes = new Extremes(Array.from({ length: k }, (_, g) => means(g)));
    let best: {
      g1: number;
      p1: number;
      g2: number;
      p2: number;
      avoidable: number;
      pairs: number;
      spread: number;
    } | null = null;
    for (let g1 = 0; g1 < k; g1++) {
      for (let g2 = g1 + 1; g2 < k; g2++) {
        const m1 = members[g1] as number[];
        const m2 = members[g2] as number[];
        for (let p1 = 0; p1 < m1.length; p1++) {
          const x = m1[p1] as number;
          const a = agencyOf[x] as number;
          for (let p2 = 0; p2 < m2.length; p2++) {
            const y = m2[p2] as number;
            const b = agencyOf[y] as number;
            if (a === b) continue;
            // x (agency a) leaves g1 for g2; y (agency b) leaves g2 for g1.
            const a1 = counts[g1 * agencies + a] as number;
            const b1 = counts[g1 * agencies + b] as number;
            const b2 = counts[g2 * agencies + b] as number;
            const a2 = counts[g2 * agencies + a] as number;
            const fa = fairShare[a] as number;
            const fb = fairShare[b] as number;
            const avoidable =
              (a1 > fa ? -1 : 0) + (b1 >= fb ? 1 : 0) + (b2 > fb ? -1 : 0) + (a2 >= fa ? 1 : 0);
            // C(c±1, 2) − C(c, 2) is c or −(c−1).
            const pairs = -(a1 - 1) + b1 - (b2 - 1) + a2;
            if (!(avoidable < 0 || (avoidable === 0 && pairs < 0))) continue;
            // Lexicographic: less avoidable clustering, then fewer pairs, then the narrower spread.
            const rank = best === null ? -1 : avoidable - best.avoidable || pairs - best.pairs;
            if (rank > 0) continue;
            const shift = (chosen[y] as SelectionCandidate).score - (chosen[x] as SelectionCandidate).score;
            const mean1 = ((sums[g1] as number) + shift) / (sizes[g1] as number);
            const mean2 = ((sums[g2] as number) - shift) / (sizes[g2] as number);
            const newSpread = extremes.spreadWith(g1, mean1, g2, mean2);
            if (newSpread > bound) continue;
            if (best === null || rank < 0 || newSpread < best.spread) {
              best = { g1, p1, g2, p2, avoidable, pairs, spread: newSpread };
            }
          }
        }
      }
    }
    if (best === null) break;
    const m1 = members[best.g1] as number[];
    const m2 = members[best.g2] as number[];
    const x = m1[best.p1] as number;
    const y = m2[best.p2] as number;
    const a = agencyOf[x] as number;
    const b = agencyOf[y] as number;
    m1[best.p1] = y;
    m2[best.p2] = x;
    counts[best.g1 * agencies + a] = (counts[best.g1 * agencies + a] as number) - 1;
    counts[best.g1 * agencies + b] = (counts[best.g1 * agencies + b] as number) + 1;
    counts[best.g2 * agencies + b] = (counts[best.g2 * agencies + b] as number) - 1;
    counts[best.g2 * agencies + a] = (counts[best.g2 * agencies + a] as number) + 1;
    const shift = (chosen[y] as SelectionCandidate).score - (chosen[x] as SelectionCandidate).score;
    sums[best.g1] = (sums[best.g1] as number) + shift;
    sums[best.g2] = (sums[best.g2] as number) - shift;
    swaps += 1;
  }

  const groups = members.map((group) => group.map((i) => (chosen[i] as SelectionCandidate).id));
  return { ...summariseGroups(groups, chosen, k), swaps };
}

/**
 * Reports groups the same way `selectIntoGroups` does, e.g. after the operator moved someone.
 * `groupCount` sets K for the fair share; it defaults to the number of groups given.
 */
export function summariseGroups(
  groups: readonly (readonly string[])[],
  candidates: readonly SelectionCandidate[],
  groupCount: number = groups.length,
): GroupsSummary {
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const perAgency = new Map<string, number>();
  const resolved = groups.map((ids) =>
    ids.map((id) => {
      const candidate = byId.get(id);
      if (!candidate) throw new RangeError(`summariseGroups: unknown candidate ${id}`);
      perAgency.set(candidate.agency, (perAgency.get(candidate.agency) ?? 0) + 1);
      return candidate;
    }),
  );

  let sameAgencyPairs = 0;
  let avoidableClustering = 0;
  const summaries = resolved.map((group, g): SelectionGroup => {
    const tally = new Map<string, number>();
    for (const c of group) tally.set(c.agency, (tally.get(c.agency) ?? 0) + 1);
    for (const [agency, n] of tally) {
      sameAgencyPairs += (n * (n - 1)) / 2;
      avoidableClustering += Math.max(0, n - Math.ceil((perAgency.get(agency) as number) / groupCount));
    }
    const sorted = [...group].sort((a, b) => a.rank - b.rank || (a.id < b.id ? -1 : 1));
    return {
      number: g + 1,
      members: sorted.map((c) => c.id),
      meanScore: group.length === 0 ? NaN : group.reduce((t, c) => t + c.score, 0) / group.length,
      agencies: [...tally]
        .map(([agency, count]) => ({ agency, count }))
        .sort((a, b) => b.count - a.count || (a.agency < b.agency ? -1 : a.agency > b.agency ? 1 : 0)),
    };
  });

  return {
    groups: summaries,
    meanSpread: spread(summaries.map((s) => s.meanScore).filter((m) => !Number.isNaN(m))),
    sameAgencyPairs,
    avoidableClustering,
  };
}

function spread(values: readonly number[]): number {
  return values.length === 0 ? 0 : Math.max(...values) - Math.min(...values);
}

/**
 * The three highest and three lowest group means, so the spread after changing two groups is
 * found without another pass over all groups.
 */
class Extremes {
  private readonly high: Array<[number, number]>;
  private readonly low: Array<[number, number]>;

  constructor(means: readonly number[]) {
    const indexed = means.map((mean, g): [number, number] => [mean, g]);
    this.high = [...indexed].sort((x, y) => y[0] - x[0]).slice(0, 3);
    this.low = [...indexed].sort((x, y) => x[0] - y[0]).slice(0, 3);
  }

  spreadWith(g1: number, mean1: number, g2: number, mean2: number): number {
    let max = Math.max(mean1, mean2);
    let min = Math.min(mean1, mean2);
    for (const [mean, g] of this.high) {
      if (g !== g1 && g !== g2) {
        max = Math.max(max, mean);
        break;
      }
    }
    for (const [mean, g] of this.low) {
      if (g !== g1 && g !== g2) {
        min = Math.min(min, mean);
        break;
      }
    }
    return max - min;
  }
}
