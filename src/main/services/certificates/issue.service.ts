/**
 * Issuing, re-issuing and revoking certificates.
 *
 * Issuing renders each certificate's PDF to hash it, and rendering is asynchronous, so it cannot
 * run inside a better-sqlite3 transaction. Instead an issue is planned first (numbers predicted
 * from the counter, snapshots built, signed and rendered) and then committed in one short
 * IMMEDIATE transaction that checks the counter has not moved. If another connection (a second
 * issuing job, the CLI, a re-issue) took numbers in the meantime, the plan is thrown away and made
 * again: numbers stay unique and gapless, and the write lock is held only for the inserts, never
 * while PDFs are drawn. Within one service instance, issues are queued, so they never collide.
 * Batches run as a job (issue-certificates.job.ts); a re-issue of one certificate runs inline.
 */
import { formatCertificateNumber } from '../../../shared/domain/certificate-numbering';
import { compareNatural } from '../../../shared/domain/natural-order';
import { AppError } from '../../../shared/errors';
import type { CertificateTemplate } from '../../../shared/schemas/certificate-template';
import type {
  CertificateEligibility,
  CertificateIssued,
  CertificateIssueResult,
} from '../../../shared/schemas/certificates';
import type { Program } from '../../../shared/schemas/programs';
import type { CandidateResult, ProgramResults } from '../../../shared/schemas/results';
import type { CallContext } from '../../context';
import type { AuditRepo } from '../../db/repos/audit.repo';
import type { CertificateRecord, CertificatesRepo } from '../../db/repos/certificates.repo';
import type { Db } from '../../db/open';
import { createResultsRepo } from '../../db/repos/results.repo';
import { computeProgramResults } from '../results/compute-results';
import { renderIssuedCertificate, storedAssets } from './certificate-pdf';
import { isEligible } from './eligibility';
import { signMessage, type Keyring } from './signing-keys';
import { buildSnapshot } from './snapshot';
import { templateProblems, type TemplateService } from './template.service';
import { canonicalJson, sha256Hex, shortCodeOf, signedMessage } from './verification-code';

/** Plans thrown away because another process issued first, before giving up. */
const MAX_ATTEMPTS = 20;

/** The counter moved between planning and committing: plan again. */
class CounterMoved extends Error {}

interface PlannedCertificate {
  result: CandidateResult;
  seq: number;
  number: string;
  shortCode: string;
  snapshotJson: string;
  signature: string;
  pdfSha256: string;
}

interface IssuePlan {
  programId: number;
  year: number;
  /** The counter's value the plan was made from. */
  base: number;
  issuedAt: string;
  items: PlannedCertificate[];
  skipped: Array<{ candidateId: number; number: string }>;
  /** Re-issue: the certificate revoked in the same transaction. */
  replaces?: { id: number; reason: string };
}

export interface IssueRequest {
  programId: number;
  eligibility: CertificateEligibility;
  /** These candidates; every eligible one when left out. */
  candidateIds?: number[] | undefined;
}

/** Progress and cancellation of a batch issued from a job. */
export interface IssueHooks {
  progress?: (done: number, total: number) => void;
  checkCancelled?: () => void;
}

export interface IssueServiceDeps {
  db: Db;
  repo: CertificatesRepo;
  audit: AuditRepo;
  templates: TemplateService;
  keyring: Keyring;
  program: (id: number) => Program;
  now: () => Date;
  log?: (line: string) => void;
}

function isBusy(error: unknown): boolean {
  return (error as { code?: string }).code === 'SQLITE_BUSY';
}

