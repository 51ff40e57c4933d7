/**
 * A programme's certificate template, its images, and the live preview. Saving a template never
 * touches issued certificates: they carry their own copy in the snapshot.
 */
import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { formatCertificateNumber, numberPatternProblem } from '../../../shared/domain/certificate-numbering';
import { placeholderProblems } from '../../../shared/domain/certificate-text';
import { AppError } from '../../../shared/errors';
import {
  CertificateTemplate,
  defaultCertificateTemplate,
} from '../../../shared/schemas/certificate-template';
import type { CertificateAssetInfo, CertificateTemplateView } from '../../../shared/schemas/certificates';
import type { Program } from '../../../shared/schemas/programs';
import type { CallContext } from '../../context';
import type { AuditRepo } from '../../db/repos/audit.repo';
import type { CertificatesRepo } from '../../db/repos/certificates.repo';
import type { Db } from '../../db/open';
import { renderCertificatePreview } from '../../documents/pdf/render-certificates';
import type { FilesService } from '../files.service';
import { computeProgramResults } from '../results/compute-results';
import { storedAssets, withAssetCheck } from './certificate-pdf';
import { certificateFields, templateAssets } from './snapshot';
import { sha256Hex } from './verification-code';

export const MAX_ASSET_BYTES = 5 * 1024 * 1024;

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG_MAGIC = Buffer.from([0xff, 0xd8, 0xff]);

/** The image type by its first bytes; a renamed .bmp or .webp is refused here, not in the PDF. */
export function imageMime(bytes: Buffer): 'image/png' | 'image/jpeg' | null {
  if (bytes.subarray(0, PNG_MAGIC.length).equals(PNG_MAGIC)) return 'image/png';
  if (bytes.subarray(0, JPEG_MAGIC.length).equals(JPEG_MAGIC)) return 'image/jpeg';
  return null;
}

/** Opens the image the way the renderer will, so a broken file is refused at upload. */
function imageSize(bytes: Buffer): { width: number; height: number } {
  const doc = new PDFDocument({ autoFirstPage: false });
  try {
    // openImage is part of pdfkit's API but missing from @types/pdfkit.
    const image = (doc as unknown as { openImage(src: Buffer): { width: number; height: number } }).openImage(
      bytes,
    );
    if (!(image.width > 0 && image.height > 0)) throw new Error('empty image');
    return { width: image.width, height: image.height };
  } catch {
    throw new AppError('certificate-asset-invalid');
  }
}

/** Everything that would make a saved template print wrongly, as form-field problems. */
export function templateProblems(template: CertificateTemplate): Array<{ path: string; message: string }> {
  const problems: Array<{ path: string; message: string }> = [];
  const pattern = numberPatternProblem(template.numberPattern);
  if (pattern) problems.push({ path: 'template.numberPattern', message: pattern });
  for (const field of ['body', 'intro'] as const) {
    for (const problem of placeholderProblems(template[field])) {
      problems.push({ path: `template.${field}`, message: problem.message });
    }
  }
  return problems;
}

/** A sample person for the preview of a programme without candidates. */
const SAMPLE_PERSON = {
  nip: '198609262015051001',
  name: 'Dra. Hj. Siti Aminah, M.Si.',
  grade: 'III/c',
  position: 'Kepala Seksi Pelayanan',
  unit: 'Dinas Kependudukan dan Pencatatan Sipil',
  category: null,
  jpm: null,
} as const;

export interface TemplateServiceDeps {
  db: Db;
  repo: CertificatesRepo;
  audit: AuditRepo;
  files: FilesService;
  program: (id: number) => Program;
  now: () => Date;
}

