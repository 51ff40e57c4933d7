/**
 * The register of issued certificates: lists with print counts, one certificate in full, who is
 * eligible, and the print log (who printed which number, when, how many copies).
 */
import { compareNatural } from '../../../shared/domain/natural-order';
import { AppError } from '../../../shared/errors';
import type {
  CertificateDetail,
  CertificateEligibility,
  CertificateEligibilityView,
  CertificateListItem,
} from '../../../shared/schemas/certificates';
import type { CallContext } from '../../context';
import type { AuditRepo } from '../../db/repos/audit.repo';
import type { CertificateListRecord, CertificatesRepo } from '../../db/repos/certificates.repo';
import type { Db } from '../../db/open';
import { computeProgramResults } from '../results/compute-results';
import { parseSnapshot, qrTextOfIssued } from './certificate-pdf';
import { isEligible } from './eligibility';
import { certificatesToRender } from './render-certificates.job';

export function toListItem(record: CertificateListRecord): CertificateListItem {
  return {
    id: record.id,
    programId: record.programId,
    candidateId: record.candidateId,
    participantNo: record.participantNo,
    nip: record.nip,
    name: record.name,
    number: record.number,
    shortCode: record.shortCode,
    status: record.revokedAt === null ? 'valid' : 'revoked',
    issuedAt: record.issuedAt,
    issuedBy: record.issuedBy,
    revokedAt: record.revokedAt,
    revokeReason: record.revokeReason,
    replacesId: record.replacesId,
    replacedById: record.replacedById,
    replacedByNumber: record.replacedByNumber,
    printedCount: record.printedCount,
    lastPrintedAt: record.lastPrintedAt,
  };
}

export interface RegisterServiceDeps {
  db: Db;
  repo: CertificatesRepo;
  audit: AuditRepo;
  now: () => Date;
}

export function createRegisterService({ db, repo, audit, now }: RegisterServiceDeps) {
  function item(id: number): CertificateListItem {
    const record = repo.listItem(id);
    if (!record) throw new AppError('not-found');
    return toListItem(record);
  }

  return {
    item,

    list(programId: number): CertificateListItem[] {
      return repo.list(programId).map(toListItem);
    },

    detail(id: number): CertificateDetail {
      const record = repo.get(id);
      if (!record) throw new AppError('not-found');
      const snapshot = parseSnapshot(record.snapshotJson);
      return {
        ...item(id),
        snapshot,
        qrText: qrTextOfIssued({ ...record, snapshot }),
        pdfSha256: record.pdfSha256,
        prints: repo.prints(id).map(({ id: printId, printedAt, printedBy, door, copies }) => ({
          id: printId,
          printedAt,
          printedBy,
          door,
          copies,
        })),
      };
    },

    eligibility(programId: number, rule: CertificateEligibility): CertificateEligibilityView {
      const results = computeProgramResults(db, programId);
      const held = new Map(repo.validOfProgram(programId).map((c) => [c.candidateId, c]));
      const candidates = results.candidates
        .map((c) => {
          const certificate = held.get(c.candidateId);
          return {
            candidateId: c.candidateId,
            participantNo: c.participantNo,
            nip: c.nip,
            name: c.name,
            unit: c.unit,
            status: c.status,
            category: c.category,
            passed: c.passed,
            eligible: isEligible(c, rule),
            certificateId: certificate?.id ?? null,
            number: certificate?.number ?? null,
          };
        })
        .sort((a, b) => compareNatural(a.participantNo, b.participantNo));
      const eligible = candidates.filter((c) => c.eligible);
      const issued = eligible.filter((c) => c.certificateId !== null).length;
      return {
        programId,
        eligibility: rule,
        finalized: results.finalized,
        candidates,
        counts: { eligible: eligible.length, issued, pending: eligible.length - issued },
      };
    },

    /** Records a print run; a revoked certificate must not be printed, so it is refused. */
    logPrint(
      input: { programId: number; certificateIds: number[]; copies: number },
      ctx: CallContext,
    ): {
      programId: number;
      logged: number;
      certificates: Array<Pick<CertificateListItem, 'id' | 'number' | 'printedCount' | 'lastPrintedAt'>>;
    } {
      const at = now().toISOString();
      const ids = [...new Set(input.certificateIds)];
      db.transaction(() => {
        for (const id of ids) {
          const certificate = repo.get(id);
          if (!certificate || certificate.programId !== input.programId) throw new AppError('not-found');
          if (certificate.revokedAt) {
            throw new AppError(
              'certificate-revoked',
              `Sertifikat nomor ${certificate.number} sudah dicabut sehingga tidak boleh dicetak. Cetak sertifikat penggantinya.`,
            );
          }
          repo.logPrint(id, at, ctx.actor, ctx.door, input.copies);
        }
        audit.record(ctx, at, {
          action: 'certificates:log-print',
          entity: 'certificate',
          entityId: ids.length === 1 ? (ids[0] ?? null) : null,
          programId: input.programId,
          after: { certificateIds: ids, copies: input.copies },
        });
      }).immediate();
      return {
        programId: input.programId,
        logged: ids.length,
        certificates: ids.map((id) => {
          const { number, printedCount, lastPrintedAt } = item(id);
          return { id, number, printedCount, lastPrintedAt };
        }),
      };
    },

    /** The refusals a render job would end with (revoked, unknown or no certificates), up front. */
    assertRenderable(programId: number, certificateIds: readonly number[] | undefined): void {
      certificatesToRender(repo, programId, certificateIds);
    },

    prints(certificateId: number) {
      if (!repo.get(certificateId)) throw new AppError('not-found');
      return repo.prints(certificateId).map(({ id, printedAt, printedBy, door, copies }) => ({
        id,
        printedAt,
        printedBy,
        door,
        copies,
      }));
    },
  };
}

export type RegisterService = ReturnType<typeof createRegisterService>;
