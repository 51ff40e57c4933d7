import type { OperationName } from '../../shared/contract';
import type { Handler } from '../dispatcher';
import type { AssessorsService } from '../services/assessors.service';
import type { AssignmentService } from '../services/assignment.service';
import type { AttendanceService } from '../services/attendance.service';
import type { GroupsService } from '../services/groups.service';
import type { InstrumentsService } from '../services/instruments.service';
import type { ScheduleService } from '../services/schedule.service';
import type { AuthService } from '../services/auth.service';
import type { DesktopFilesService } from '../services/desktop-files.service';
import type { FilesService } from '../services/files.service';
import type { ProgressService } from '../services/progress.service';
import type { ProgramsService } from '../services/programs.service';
import type { ResultsService } from '../services/results/results.service';
import type { ProblemListsService } from '../services/results-export/problem-lists.service';
import type { CertificatesService } from '../services/certificates/certificates.service';
import type { RosterService } from '../services/roster.service';
import type { ScoreSheetsService } from '../services/score-sheets/score-sheets.service';
import type { ScoringService } from '../services/scoring.service';
import type { JobRunner } from '../jobs/runner';

/** Everything handlers may call; built once by createApp. */
export interface Services {
  version: string;
  dataDir: string;
  schemaVersion: () => number;
  programs: ProgramsService;
  instruments: InstrumentsService;
  assessors: AssessorsService;
  schedule: ScheduleService;
  groups: GroupsService;
  assignment: AssignmentService;
  attendance: AttendanceService;
  roster: RosterService;
  files: FilesService;
  desktopFiles: DesktopFilesService;
  jobs: JobRunner;
  auth: AuthService;
  scoring: ScoringService;
  scoreSheets: ScoreSheetsService;
  progress: ProgressService;
  results: ResultsService;
  problemLists: ProblemListsService;
  certificates: CertificatesService;
}

/** The handlers of one area: every operation named `<area>:…` in the contract, and no other. */
export type AreaHandlers<Area extends string> = {
  [N in OperationName as N extends `${Area}:${string}` ? N : never]: Handler<N>;
};
