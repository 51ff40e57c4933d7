import type { JobKind } from '../../shared/contract';
import { runCertificatesIssueJob } from '../services/certificates/issue-certificates.job';
import { runCertificatesRenderJob } from '../services/certificates/render-certificates.job';
import { runReportsRenderJob } from '../services/certificates/render-reports.job';
import { runDemoJob } from '../services/demo/demo.job';
import { runRosterImportJob, runRosterPreviewJob } from '../services/roster-import.job';
import { runResultsExportJob } from '../services/results-export/results-export.job';
import type { JobHandler } from './job-types';

/** Every kind of background job, by name. The worker looks handlers up here. */
export const JOB_HANDLERS: Record<JobKind, JobHandler> = {
  'demo:create': runDemoJob as JobHandler,
  'roster:preview': runRosterPreviewJob as JobHandler,
  'roster:import': runRosterImportJob as JobHandler,
  'results:export': runResultsExportJob as JobHandler,
  'certificates:issue': runCertificatesIssueJob as JobHandler,
  'certificates:render': runCertificatesRenderJob as JobHandler,
  'reports:render': runReportsRenderJob as JobHandler,
};
