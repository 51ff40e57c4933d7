/**
 * Job `certificates:render`: issued certificates as one merged PDF for the printer, or a ZIP of
 * one PDF per person. Every page comes from the stored snapshot, never from the current roster or
 * template; each file in a ZIP is the very document hashed at issue.
 */
import { rmSync } from 'node:fs';
import { AppError } from '../../../shared/errors';
import type { OpParsedInput } from '../../../shared/contract';
import type { CertificateRenderResult } from '../../../shared/schemas/certificates';
import { createCertificatesRepo, type CertificateRecord } from '../../db/repos/certificates.repo';
import { createProgramsRepo } from '../../db/repos/programs.repo';
import { renderCertificatesPdf } from '../../documents/pdf/render-certificates';
import { createZipWriter } from '../../documents/zip-writer';
import type { JobContext } from '../../jobs/job-types';
import { createFilesService } from '../files.service';
import {
  issuedPage,
  parseSnapshot,
  renderIssuedCertificate,
  storedAssets,
  withAssetCheck,
  type IssuedCertificate,
} from './certificate-pdf';
import { certificateFileNamer, sanitiseFileName } from './file-names';
import { sha256Hex } from './verification-code';

type RenderInput = OpParsedInput<'certificates:render'>;

const PHASE = 'menyusun sertifikat';

/** The valid certificates asked for, in number order; a revoked one is refused, not skipped. */
export function certificatesToRender(
  repo: ReturnType<typeof createCertificatesRepo>,
  programId: number,
  ids: readonly number[] | undefined,
): CertificateRecord[] {
  const records = ids
    ? [...new Set(ids)].map((id) => {
        const record = repo.get(id);
        if (!record || record.programId !== programId) throw new AppError('not-found');
        if (record.revokedAt) {
          throw new AppError(
            'certificate-revoked',
            `Sertifikat nomor ${record.number} sudah dicabut sehingga tidak disusun untuk dicetak. Pilih sertifikat penggantinya.`,
          );
        }
        return record;
      })
    : repo.validOfProgram(programId);
  if (records.length === 0) {
    throw new AppError('not-found', 'Belum ada sertifikat terbit untuk disusun. Terbitkan sertifikat dulu.');
  }
  return records.sort((a, b) => a.year - b.year || a.seq - b.seq);
}

function issued(record: CertificateRecord): IssuedCertificate {
  return {
    number: record.number,
    shortCode: record.shortCode,
    signature: record.signature,
    snapshot: parseSnapshot(record.snapshotJson),
  };
}

export async function runCertificatesRenderJob(
  ctx: JobContext<RenderInput>,
): Promise<CertificateRenderResult> {
  const { db, input } = ctx;
  const repo = createCertificatesRepo(db);
  const program = createProgramsRepo(db).get(input.programId);
  if (!program) throw new AppError('not-found');
  const records = certificatesToRender(repo, input.programId, input.certificateIds);
  const assets = storedAssets(repo);
  const files = createFilesService(ctx.dataDir);
  const stem = sanitiseFileName(`sertifikat-${program.code}`);
  const total = records.length;
  ctx.progress(0, total, PHASE);

  const single = records.length === 1 ? records[0] : undefined;
  if (input.mode === 'merged' && single) {
    // One certificate: the issued document itself, byte for byte, named like a ZIP entry.
    const certificate = issued(single);
    const pdf = await renderIssuedCertificate(certificate, assets);
    const stored = files.saveDownload(
      certificateFileNamer(input.fileNamePattern)(certificate.snapshot.fields),
      pdf,
    );
    ctx.progress(1, 1, PHASE);
    return {
      programId: input.programId,
      file: { id: stored.id, fileName: stored.fileName, size: stored.size },
      count: 1,
      changedSinceIssue: sha256Hex(pdf) === single.pdfSha256 ? 0 : 1,
    };
  }

  if (input.mode === 'merged') {
    const pdf = await withAssetCheck(() =>
      renderCertificatesPdf(
        records.map((r) => issuedPage(issued(r))),
        {
          assets,
          createdAt: ctx.now(),
          title: `Sertifikat ${program.name}`,
          onPage: (done) => ctx.progress(done, total, PHASE),
          checkCancelled: () => ctx.checkCancelled(),
        },
      ),
    );
    const stored = files.saveDownload(`${stem}.pdf`, pdf);
    return {
      programId: input.programId,
      file: { id: stored.id, fileName: stored.fileName, size: stored.size },
      count: total,
      changedSinceIssue: 0,
    };
  }

  const target = files.reserveDownload(`${stem}.zip`);
  const zip = createZipWriter(target.tempPath);
  const nameOf = certificateFileNamer(input.fileNamePattern);
  let changedSinceIssue = 0;
  try {
    for (const [index, record] of records.entries()) {
      ctx.checkCancelled();
      const certificate = issued(record);
      const pdf = await renderIssuedCertificate(certificate, assets);
      if (sha256Hex(pdf) !== record.pdfSha256) changedSinceIssue += 1;
      zip.add(nameOf(certificate.snapshot.fields), pdf, new Date(record.issuedAt));
      ctx.progress(index + 1, total, PHASE);
    }
    zip.finish();
  } catch (error) {
    zip.abort();
    rmSync(target.tempPath, { force: true });
    throw error;
  }
  const stored = target.commit();
  return {
    programId: input.programId,
    file: { id: stored.id, fileName: stored.fileName, size: stored.size },
    count: total,
    changedSinceIssue,
  };
}
