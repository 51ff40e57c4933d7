// Results and agreement for a large programme: 10,000 candidates × 9 competencies × 2 assessors
// (issue 5 asks for under 1 s). Pure domain code, no database: what the service will call.
import { agreementReport, type AgreedRecord, type RatingRecord } from '../src/shared/domain/agreement';
import { categoryOf, defaultThresholds } from '../src/shared/domain/categories';
import { computeJpm } from '../src/shared/domain/jpm';
import { candidateStatus, rankCandidates, type RankingCandidate } from '../src/shared/domain/ranking';
import { suggestLevel } from '../src/shared/domain/reconcile';
import { mulberry32 } from './random';
import { peakRssMb, summarise, type BenchRow } from './stats';

const RUNS = 5;
const CANDIDATES = 10_000;
const COMPETENCIES = ['M.1', 'M.2', 'M.3', 'M.4', 'M.5', 'M.6', 'M.7', 'M.8', 'SK.1'];
const ASSESSORS = 60;

interface Candidate {
  id: string;
  participantNo: string;
  absent: boolean;
  standard: number;
}

function generate(): { candidates: Candidate[]; ratings: RatingRecord[] } {
  const random = mulberry32(2022);
  const candidates: Candidate[] = [];
  const ratings: RatingRecord[] = [];
  for (let i = 0; i < CANDIDATES; i++) {
    const id = `c${i}`;
    const absent = random() < 0.01;
    candidates.push({ id, participantNo: String(i + 1).padStart(5, '0'), absent, standard: 2 + (i % 3) });
    if (absent) continue;
    const lead = Math.floor(random() * ASSESSORS);
    const second = (lead + 1 + Math.floor(random() * (ASSESSORS - 1))) % ASSESSORS;
    for (const competency of COMPETENCIES) {
      const truth = 1 + Math.min(4, Math.floor(random() * 2.5 + random() * 2.5));
      // One candidate in a hundred is still missing the second assessor's ratings.
      for (const assessor of i % 100 === 7 ? [lead] : [lead, second]) {
        const noise = random() < 0.65 ? 0 : random() < 0.5 ? -1 : 1;
        ratings.push({
          subjectId: id,
          competency,
          assessorId: `a${assessor}`,
          level: Math.min(5, Math.max(1, truth + noise)),
        });
      }
    }
  }
  return { candidates, ratings };
}

/**
 * Agreed levels (median rule, as the lead would confirm), status, JPM, category and ranking.
 * Ratings come ordered by candidate and competency, as the service's query will return them.
 */
function results(candidates: readonly Candidate[], ratings: readonly RatingRecord[]): AgreedRecord[] {
  const thresholds = defaultThresholds('pengisian');
  const agreed: AgreedRecord[] = [];
  let cursor = 0;
  const ranking: RankingCandidate[] = candidates.map((candidate) => {
    const achieved = COMPETENCIES.map((competency) => {
      const levels: number[] = [];
      while (cursor < ratings.length) {
        const rating = ratings[cursor] as RatingRecord;
        if (rating.subjectId !== candidate.id || rating.competency !== competency) break;
        levels.push(rating.level);
        cursor += 1;
      }
      // A unit rated by one assessor only stays open: the candidate is incomplete.
      const level = levels.length >= 2 ? suggestLevel('median', levels) : null;
      if (level !== null) agreed.push({ subjectId: candidate.id, competency, level });
      return level;
    });
    const status = candidateStatus({ absent: candidate.absent, achieved });
    if (status !== 'complete')
      return { id: candidate.id, participantNo: candidate.participantNo, status, score: null };
    const jpm = computeJpm(
      COMPETENCIES.map((code, c) => ({
        code,
        standard: candidate.standard,
        achieved: achieved[c] as number,
      })),
    );
    categoryOf(jpm.jpm, thresholds);
    return {
      id: candidate.id,
      participantNo: candidate.participantNo,
      status,
      score: jpm.jpm,
      metCount: jpm.metCount,
      worstGap: jpm.worstGap,
    };
  });
  rankCandidates(ranking, { passRule: { kind: 'category', minimum: 'MMS' }, thresholds });
  return agreed;
}

export async function run(): Promise<BenchRow[]> {
  const { candidates, ratings } = generate();
  const total: number[] = [];
  const cpu: number[] = [];
  const resultsOnly: number[] = [];
  const agreementOnly: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const agreed = results(candidates, ratings);
    const middle = performance.now();
    agreementReport(ratings, agreed);
    const ended = performance.now();
    const used = process.cpuUsage(cpuBefore);
    total.push(ended - started);
    cpu.push((used.user + used.system) / 1000);
    resultsOnly.push(middle - started);
    agreementOnly.push(ended - middle);
  }
  const note = `${ratings.length} ratings, peak RSS ${peakRssMb()} MB; first run cold`;
  return [
    summarise('results + agreement, 10,000 × 9 × 2', total, 'ms', note),
    // CPU time is the steadier figure on a busy machine, where wall time includes waiting.
    summarise('results + agreement, CPU time', cpu, 'ms cpu'),
    summarise('  of which agreed level, status, JPM, category, ranking', resultsOnly, 'ms'),
    summarise('  of which agreement statistics', agreementOnly, 'ms'),
  ];
}
