import { resolve } from 'node:path';
import { closeDatabase, openDatabase, type Db } from './db/open';
import { schemaVersion } from './db/migrate';
import { createAuditRepo } from './db/repos/audit.repo';
import { createCandidatesRepo } from './db/repos/candidates.repo';
import { createProgramsRepo } from './db/repos/programs.repo';
import { createProgressRepo, createRatingsRepo } from './db/repos/ratings.repo';
import { createSettingsRepo } from './db/repos/settings.repo';
import { createDispatcher, type Dispatcher } from './dispatcher';
import { EventBus } from './events';
import { createJobRunner, type JobRunner } from './jobs/runner';
import { createHandlers } from './operations';
import type { DesktopDialogs } from './dialogs';
import { createAuthService } from './services/auth.service';
import { createDesktopFilesService } from './services/desktop-files.service';
import { createFilesService, type FilesService } from './services/files.service';
import { createProgramsService } from './services/programs.service';
import { createProgressService } from './services/progress.service';
import { createResultsService } from './services/results/results.service';
import { createProblemListsService } from './services/results-export/problem-lists.service';
import { createCertificatesService } from './services/certificates/certificates.service';
import { createResultsRepo } from './db/repos/results.repo';
import { createRosterService } from './services/roster.service';
import { createScoringSetup } from './services/scoring-setup';
import { createScoreSheetsService } from './services/score-sheets/score-sheets.service';
import { createScoringService } from './services/scoring.service';
import { APP_VERSION } from './version';

export interface CreateAppOptions {
  dataDir: string;
  /** better-sqlite3 binary for this runtime; the desktop app passes its Electron build. */
  nativeBinding?: string | undefined;
  now?: () => Date;
  log?: (line: string) => void;
  workerEntry?: string;
  checkOutput?: boolean;
  /** Native dialogs (desktop only). */
  dialogs?: DesktopDialogs;
}

export interface App {
  dataDir: string;
  db: Db;
  dispatcher: Dispatcher;
  events: EventBus;
  jobs: JobRunner;
  files: FilesService;
  close(): Promise<void>;
}

/**
 * The composition root: the one way to open a data folder. The Electron shell, the web door and
 * the CLI each call it and then only relay calls to `dispatcher`.
 */
export async function createApp(options: CreateAppOptions): Promise<App> {
  const dataDir = resolve(options.dataDir);
  const now = options.now ?? (() => new Date());
  const log = options.log ?? (() => {});
  const db = await openDatabase({ dataDir, nativeBinding: options.nativeBinding, now, log });
  const events = new EventBus();
  const audit = createAuditRepo(db);
  const programsRepo = createProgramsRepo(db);
  const candidates = createCandidatesRepo(db);
  const programs = createProgramsService({ db, programs: programsRepo, audit, now });
  const roster = createRosterService({ db, candidates, programs, audit, now });
  const scoringSetup = createScoringSetup({ db, programs, candidates, audit, now });
  const files = createFilesService(dataDir, now);
  files.sweep();
  const ratings = createRatingsRepo(db);
  const scoring = createScoringService({ db, ratings, audit, events, now });
  const settings = createSettingsRepo(db);
  const auth = createAuthService({ db, ratings, settings, programs, audit, now });
  const scoreSheets = createScoreSheetsService({ db, ratings, scoring, programs, files, now });
  const progress = createProgressService({ progress: createProgressRepo(db), programs, now });
  const results = createResultsService({
    db,
    results: createResultsRepo(db),
    audit,
    verifyLeadPin: (programId, assessorId, pin) => auth.verifyLeadPin(programId, assessorId, pin),
    now,
  });
  const certificates = createCertificatesService({ db, audit, files, now, log });
  const jobs = createJobRunner({
    dataDir,
    nativeBinding: options.nativeBinding,
    events,
    workerEntry: options.workerEntry,
    log,
    onDone: (state) => {
      const result = state.result as { programId?: unknown } | undefined;
      const programId = typeof result?.programId === 'number' ? result.programId : null;
      events.emit('data:changed', { operation: state.kind, programId });
    },
  });
  // Remembers the last import problems per programme for the export screen (issue 7).
  const problemLists = createProblemListsService({ events, files, now });
  const handlers = createHandlers({
    version: APP_VERSION,
    dataDir,
    schemaVersion: () => schemaVersion(db),
    programs,
    ...scoringSetup,
    roster,
    files,
    desktopFiles: createDesktopFilesService(files, options.dialogs),
    jobs: problemLists.watchJobs(jobs),
    auth,
    scoring,
    scoreSheets: problemLists.watchScoreSheets(scoreSheets),
    progress,
    results,
    problemLists,
    certificates,
  });
  const dispatcher = createDispatcher({ handlers, events, checkOutput: options.checkOutput, log });

  let closed = false;
  return {
    dataDir,
    db,
    dispatcher,
    events,
    jobs,
    files,
    async close() {
      if (closed) return;
      closed = true;
      await jobs.stopAll();
      closeDatabase(db);
    },
  };
}
