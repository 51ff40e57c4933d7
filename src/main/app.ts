import { resolve } from 'node:path';
import { closeDatabase, openDatabase, type Db } from './db/open';
import { schemaVersion } from './db/migrate';
import { createAuditRepo } from './db/repos/audit.repo';
import { createCandidatesRepo } from './db/repos/candidates.repo';
import { createProgramsRepo } from './db/repos/programs.repo';
import { createDispatcher, type Dispatcher } from './dispatcher';
import { EventBus } from './events';
import { createJobRunner, type JobRunner } from './jobs/runner';
import { createHandlers } from './operations';
import { createProgramsService } from './services/programs.service';
import { APP_VERSION } from './version';

export interface CreateAppOptions {
  dataDir: string;
  /** better-sqlite3 binary for this runtime; the desktop app passes its Electron build. */
  nativeBinding?: string | undefined;
  now?: () => Date;
  log?: (line: string) => void;
  workerEntry?: string;
  checkOutput?: boolean;
}

export interface App {
  dataDir: string;
  db: Db;
  dispatcher: Dispatcher;
  events: EventBus;
  jobs: JobRunner;
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
  const jobs = createJobRunner({
    dataDir,
    nativeBinding: options.nativeBinding,
    events,
    workerEntry: options.workerEntry,
    log,
    onDone: (state) => events.emit('data:changed', { operation: state.kind, programId: null }),
  });
  const handlers = createHandlers({
    version: APP_VERSION,
    dataDir,
    schemaVersion: () => schemaVersion(db),
    programs,
    candidates,
    jobs,
  });
  const dispatcher = createDispatcher({ handlers, events, checkOutput: options.checkOutput, log });

  let closed = false;
  return {
    dataDir,
    db,
    dispatcher,
    events,
    jobs,
    async close() {
      if (closed) return;
      closed = true;
      await jobs.stopAll();
      closeDatabase(db);
    },
  };
}
