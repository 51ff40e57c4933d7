/**
 * Job `certificates:issue`: issuing draws and hashes one PDF per certificate (tens of
 * milliseconds each), so a batch of hundreds runs off the main thread, with progress, on the
 * worker's own connection. Nothing is written until the batch commits in one transaction; a
 * cancel leaves no number used.
 */
import type { OpParsedInput } from '../../../shared/contract';
import type { CertificateIssueResult } from '../../../shared/schemas/certificates';
import { createAuditRepo } from '../../db/repos/audit.repo';
import type { JobContext } from '../../jobs/job-types';
import { createFilesService } from '../files.service';
import { createCertificatesService } from './certificates.service';

/** The operation's input, and when it was asked for: the certificates are issued as of then. */
type IssueInput = OpParsedInput<'certificates:issue'> & { requestedAt: string };

export function runCertificatesIssueJob(ctx: JobContext<IssueInput>): Promise<CertificateIssueResult> {
  const { db, input } = ctx;
  const certificates = createCertificatesService({
    db,
    audit: createAuditRepo(db),
    files: createFilesService(ctx.dataDir),
    now: () => new Date(input.requestedAt),
  });
  return certificates.issuing.issue(
    {
      programId: input.programId,
      eligibility: input.eligibility,
      ...(input.candidateIds && { candidateIds: input.candidateIds }),
    },
    ctx.caller,
    {
      progress: (done, total) => ctx.progress(done, total, 'menerbitkan sertifikat'),
      checkCancelled: () => ctx.checkCancelled(),
    },
  );
}