export function createTemplateService({ db, repo, audit, files, program, now }: TemplateServiceDeps) {
  /** The saved template, or the default made from the programme's own fields. */
  function current(programId: number): {
    template: CertificateTemplate;
    stored: { updatedAt: string } | null;
  } {
    const stored = repo.template(programId);
    if (stored) return { template: CertificateTemplate.parse(JSON.parse(stored.json)), stored };
    return { template: defaultCertificateTemplate(program(programId)), stored: null };
  }

  function nextNumber(programId: number, pattern: string): string | null {
    if (numberPatternProblem(pattern)) return null;
    const at = now();
    const year = at.getFullYear();
    return formatCertificateNumber(pattern, {
      seq: repo.lastSeq(programId, year) + 1,
      year,
      month: at.getMonth() + 1,
      code: program(programId).code,
    });
  }

  function view(programId: number): CertificateTemplateView {
    const { template, stored } = current(programId);
    return {
      programId,
      template,
      isDefault: stored === null,
      updatedAt: stored?.updatedAt ?? null,
      nextNumber: nextNumber(programId, template.numberPattern),
      numberPatternProblem: numberPatternProblem(template.numberPattern),
    };
  }

  function assertAssetsStored(template: CertificateTemplate): void {
    if (templateAssets(template).some((sha) => !repo.hasAsset(sha))) {
      throw new AppError('certificate-asset-missing');
    }
  }

  return {
    current,
    view,
    assertAssetsStored,

    save(programId: number, template: CertificateTemplate, ctx: CallContext): CertificateTemplateView {
      if (program(programId).archived) throw new AppError('program-archived');
      const problems = templateProblems(template);
      if (problems.length > 0) throw new AppError('certificate-template-invalid', undefined, problems);
      assertAssetsStored(template);
      const at = now().toISOString();
      db.transaction(() => {
        const before = repo.template(programId);
        repo.saveTemplate(programId, JSON.stringify(template), at);
        audit.record(ctx, at, {
          action: 'certificates:save-template',
          entity: 'certificate-template',
          entityId: programId,
          programId,
          before: before ? JSON.parse(before.json) : null,
          after: template,
        });
      }).immediate();
      return view(programId);
    },

    uploadAsset(uploadId: string, ctx: CallContext): CertificateAssetInfo {
      const upload = files.upload(uploadId);
      if (upload.size > MAX_ASSET_BYTES) throw new AppError('certificate-asset-too-large');
      const bytes = readFileSync(upload.path);
      const mime = imageMime(bytes);
      if (!mime) throw new AppError('certificate-asset-invalid');
      const size = imageSize(bytes);
      const sha256 = sha256Hex(bytes);
      const at = now().toISOString();
      db.transaction(() => {
        if (repo.hasAsset(sha256)) return;
        repo.insertAsset(sha256, mime, bytes, at);
        audit.record(ctx, at, {
          action: 'certificates:upload-asset',
          entity: 'certificate-asset',
          entityId: null,
          programId: null,
          after: { sha256, mime, size: bytes.length },
        });
      }).immediate();
      return { sha256, mime, size: bytes.length, ...size };
    },

    asset(sha256: string): CertificateAssetInfo & { dataBase64: string } {
      const asset = repo.asset(sha256);
      if (!asset) throw new AppError('not-found');
      return {
        sha256,
        mime: asset.mime,
        size: asset.bytes.length,
        ...imageSize(asset.bytes),
        dataBase64: asset.bytes.toString('base64'),
      };
    },

    /** One unissued page: a real candidate's fields when there is one, else a sample person. */
    async preview(
      programId: number,
      draft: CertificateTemplate | undefined,
      candidateId: number | undefined,
    ): Promise<{ pdfBase64: string; sampleName: string }> {
      const prog = program(programId);
      const template = draft ?? current(programId).template;
      assertAssetsStored(template);
      const candidates = computeProgramResults(db, programId).candidates;
      const person =
        candidateId === undefined ? candidates[0] : candidates.find((c) => c.candidateId === candidateId);
      if (candidateId !== undefined && !person) throw new AppError('not-found');
      const fields = certificateFields(
        prog,
        person ?? SAMPLE_PERSON,
        nextNumber(programId, template.numberPattern) ?? '',
        now(),
      );
      const pdf = await withAssetCheck(() => renderCertificatePreview(template, fields, storedAssets(repo)));
      return { pdfBase64: pdf.toString('base64'), sampleName: person ? person.name : 'contoh' };
    },
  };
}

export type TemplateService = ReturnType<typeof createTemplateService>;
