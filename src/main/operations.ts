import type { Door } from '../shared/contract';
import type { Handlers } from './dispatcher';
import type { JobRunner } from './jobs/runner';
import type { CandidatesRepo } from './db/repos/candidates.repo';
import type { ProgramsService } from './services/programs.service';

export interface OperationDeps {
  version: string;
  dataDir: string;
  schemaVersion: () => number;
  programs: ProgramsService;
  candidates: CandidatesRepo;
  jobs: JobRunner;
}

/** One handler per operation in the contract; the dispatcher refuses to start if any is missing. */
export function createHandlers(deps: OperationDeps): Handlers {
  return {
    'app:info': (_input, ctx) => ({
      version: deps.version,
      schemaVersion: deps.schemaVersion(),
      dataDir: deps.dataDir,
      door: ctx.door as Door,
      role: ctx.role,
    }),
    'program:list': (input) => deps.programs.list(input),
    'program:get': (input) => deps.programs.get(input.id),
    'program:create': (input, ctx) => deps.programs.create(input, ctx),
    'program:update': (input, ctx) => deps.programs.update(input, ctx),
    'program:archive': (input, ctx) => deps.programs.setArchived(input, ctx),
    'roster:list': (input) => {
      deps.programs.get(input.programId);
      return deps.candidates.list(input.programId);
    },
    'demo:create': (input, ctx) => ({ jobId: deps.jobs.start('demo:create', input, ctx).jobId }),
    'job:get': (input) => deps.jobs.get(input.jobId),
    'job:wait': (input) => deps.jobs.wait(input.jobId),
    'job:cancel': (input) => deps.jobs.cancel(input.jobId),
  };
}
