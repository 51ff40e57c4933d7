import type { Handlers } from './dispatcher';
import type { Services } from './handlers/area';
import { appHandlers } from './handlers/app.handlers';
import { assessorHandlers } from './handlers/assessors.handlers';
import { assignHandlers } from './handlers/assign.handlers';
import { attendanceHandlers } from './handlers/attendance.handlers';
import { instrumentsHandlers } from './handlers/instruments.handlers';
import { scheduleHandlers } from './handlers/schedule.handlers';
import { authHandlers } from './handlers/auth.handlers';
import { filesHandlers } from './handlers/files.handlers';
import { demoHandlers, jobHandlers } from './handlers/jobs.handlers';
import { programHandlers } from './handlers/programs.handlers';
import { progressHandlers } from './handlers/progress.handlers';
import { resultsHandlers } from './handlers/results.handlers';
import { exportHandlers } from './handlers/export.handlers';
import { certificatesHandlers, reportsHandlers } from './handlers/certificates.handlers';
import { rosterHandlers } from './handlers/roster.handlers';
import { scoresHandlers, scoringHandlers } from './handlers/scores.handlers';

export type { Services } from './handlers/area';

/** One handler per operation in the contract; the dispatcher refuses to start if any is missing. */
export function createHandlers(s: Services): Handlers {
  return {
    ...appHandlers(s),
    ...instrumentsHandlers(s),
    ...assessorHandlers(s),
    ...scheduleHandlers(s),
    ...assignHandlers(s),
    ...attendanceHandlers(s),
    ...programHandlers(s),
    ...rosterHandlers(s),
    ...filesHandlers(s),
    ...demoHandlers(s),
    ...jobHandlers(s),
    ...authHandlers(s),
    ...scoringHandlers(s),
    ...scoresHandlers(s),
    ...progressHandlers(s),
    ...resultsHandlers(s),
    ...exportHandlers(s),
    ...certificatesHandlers(s),
    ...reportsHandlers(s),
  };
}
