import type { JobKind } from '../../shared/contract';
import { runDemoJob } from '../services/demo/demo.job';
import { runRosterImportJob, runRosterPreviewJob } from '../services/roster-import.job';
import type { JobHandler } from './job-types';

/** Every kind of background job, by name. The worker looks handlers up here. */
export const JOB_HANDLERS: Record<JobKind, JobHandler> = {
  'demo:create': runDemoJob as JobHandler,
  'roster:preview': runRosterPreviewJob as JobHandler,
  'roster:import': runRosterImportJob as JobHandler,
};
