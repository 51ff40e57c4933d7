/**
 * Certificates (issue 6), assembled: template and images, issuing with frozen snapshots and
 * signatures, the register and print log, verification. Batch PDFs run as jobs
 * (render-certificates.job.ts) on their own connection.
 */
import { AppError } from '../../../shared/errors';
import type { CertificatePublicKey } from '../../../shared/schemas/certificates';
import type { Program } from '../../../shared/schemas/programs';
import type { CallContext } from '../../context';
import type { AuditRepo } from '../../db/repos/audit.repo';
import { createCertificatesRepo } from '../../db/repos/certificates.repo';
import { createProgramsRepo } from '../../db/repos/programs.repo';
import type { Db } from '../../db/open';
import type { FilesService } from '../files.service';
import { createIssueService } from './issue.service';
import { createRegisterService } from './register.service';
import { createKeyring } from './signing-keys';
import { createTemplateService } from './template.service';
import { createVerifyService } from './verify.service';

export interface CertificatesServiceDeps {
  db: Db;
  audit: AuditRepo;
  files: FilesService;
  now: () => Date;
  log?: (line: string) => void;
}

export function createCertificatesService({ db, audit, files, now, log }: CertificatesServiceDeps) {
  const repo = createCertificatesRepo(db);
  const programs = createProgramsRepo(db);
  const program = (id: number): Program => {
    const found = programs.get(id);
    if (!found) throw new AppError('not-found');
    return found;
  };
  const keyring = createKeyring({ db, repo, audit, now });
  const templates = createTemplateService({ db, repo, audit, files, program, now });
  const issuing = createIssueService({
    db,
    repo,
    audit,
    templates,
    keyring,
    program,
    now,
    ...(log && { log }),
  });
  const register = createRegisterService({ db, repo, audit, now });
  const verification = createVerifyService({ repo, keyring, files });

  return {
    templates,
    issuing,
    register,
    verification,
    program,
    now,

    publicKey(ctx: CallContext): CertificatePublicKey {
      const key = keyring.current(ctx);
      return {
        keyId: key.keyId,
        algorithm: 'Ed25519',
        publicKeyPem: key.publicKeyPem,
        createdAt: key.createdAt,
      };
    },
  };
}

export type CertificatesService = ReturnType<typeof createCertificatesService>;
