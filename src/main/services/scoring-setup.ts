import type { Db } from '../db/open';
import { createAssessorsRepo } from '../db/repos/assessors.repo';
import { createAssignmentsRepo } from '../db/repos/assignments.repo';
import { createAttendanceRepo } from '../db/repos/attendance.repo';
import type { AuditRepo } from '../db/repos/audit.repo';
import type { CandidatesRepo } from '../db/repos/candidates.repo';
import { createInstrumentsRepo } from '../db/repos/instruments.repo';
import { createScheduleRepo } from '../db/repos/schedule.repo';
import { createAssessorsService } from './assessors.service';
import { createAssignmentService } from './assignment.service';
import { createAttendanceService } from './attendance.service';
import { createGroupsService } from './groups.service';
import { createInstrumentsService } from './instruments.service';
import type { ProgramsService } from './programs.service';
import { createScheduleService } from './schedule.service';

export interface ScoringSetupDeps {
  db: Db;
  programs: ProgramsService;
  candidates: CandidatesRepo;
  audit: AuditRepo;
  now: () => Date;
}

/** The services that prepare a scoring day: instruments, assessors, schedule, assignment, attendance. */
export function createScoringSetup({ db, programs, candidates, audit, now }: ScoringSetupDeps) {
  const base = { db, programs, audit, now };
  const instrumentsRepo = createInstrumentsRepo(db);
  const assessorsRepo = createAssessorsRepo(db);
  const scheduleRepo = createScheduleRepo(db);
  const schedule = createScheduleService({ ...base, schedule: scheduleRepo, instruments: instrumentsRepo });
  return {
    instruments: createInstrumentsService({ ...base, instruments: instrumentsRepo }),
    assessors: createAssessorsService({ ...base, assessors: assessorsRepo }),
    schedule,
    groups: createGroupsService({ ...base, schedule: scheduleRepo, candidates }),
    assignment: createAssignmentService({
      ...base,
      assignments: createAssignmentsRepo(db),
      assessors: assessorsRepo,
      candidates,
      instruments: instrumentsRepo,
    }),
    attendance: createAttendanceService({
      ...base,
      attendance: createAttendanceRepo(db),
      schedule: scheduleRepo,
      scheduleService: schedule,
      candidates,
    }),
  };
}

export type ScoringSetup = ReturnType<typeof createScoringSetup>;
