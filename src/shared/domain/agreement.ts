/**
 * Agreement statistics of a programme (issue 5 §4): how well the assessors agree, per competency,
 * per assessor pair and overall, and how lenient each assessor is against the agreed levels.
 *
 * A first pass over the ratings turns ids into small integers (one map lookup each, none for a
 * repeated id); a second builds, per unit (candidate × competency), a count vector over levels 1–5
 * and a linked list of its ratings, all in typed arrays; a pass over the units then feeds the
 * accumulators. Nothing is quadratic in the number of candidates (bench/results-compute.bench.ts
 * times 10,000 candidates × 9 competencies × 2 assessors).
 */
import { LEVELS } from './competencies';
import { UnitAccumulator, weightedKappa, type ChanceCorrected } from './agreement-core';
import { compareNatural } from './natural-order';

export interface RatingRecord {
  subjectId: string;
  competency: string;
  assessorId: string;
  level: number;
}

export interface AgreedRecord {
  subjectId: string;
  competency: string;
  level: number;
}

export interface AgreementBlock {
  /** Units (candidate × competency) with at least one rating. */
  units: number;
  /** Units with at least two ratings: the only ones that say anything about agreement. */
  pairableUnits: number;
  /** Percent of rater pairs (within a unit) giving the same level; null without pairs. */
  exactPercent: number | null;
  /** Percent of rater pairs at most one level apart. */
  adjacentPercent: number | null;
  /** Krippendorff's alpha, ordinal metric. */
  alphaOrdinal: number | null;
  /** Krippendorff's alpha, interval metric (equals a quadratic-weighted coefficient). */
  alphaInterval: number | null;
  /** Gwet's AC2 with quadratic weights over levels 1–5: robust when most ratings sit on one level. */
  ac2: number | null;
  /** Units by spread (max − min level): index 0 = all assessors agree, 4 = a 1 next to a 5. */
  spreadCounts: number[];
}

export interface CompetencyAgreement extends AgreementBlock {
  competency: string;
}

export interface PairAgreement {
  /** The two assessors, assessorA < assessorB in code-unit order. */
  assessorA: string;
  assessorB: string;
  /** Units both rated. */
  units: number;
  exactPercent: number;
  adjacentPercent: number;
  /** Cohen's kappa with quadratic weights; null when undefined (e.g. both always gave one level). */
  kappaQuadratic: number | null;
  /** Mean of (A's level − B's level): positive when A rates higher. */
  meanDifference: number;
  /** 5 × 5 counts, rows A's level 1–5, columns B's level 1–5. */
  table: number[][];
}

export interface AssessorLeniency {
  assessorId: string;
  /** Ratings of units that have an agreed level. */
  ratings: number;
  /** Mean of (rating − agreed level): positive = lenient, negative = strict. Null without agreed levels. */
  meanDeviation: number | null;
  meanAbsoluteDeviation: number | null;
  /** Percent of ratings equal to the agreed level. */
  matchPercent: number | null;
}

export interface AgreementReport {
  overall: AgreementBlock;
  competencies: CompetencyAgreement[];
  pairs: PairAgreement[];
  assessors: AssessorLeniency[];
  counts: { ratings: number; subjects: number; assessors: number };
}

const Q = LEVELS.length;

/**
 * Computes the whole report. Levels must be whole numbers 1–5; an assessor rating the same unit
 * twice is refused (the store should never hold that).
 */
