import type { ProgressCounts, ProgressReport } from '../../shared/contract';
import type { ProgressRepo, ProgressSheetRecord } from '../db/repos/ratings.repo';
import type { ProgramsService } from './programs.service';

export interface ProgressServiceDeps {
  progress: ProgressRepo;
  programs: ProgramsService;
  now: () => Date;
}

/**
 * Who is absent from which method, by the same rule as the scoring lists (ratings.repo.ts):
 * marked `tidak-hadir` in a session of the method or in one without a method, and present in no
 * session of the method.
 */
function absenceOf(rows: ReadonlyArray<{ candidateId: number; status: string; methodId: number | null }>) {
  const absentFrom = new Map<number, Set<number | null>>();
  const presentAt = new Map<number, Set<number>>();
  for (const row of rows) {
    if (row.status === 'tidak-hadir') {
      const set = absentFrom.get(row.candidateId) ?? new Set();
      set.add(row.methodId);
      absentFrom.set(row.candidateId, set);
    } else if (row.methodId !== null) {
      const set = presentAt.get(row.candidateId) ?? new Set();
      set.add(row.methodId);
      presentAt.set(row.candidateId, set);
    }
  }
  return (candidateId: number, methodId: number): boolean => {
    const absent = absentFrom.get(candidateId);
    if (!absent || !(absent.has(methodId) || absent.has(null))) return false;
    return !presentAt.get(candidateId)?.has(methodId);
  };
}

const emptyCounts = (): ProgressCounts => ({
  sheets: 0,
  submitted: 0,
  inProgress: 0,
  notStarted: 0,
  absent: 0,
});

type SheetState = 'submitted' | 'inProgress' | 'notStarted' | 'absent';

function add(counts: ProgressCounts, state: SheetState): void {
  counts.sheets++;
  counts[state]++;
}

/** The operator's dashboard: per assessor, per candidate, per session. Counts only, never a level. */
export function createProgressService({ progress, programs, now }: ProgressServiceDeps) {
  return {
    get(programId: number): ProgressReport {
      programs.get(programId);
      const totals = new Map(progress.totals(programId).map((t) => [t.methodId, t.total]));
      const rated = new Map(progress.rated(programId).map((r) => [r.assignmentId, r.rated]));
      const isAbsent = absenceOf(progress.attendance(programId));
      const assessors = progress.assessors(programId);
      const assessorNames = new Map(assessors.map((a) => [a.id, a.name]));

      const overall = { ...emptyCounts(), ratingsDone: 0, ratingsExpected: 0 };
      const byAssessor = new Map<number, ProgressCounts>();
      const byCandidate = new Map<number, ProgressSheetRecord[]>();
      const stateOf = new Map<number, { state: SheetState; missing: number }>();

      for (const sheet of progress.sheets(programId)) {
        const total = totals.get(sheet.methodId) ?? 0;
        const done = rated.get(sheet.id) ?? 0;
        const absent = isAbsent(sheet.candidateId, sheet.methodId);
        const state: SheetState = absent
          ? 'absent'
          : sheet.status === 'submitted'
            ? 'submitted'
            : done > 0
              ? 'inProgress'
              : 'notStarted';
        stateOf.set(sheet.id, { state, missing: absent ? 0 : Math.max(0, total - done) });
        add(overall, state);
        if (!absent) {
          overall.ratingsDone += done;
          overall.ratingsExpected += total;
        }
        const counts = byAssessor.get(sheet.assessorId) ?? emptyCounts();
        add(counts, state);
        byAssessor.set(sheet.assessorId, counts);
        const list = byCandidate.get(sheet.candidateId) ?? [];
        list.push(sheet);
        byCandidate.set(sheet.candidateId, list);
      }

      const candidates = progress.candidates(programId).map((candidate) => {
        const sheets = byCandidate.get(candidate.id) ?? [];
        const absentMethods = new Set<string>();
        const missing: ProgressReport['candidates'][number]['missing'] = [];
        let submitted = 0;
        let missingRatings = 0;
        for (const sheet of sheets) {
          const { state, missing: count } = stateOf.get(sheet.id) as { state: SheetState; missing: number };
          if (state === 'absent') {
            absentMethods.add(sheet.methodCode);
            continue;
          }
          missingRatings += count;
          if (state === 'submitted') {
            submitted++;
            continue;
          }
          missing.push({
            assignmentId: sheet.id,
            assessorId: sheet.assessorId,
            assessorName: assessorNames.get(sheet.assessorId) ?? '',
            methodCode: sheet.methodCode,
            status: sheet.status,
            missingRatings: count,
          });
        }
        return {
          candidateId: candidate.id,
          participantNo: candidate.participantNo,
          name: candidate.name,
          unit: candidate.unit,
          sheets: sheets.length,
          submitted,
          missingRatings,
          absentMethods: [...absentMethods].sort(),
          missing,
        };
      });

      return {
        programId,
        generatedAt: now().toISOString(),
        totals: overall,
        assessors: assessors.map((a) => {
          const counts = byAssessor.get(a.id) ?? emptyCounts();
          return {
            assessorId: a.id,
            name: a.name,
            role: a.role,
            ...counts,
            remaining: counts.inProgress + counts.notStarted,
          };
        }),
        candidates,
        sessions: progress.sessions(programId).map((s) => ({
          sessionId: s.id,
          day: s.day,
          startTime: s.startTime,
          endTime: s.endTime,
          room: s.room,
          methodCode: s.methodCode,
          candidates: s.candidates,
          present: s.present,
          late: s.late,
          absent: s.absent,
          unmarked: Math.max(0, s.candidates - s.present - s.late - s.absent),
          sheets: s.sheets,
          submitted: s.submitted,
        })),
      };
    },
  };
}

export type ProgressService = ReturnType<typeof createProgressService>;
