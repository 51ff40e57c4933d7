import type { AttendanceRow, LookupHit, OpParsedInput, SessionAttendance } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { CallContext } from '../context';
import type { Db } from '../db/open';
import type { AttendanceRepo } from '../db/repos/attendance.repo';
import type { AuditRepo } from '../db/repos/audit.repo';
import type { CandidatesRepo } from '../db/repos/candidates.repo';
import type { ScheduleRepo } from '../db/repos/schedule.repo';
import { sameProgram, writableProgram } from './program-guard';
import type { ProgramsService } from './programs.service';
import type { ScheduleService } from './schedule.service';

export interface AttendanceServiceDeps {
  db: Db;
  attendance: AttendanceRepo;
  schedule: ScheduleRepo;
  scheduleService: ScheduleService;
  candidates: CandidatesRepo;
  programs: ProgramsService;
  audit: AuditRepo;
  now: () => Date;
}

/**
 * Check-in per session (hadir, terlambat, tidak hadir, with the time) and the fast look-up the
 * check-in desk types into. An absent candidate leaves the scoring lists (see
 * AttendanceRepo.isAbsent) and shows as absent, never as a low score.
 */
export function createAttendanceService(deps: AttendanceServiceDeps) {
  const { db, attendance: repo, schedule, scheduleService, candidates, programs, audit, now } = deps;

  function mustGetSession(id: number) {
    const session = schedule.session(id);
    if (!session) throw new AppError('not-found');
    return session;
  }

  return {
    list(sessionId: number): SessionAttendance {
      const session = mustGetSession(sessionId);
      const rows: AttendanceRow[] = repo.list(sessionId);
      const count = (status: AttendanceRow['status']) => rows.filter((r) => r.status === status).length;
      return {
        session: scheduleService.getSession(session.id),
        rows,
        counts: {
          hadir: count('hadir'),
          terlambat: count('terlambat'),
          tidakHadir: count('tidak-hadir'),
          belum: count(null),
        },
      };
    },

    mark(input: OpParsedInput<'attendance:mark'>, ctx: CallContext): AttendanceRow {
      const session = mustGetSession(input.sessionId);
      writableProgram(programs, session.programId);
      const candidate = sameProgram(candidates.get(input.candidateId) ?? undefined, session.programId);
      if (!repo.inSession(session.id, candidate.id)) throw new AppError('attendance-not-in-session');
      const at = now().toISOString();
      return db.transaction(() => {
        const before = repo.markOf(session.id, candidate.id);
        if (input.status === null) repo.clear(session.id, candidate.id);
        else repo.mark(session.id, candidate.id, input.status, at);
        audit.record(ctx, at, {
          action: 'attendance:mark',
          entity: 'attendance',
          entityId: candidate.id,
          programId: session.programId,
          before: before ? { sessionId: session.id, status: before.status } : null,
          after: { sessionId: session.id, status: input.status },
        });
        return repo.list(session.id).find((r) => r.candidateId === candidate.id) as AttendanceRow;
      })();
    },

    lookup(input: OpParsedInput<'attendance:lookup'>): LookupHit[] {
      programs.get(input.programId);
      return repo.lookup(input.programId, input.query, input.limit).map((id) => {
        const c = candidates.get(id);
        if (!c) throw new AppError('not-found');
        const groupId = schedule.groupOf(id);
        return {
          candidateId: c.id,
          participantNo: c.participantNo,
          nip: c.nip,
          name: c.name,
          unit: c.unit,
          groupId,
          groupName: groupId === null ? null : (schedule.group(groupId)?.name ?? null),
          marks: repo.marksOf(id),
        };
      });
    },

    /** Absent from the method (or from the whole programme without one): for scoring lists. */
    isAbsent(candidateId: number, methodId?: number): boolean {
      return repo.isAbsent(candidateId, methodId);
    },
  };
}

export type AttendanceService = ReturnType<typeof createAttendanceService>;