export function agreementReport(
  ratings: readonly RatingRecord[],
  agreed: readonly AgreedRecord[] = [],
): AgreementReport {
  const total = ratings.length;
  const subjectIndex = new Indexer();
  const competencyIndex = new Indexer();
  const assessorIndex = new Indexer();
  const ratingSubject = new Int32Array(total);
  const ratingCompetency = new Int32Array(total);
  const ratingAssessor = new Int32Array(total);
  const ratingLevel = new Uint8Array(total);

  for (let i = 0; i < total; i++) {
    const rating = ratings[i] as RatingRecord;
    ratingLevel[i] = checkLevel(rating.level);
    ratingSubject[i] = subjectIndex.of(rating.subjectId);
    ratingCompetency[i] = competencyIndex.of(rating.competency);
    ratingAssessor[i] = assessorIndex.of(rating.assessorId);
  }

  // A unit is subject × competency: index s·C + c, so no map is needed per rating from here on.
  const competencyCount = competencyIndex.size;
  const unitSlots = subjectIndex.size * competencyCount;
  const agreedLevel = new Uint8Array(unitSlots);
  for (const record of agreed) {
    const level = checkLevel(record.level);
    const s = subjectIndex.find(record.subjectId);
    const c = competencyIndex.find(record.competency);
    if (s !== undefined && c !== undefined) agreedLevel[s * competencyCount + c] = level;
  }

  const counts = new Int32Array(unitSlots * Q);
  const head = new Int32Array(unitSlots).fill(-1);
  const next = new Int32Array(total);
  const assessorCount = assessorIndex.size;
  const lenientN = new Float64Array(assessorCount);
  const lenientSum = new Float64Array(assessorCount);
  const lenientAbs = new Float64Array(assessorCount);
  const lenientMatch = new Float64Array(assessorCount);

  for (let i = 0; i < total; i++) {
    const u = (ratingSubject[i] as number) * competencyCount + (ratingCompetency[i] as number);
    const level = ratingLevel[i] as number;
    counts[u * Q + level - 1] = (counts[u * Q + level - 1] as number) + 1;
    next[i] = head[u] as number;
    head[u] = i;
    const target = agreedLevel[u] as number;
    if (target !== 0) {
      const a = ratingAssessor[i] as number;
      const deviation = level - target;
      lenientN[a] = (lenientN[a] as number) + 1;
      lenientSum[a] = (lenientSum[a] as number) + deviation;
      lenientAbs[a] = (lenientAbs[a] as number) + Math.abs(deviation);
      if (deviation === 0) lenientMatch[a] = (lenientMatch[a] as number) + 1;
    }
  }

  // Assessors in code-unit order, so a pair's A and B never depend on the input order.
  const sortedIds = [...assessorIndex.keys].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  const order = new Int32Array(assessorCount);
  sortedIds.forEach((id, position) => {
    order[assessorIndex.find(id) as number] = position;
  });

  const accumulators = Array.from({ length: competencyCount }, () => new UnitAccumulator(Q, 'quadratic'));
  const pairTables = new Map<number, Float64Array>();

  for (let u = 0; u < unitSlots; u++) {
    if ((head[u] as number) < 0) continue;
    (accumulators[u % competencyCount] as UnitAccumulator).add(counts, u * Q);
    for (let i = head[u] as number; i >= 0; i = next[i] as number) {
      for (let j = next[i] as number; j >= 0; j = next[j] as number) {
        let x = order[ratingAssessor[i] as number] as number;
        let y = order[ratingAssessor[j] as number] as number;
        let levelX = ratingLevel[i] as number;
        let levelY = ratingLevel[j] as number;
        if (x === y) {
          throw new RangeError(
            `agreementReport: ${sortedIds[x]} rated the same candidate and competency twice`,
          );
        }
        if (x > y) {
          [x, y] = [y, x];
          [levelX, levelY] = [levelY, levelX];
        }
        const key = x * assessorCount + y;
        let table = pairTables.get(key);
        if (!table) pairTables.set(key, (table = new Float64Array(Q * Q)));
        table[(levelX - 1) * Q + (levelY - 1)] = (table[(levelX - 1) * Q + (levelY - 1)] as number) + 1;
      }
    }
  }

  const overallAccumulator = new UnitAccumulator(Q, 'quadratic');
  for (const accumulator of accumulators) overallAccumulator.merge(accumulator);

  const competencies = competencyIndex.keys
    .map((competency, c) => ({ competency, ...block(accumulators[c] as UnitAccumulator) }))
    .sort((x, y) => compareNatural(x.competency, y.competency));

  const pairs = [...pairTables]
    .sort(([x], [y]) => x - y)
    .map(([key, flat]) =>
      pairAgreement(
        sortedIds[Math.floor(key / assessorCount)] as string,
        sortedIds[key % assessorCount] as string,
        flat,
      ),
    );

  const assessors = sortedIds.map((assessorId): AssessorLeniency => {
    const a = assessorIndex.find(assessorId) as number;
    const n = lenientN[a] as number;
    return {
      assessorId,
      ratings: n,
      meanDeviation: n === 0 ? null : (lenientSum[a] as number) / n,
      meanAbsoluteDeviation: n === 0 ? null : (lenientAbs[a] as number) / n,
      matchPercent: n === 0 ? null : (100 * (lenientMatch[a] as number)) / n,
    };
  });

  return {
    overall: block(overallAccumulator),
    competencies,
    pairs,
    assessors,
    counts: { ratings: total, subjects: subjectIndex.size, assessors: assessorCount },
  };
}

function block(accumulator: UnitAccumulator): AgreementBlock {
  const percent = (share: number | null) => (share === null ? null : 100 * share);
  return {
    units: accumulator.units,
    pairableUnits: accumulator.pairableUnits,
    exactPercent: percent(accumulator.exactAgreement()),
    adjacentPercent: percent(accumulator.adjacentAgreement()),
    alphaOrdinal: accumulator.alpha('ordinal')?.coefficient ?? null,
    alphaInterval: accumulator.alpha('interval')?.coefficient ?? null,
    ac2: accumulator.ac2()?.coefficient ?? null,
    spreadCounts: Array.from(accumulator.spreads),
  };
}

function pairAgreement(assessorA: string, assessorB: string, flat: Float64Array): PairAgreement {
  const table: number[][] = [];
  let units = 0;
  let exact = 0;
  let adjacent = 0;
  let difference = 0;
  for (let x = 0; x < Q; x++) {
    const row: number[] = [];
    for (let y = 0; y < Q; y++) {
      const n = flat[x * Q + y] as number;
      row.push(n);
      units += n;
      if (x === y) exact += n;
      if (Math.abs(x - y) <= 1) adjacent += n;
      difference += n * (x - y);
    }
    table.push(row);
  }
  const kappa: ChanceCorrected | null = weightedKappa(table, 'quadratic');
  return {
    assessorA,
    assessorB,
    units,
    exactPercent: (100 * exact) / units,
    adjacentPercent: (100 * adjacent) / units,
    kappaQuadratic: kappa?.coefficient ?? null,
    meanDifference: difference / units,
    table,
  };
}

/**
 * Hands out 0, 1, 2, … to ids in order of first sight. Ratings usually arrive grouped by
 * candidate, so the last id is remembered and a repeat costs a string comparison, not a lookup.
 */
class Indexer {
  readonly keys: string[] = [];
  private readonly index = new Map<string, number>();
  private lastKey: string | undefined;
  private lastIndex = -1;

  get size(): number {
    return this.keys.length;
  }

  of(key: string): number {
    if (key === this.lastKey) return this.lastIndex;
    let index = this.index.get(key);
    if (index === undefined) {
      index = this.keys.length;
      this.index.set(key, index);
      this.keys.push(key);
    }
    this.lastKey = key;
    this.lastIndex = index;
    return index;
  }

  find(key: string): number | undefined {
    return this.index.get(key);
  }
}

function checkLevel(level: number): number {
  if (!Number.isInteger(level) || level < 1 || level > Q) {
    throw new RangeError(`agreementReport: ${level} is not a level 1–${Q}`);
  }
  return level;
}