export function createIssueService({
  db,
  repo,
  audit,
  templates,
  keyring,
  program,
  now,
  log,
}: IssueServiceDeps) {
  let queue: Promise<unknown> = Promise.resolve();

  /** One issue at a time in this process; the counter check covers other processes. */
  function queued<T>(work: () => Promise<T>): Promise<T> {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  }

  function usableTemplate(programId: number): CertificateTemplate {
    const { template } = templates.current(programId);
    const problems = templateProblems(template);
    if (problems.length > 0) throw new AppError('certificate-template-invalid', undefined, problems);
    templates.assertAssetsStored(template);
    return template;
  }

  /** Predicts numbers from the counter, then snapshots, signs and renders each certificate. */
  async function plan(
    prog: Program,
    people: CandidateResult[],
    eligibility: CertificateEligibility,
    ctx: CallContext,
    hooks: IssueHooks = {},
  ): Promise<Omit<IssuePlan, 'skipped'>> {
    const template = usableTemplate(prog.id);
    const { keyId, privateKey } = keyring.current(ctx);
    const issuedAt = now();
    const year = issuedAt.getFullYear();
    const base = repo.lastSeq(prog.id, year);
    const assets = storedAssets(repo);
    const items: PlannedCertificate[] = [];
    hooks.progress?.(0, people.length);
    for (const [index, result] of people.entries()) {
      hooks.checkCancelled?.();
      const seq = base + index + 1;
      const number = formatCertificateNumber(template.numberPattern, {
        seq,
        year,
        month: issuedAt.getMonth() + 1,
        code: prog.code,
      });
      const snapshot = buildSnapshot({
        program: prog,
        result,
        template,
        keyId,
        number,
        issuedAt,
        eligibility,
      });
      const snapshotJson = canonicalJson(snapshot);
      const signature = signMessage(
        privateKey,
        signedMessage({ number, nip: result.nip, keyId, snapshotSha256: sha256Hex(snapshotJson) }),
      );
      const shortCode = shortCodeOf(signature);
      const pdf = await renderIssuedCertificate(
        { number, shortCode, signature: signature.toString('base64url'), snapshot },
        assets,
      );
      items.push({
        result,
        seq,
        number,
        shortCode,
        snapshotJson,
        signature: signature.toString('base64url'),
        pdfSha256: sha256Hex(pdf),
      });
      hooks.progress?.(index + 1, people.length);
    }
    return { programId: prog.id, year, base, issuedAt: issuedAt.toISOString(), items };
  }

  function commit(planned: IssuePlan, ctx: CallContext): CertificateIssued[] {
    const { programId, year, base, items, replaces } = planned;
    return db
      .transaction(() => {
        if (repo.lastSeq(programId, year) !== base) throw new CounterMoved();
        for (const item of items) {
          const valid = repo.validFor(item.result.candidateId);
          if (valid && valid.id !== replaces?.id) throw new CounterMoved();
        }
        if (replaces) {
          if (!repo.revoke(replaces.id, planned.issuedAt, ctx.actor, replaces.reason)) {
            throw new AppError('certificate-revoked');
          }
          audit.record(ctx, planned.issuedAt, {
            action: 'certificates:revoke',
            entity: 'certificate',
            entityId: replaces.id,
            programId,
            after: { reason: replaces.reason, reissue: true },
          });
        }
        const issued = items.map((item): CertificateIssued => {
          if (repo.numberTaken(item.number)) {
            throw new AppError(
              'certificate-number-taken',
              `Nomor sertifikat ${item.number} sudah dipakai program lain dengan pola nomor yang sama. Ubah pola nomor di templat (mis. tambahkan {code}) lalu terbitkan lagi.`,
            );
          }
          const certificateId = repo.insert({
            programId,
            candidateId: item.result.candidateId,
            number: item.number,
            year,
            seq: item.seq,
            shortCode: item.shortCode,
            snapshotJson: item.snapshotJson,
            signature: item.signature,
            pdfSha256: item.pdfSha256,
            issuedAt: planned.issuedAt,
            issuedBy: ctx.actor,
            replacesId: replaces?.id ?? null,
          });
          audit.record(ctx, planned.issuedAt, {
            action: replaces ? 'certificates:reissue' : 'certificates:issue',
            entity: 'certificate',
            entityId: certificateId,
            programId,
            after: {
              number: item.number,
              candidateId: item.result.candidateId,
              shortCode: item.shortCode,
              pdfSha256: item.pdfSha256,
              ...(replaces && { replacesId: replaces.id }),
            },
          });
          return {
            certificateId,
            candidateId: item.result.candidateId,
            participantNo: item.result.participantNo,
            name: item.result.name,
            number: item.number,
            shortCode: item.shortCode,
            issuedAt: planned.issuedAt,
          };
        });
        if (items.length > 0) repo.setLastSeq(programId, year, base + items.length);
        return issued;
      })
      .immediate();
  }

  /** Plans and commits, planning again while another process keeps taking the next numbers. */
  function planAndCommit(
    makePlan: () => Promise<IssuePlan>,
    ctx: CallContext,
  ): Promise<IssuePlan & { issued: CertificateIssued[] }> {
    return queued(async () => {
      for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
        const planned = await makePlan();
        if (planned.items.length === 0 && !planned.replaces) return { ...planned, issued: [] };
        try {
          return { ...planned, issued: commit(planned, ctx) };
        } catch (error) {
          if (error instanceof CounterMoved) {
            log?.(`certificates: numbers moved while issuing (attempt ${attempt}), planning again`);
            continue;
          }
          if (isBusy(error)) throw new AppError('certificate-busy');
          throw error;
        }
      }
      throw new AppError('certificate-busy');
    });
  }

  function activeProgram(programId: number): Program {
    const prog = program(programId);
    if (prog.archived) throw new AppError('program-archived');
    return prog;
  }

  /** Who gets a certificate in this call: the eligible chosen ones, minus those holding one. */
  function targets(
    results: ProgramResults,
    eligibility: CertificateEligibility,
    candidateIds: readonly number[] | undefined,
  ): { people: CandidateResult[]; skipped: IssuePlan['skipped'] } {
    let chosen: CandidateResult[];
    if (candidateIds) {
      const byId = new Map(results.candidates.map((c) => [c.candidateId, c]));
      chosen = [...new Set(candidateIds)].map((id) => {
        const found = byId.get(id);
        if (!found) throw new AppError('not-found', 'Peserta yang dipilih tidak ditemukan di program ini.');
        return found;
      });
      const refused = chosen.filter((c) => !isEligible(c, eligibility));
      if (refused.length > 0) {
        throw new AppError(
          'certificate-not-eligible',
          `Peserta nomor ${refused.map((c) => c.participantNo).join(', ')} tidak memenuhi syarat sertifikat (${ELIGIBILITY_WORDS[eligibility]}). Batalkan pilihan mereka atau ubah aturan.`,
          refused.map((c) => ({ candidateId: c.candidateId, participantNo: c.participantNo })),
        );
      }
    } else {
      chosen = results.candidates.filter((c) => isEligible(c, eligibility));
    }
    // Numbers follow the participant order, as a printed list would.
    chosen.sort((a, b) => compareNatural(a.participantNo, b.participantNo));
    const people: CandidateResult[] = [];
    const skipped: IssuePlan['skipped'] = [];
    for (const person of chosen) {
      const held = repo.validFor(person.candidateId);
      if (held) skipped.push({ candidateId: person.candidateId, number: held.number });
      else people.push(person);
    }
    return { people, skipped };
  }

  return {
    /** The refusals a batch would end with, checked before its job is started. */
    precheck(input: IssueRequest): void {
      activeProgram(input.programId);
      if (input.eligibility === 'passed' && !createResultsRepo(db).settings(input.programId)?.finalizedAt) {
        throw new AppError('certificate-results-not-final');
      }
      usableTemplate(input.programId);
      if (input.candidateIds) {
        targets(computeProgramResults(db, input.programId), input.eligibility, input.candidateIds);
      }
    },

    async issue(
      input: IssueRequest,
      ctx: CallContext,
      hooks: IssueHooks = {},
    ): Promise<CertificateIssueResult> {
      const done = await planAndCommit(async () => {
        const prog = activeProgram(input.programId);
        const results = computeProgramResults(db, prog.id);
        if (input.eligibility === 'passed' && !results.finalized) {
          throw new AppError('certificate-results-not-final');
        }
        const { people, skipped } = targets(results, input.eligibility, input.candidateIds);
        return { ...(await plan(prog, people, input.eligibility, ctx, hooks)), skipped };
      }, ctx);
      return { programId: input.programId, issued: done.issued, skipped: done.skipped };
    },

    /**
     * A correction: revokes the certificate with the reason and issues a new number from the
     * current roster, results and template, in the same transaction.
     */
    async reissue(
      certificateId: number,
      reason: string,
      ctx: CallContext,
    ): Promise<{ programId: number; revokedId: number; issued: CertificateIssued }> {
      const done = await planAndCommit(async () => {
        const old = mustGet(certificateId);
        if (old.revokedAt) throw new AppError('certificate-revoked');
        const prog = activeProgram(old.programId);
        const result = computeProgramResults(db, prog.id).candidates.find(
          (c) => c.candidateId === old.candidateId,
        );
        if (!result) throw new AppError('not-found');
        const eligibility = (JSON.parse(old.snapshotJson) as { eligibility: CertificateEligibility })
          .eligibility;
        const planned = await plan(prog, [result], eligibility, ctx);
        return { ...planned, skipped: [], replaces: { id: old.id, reason } };
      }, ctx);
      const issued = done.issued[0];
      if (!issued) throw new Error('certificates: a re-issue committed no certificate');
      return { programId: done.programId, revokedId: certificateId, issued };
    },

    revoke(number: string, reason: string, ctx: CallContext): CertificateRecord {
      const at = now().toISOString();
      return db
        .transaction(() => {
          const certificate = repo.byNumber(number.trim());
          if (!certificate)
            throw new AppError('not-found', `Sertifikat nomor ${number.trim()} tidak ditemukan.`);
          if (!repo.revoke(certificate.id, at, ctx.actor, reason)) throw new AppError('certificate-revoked');
          audit.record(ctx, at, {
            action: 'certificates:revoke',
            entity: 'certificate',
            entityId: certificate.id,
            programId: certificate.programId,
            after: { number: certificate.number, reason },
          });
          return mustGet(certificate.id);
        })
        .immediate();
    },
  };

  function mustGet(id: number): CertificateRecord {
    const found = repo.get(id);
    if (!found) throw new AppError('not-found');
    return found;
  }
}

const ELIGIBILITY_WORDS: Record<CertificateEligibility, string> = {
  attended: 'hadir mengikuti asesmen',
  passed: 'lulus',
  everyone: 'semua peserta',
};

export type IssueService = ReturnType<typeof createIssueService>;
