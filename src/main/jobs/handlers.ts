import type { JobKind } from '../../shared/contract';
import { runDemoJob } from '../services/demo/demo.job';
import type { JobHandler } from './job-types';

/** Every kind of background job, by name. The worker looks handlers up here. */
export const JOB_HANDLERS: Record<JobKind, JobHandler> = {
  'demo:create': runDemoJob as JobHandler,
};
