/**
 * Schemas of certificates and individual reports (issue 6): issuing, the frozen snapshot,
 * verification, revocation, the print log and batch rendering. Names carry a Certificate/Report
 * prefix because contract.ts re-exports every schema module into one namespace.
 */
import { CertificateTemplate } from './certificate-template';
import { FileRef, id, trimmed, z } from './common';
import { CandidateStatus, CategoryCode } from './results';

/**
 * Who gets a certificate: `attended` everyone who was not absent (result complete or incomplete),
 * `passed` those the pass rule passes (results must be final), `everyone` every candidate.
 */
export const CERTIFICATE_ELIGIBILITIES = ['attended', 'passed', 'everyone'] as const;
export const CertificateEligibility = z.enum(CERTIFICATE_ELIGIBILITIES);
export type CertificateEligibility = z.infer<typeof CertificateEligibility>;

export const CertificateState = z.enum(['valid', 'revoked']);
export type CertificateState = z.infer<typeof CertificateState>;

/** Every printed field, formatted for print (see shared/domain/certificate-text.ts). */
export const CertificatePrintedFields = z.object({
  nama: z.string(),
  nip: z.string(),
  pangkat: z.string(),
  golongan: z.string(),
  jabatan: z.string(),
  unit: z.string(),
  program: z.string(),
  tanggal: z.string(),
  predikat: z.string(),
  jpm: z.string(),
  nomor: z.string(),
});

/**
 * What an issued certificate froze: the printed fields, the template as it was, the images it
 * names (by SHA-256) and the raw values behind the fields. The PDF is rendered again from this
 * alone; its canonical JSON is hashed and signed.
 */
export const CertificateSnapshot = z.object({
  version: z.literal(1),
  /** The signing key that signed this certificate (first 16 hex digits of its SPKI's SHA-256). */
  keyId: z.string(),
  issuedAt: z.string(),
  eligibility: CertificateEligibility,
  program: z.object({ id, code: z.string(), name: z.string() }),
  candidate: z.object({
    id,
    participantNo: z.string(),
    /** 18 digits, as stored. */
    nip: z.string(),
    name: z.string(),
    grade: z.string().nullable(),
    position: z.string(),
    unit: z.string(),
  }),
  result: z.object({
    status: CandidateStatus,
    category: CategoryCode.nullable(),
    /** Raw JPM in percent. */
    jpm: z.number().nullable(),
    passed: z.boolean().nullable(),
  }),
  fields: CertificatePrintedFields,
  template: CertificateTemplate,
  /** SHA-256 of every image the template draws. */
  assets: z.array(z.string()),
});
export type CertificateSnapshot = z.infer<typeof CertificateSnapshot>;

// ---------------------------------------------------------------------------------------------
// Template and images

export const CertificateTemplateView = z.object({
  programId: id,
  template: CertificateTemplate,
  /** True while the programme has no saved template and this is the default made from its fields. */
  isDefault: z.boolean(),
  updatedAt: z.string().nullable(),
  /** The number the next certificate would get with this pattern, e.g. "800.2/0001/BKPSDM/2023". */
  nextNumber: z.string().nullable(),
  /** What is wrong with the number pattern; null when it can be used. */
  numberPatternProblem: z.string().nullable(),
});
export type CertificateTemplateView = z.infer<typeof CertificateTemplateView>;

export const CertificateSaveTemplateInput = z
  .object({ programId: id, template: CertificateTemplate })
  .strict();

export const CertificateAssetInfo = z.object({
  sha256: z.string(),
  mime: z.enum(['image/png', 'image/jpeg']),
  size: z.number().int(),
  width: z.number(),
  height: z.number(),
});
export type CertificateAssetInfo = z.infer<typeof CertificateAssetInfo>;

export const CertificatePreviewInput = z
  .object({
    programId: id,
    /** An unsaved draft from the template form; the saved template when left out. */
    template: CertificateTemplate.optional(),
    /** Whose fields fill the sample; the first candidate of the programme when left out. */
    candidateId: id.optional(),
  })
  .strict();

export const CertificatePreview = z.object({
  /** A one-page PDF, base64: small enough to answer in one response for pdf.js to draw. */
  pdfBase64: z.string(),
  /** Whose data filled the sample ("contoh" when the programme has no candidates). */
  sampleName: z.string(),
});

// ---------------------------------------------------------------------------------------------
// Eligibility and issuing

export const CertificateEligibilityRow = z.object({
  candidateId: id,
  participantNo: z.string(),
  nip: z.string(),
  name: z.string(),
  unit: z.string(),
  status: CandidateStatus,
  category: CategoryCode.nullable(),
  passed: z.boolean().nullable(),
  eligible: z.boolean(),
  /** The valid certificate, if any. */
  certificateId: id.nullable(),
  number: z.string().nullable(),
});

export const CertificateEligibilityView = z.object({
  programId: id,
  eligibility: CertificateEligibility,
  /** Results are final; `passed` issuing waits for this. */
  finalized: z.boolean(),
  candidates: z.array(CertificateEligibilityRow),
  counts: z.object({
    eligible: z.number().int(),
    /** Eligible candidates who already hold a valid certificate. */
    issued: z.number().int(),
    /** Eligible candidates still without one. */
    pending: z.number().int(),
  }),
});
export type CertificateEligibilityView = z.infer<typeof CertificateEligibilityView>;

export const CertificateIssueInput = z
  .object({
    programId: id,
    eligibility: CertificateEligibility.default('attended'),
    /** These candidates (each must be eligible); or `allEligible`. */
    candidateIds: z.array(id).min(1).max(10_000).optional(),
    allEligible: z.boolean().optional(),
  })
  .strict()
  .refine((input) => (input.candidateIds !== undefined) !== (input.allEligible === true), {
    message: 'Pilih peserta tertentu atau semua yang memenuhi syarat, salah satu saja.',
  });
export type CertificateIssueInput = z.input<typeof CertificateIssueInput>;

export const CertificateIssued = z.object({
  certificateId: id,
  candidateId: id,
  participantNo: z.string(),
  name: z.string(),
  number: z.string(),
  shortCode: z.string(),
  issuedAt: z.string(),
});
export type CertificateIssued = z.infer<typeof CertificateIssued>;

export const CertificateIssueResult = z.object({
  programId: id,
  issued: z.array(CertificateIssued),
  /** Candidates left alone because they already hold a valid certificate. */
  skipped: z.array(z.object({ candidateId: id, number: z.string() })),
});
export type CertificateIssueResult = z.infer<typeof CertificateIssueResult>;

const reason = z
  .string()
  .trim()
  .min(5, { message: 'Tuliskan alasannya (minimal 5 karakter), mis. "salah ketik nama".' })
  .max(500);

export const CertificateRevokeInput = z.object({ number: trimmed(120).min(1), reason }).strict();
export const CertificateReissueInput = z.object({ certificateId: id, reason }).strict();

// ---------------------------------------------------------------------------------------------
// Lists, details, print log

export const CertificateListItem = z.object({
  id,
  programId: id,
  candidateId: id,
  participantNo: z.string(),
  /** As printed (the snapshot). */
  nip: z.string(),
  name: z.string(),
  number: z.string(),
  shortCode: z.string(),
  status: CertificateState,
  issuedAt: z.string(),
  issuedBy: z.string(),
  revokedAt: z.string().nullable(),
  revokeReason: z.string().nullable(),
  /** The certificate this one corrects (re-issue), and the one that replaced it. */
  replacesId: id.nullable(),
  replacedById: id.nullable(),
  replacedByNumber: z.string().nullable(),
  /** Copies printed, summed over the print log. */
  printedCount: z.number().int(),
  lastPrintedAt: z.string().nullable(),
});
export type CertificateListItem = z.infer<typeof CertificateListItem>;

export const CertificatePrint = z.object({
  id,
  printedAt: z.string(),
  printedBy: z.string(),
  door: z.string(),
  copies: z.number().int(),
});

export const CertificateDetail = CertificateListItem.extend({
  snapshot: CertificateSnapshot,
  /** The text in the QR code. */
  qrText: z.string(),
  pdfSha256: z.string(),
  prints: z.array(CertificatePrint),
});
export type CertificateDetail = z.infer<typeof CertificateDetail>;

export const CertificateLogPrintInput = z
  .object({
    programId: id,
    certificateIds: z.array(id).min(1).max(10_000),
    copies: z.number().int().min(1).max(100).default(1),
  })
  .strict();

export const CertificateLogPrintResult = z.object({
  programId: id,
  logged: z.number().int(),
  certificates: z.array(
    z.object({
      id,
      number: z.string(),
      printedCount: z.number().int(),
      lastPrintedAt: z.string().nullable(),
    }),
  ),
});

export const CertificateRevokeResult = z.object({ programId: id, revoked: CertificateListItem });
export const CertificateReissueResult = z.object({
  programId: id,
  revoked: CertificateListItem,
  issued: CertificateIssued,
});

// ---------------------------------------------------------------------------------------------
// Batch rendering (a job) and individual reports

export const CertificateRenderInput = z
  .object({
    programId: id,
    /** These certificates (valid ones only); every valid certificate of the programme when left out. */
    certificateIds: z.array(id).min(1).max(10_000).optional(),
    /**
     * `merged`: one PDF for printing (for a single certificate, the very PDF issued); `zip`: one
     * PDF per person, named by `fileNamePattern`.
     */
    mode: z.enum(['merged', 'zip']).default('merged'),
    /** Placeholders as in the template ({nomor}, {nama}, {nip}, …); `/` and the like become `-`. */
    fileNamePattern: trimmed(120).min(1).default('{nomor}_{nama}.pdf'),
  })
  .strict();
export type CertificateRenderInput = z.input<typeof CertificateRenderInput>;

export const CertificateRenderResult = z.object({
  programId: id,
  file: FileRef,
  count: z.number().int(),
  /**
   * Files whose bytes differ from the PDF hashed at issue (after a renderer change); zero means
   * every file is the very document that was issued. Always 0 for a merged PDF of several.
   */
  changedSinceIssue: z.number().int(),
});
export type CertificateRenderResult = z.infer<typeof CertificateRenderResult>;

export const ReportRenderInput = z
  .object({
    programId: id,
    /** Every candidate of the programme when left out. */
    candidateIds: z.array(id).min(1).max(10_000).optional(),
  })
  .strict();
export type ReportRenderInput = z.input<typeof ReportRenderInput>;

export const ReportRenderResult = z.object({ programId: id, file: FileRef, count: z.number().int() });
export type ReportRenderResult = z.infer<typeof ReportRenderResult>;

// ---------------------------------------------------------------------------------------------
// Verification

export const VERIFICATION_STATUSES = ['valid', 'revoked', 'not-issued-here', 'forged'] as const;
export const CertificateVerificationStatus = z.enum(VERIFICATION_STATUSES);
export type CertificateVerificationStatus = z.infer<typeof CertificateVerificationStatus>;

export const CertificateVerifyInput = z
  .object({
    /** A typed short code (K7QM-3XHD-92AB) or the text read from the QR code. */
    code: trimmed(400).min(1).optional(),
    /** An uploaded PDF of a certificate (the files service's upload id). */
    uploadId: z.string().optional(),
  })
  .strict()
  .refine((input) => (input.code === undefined) !== (input.uploadId === undefined), {
    message: 'Isi kode verifikasi atau pilih berkas PDF, salah satu saja.',
  });
export type CertificateVerifyInput = z.input<typeof CertificateVerifyInput>;

export const CertificateVerification = z.object({
  status: CertificateVerificationStatus,
  /** What was checked: a typed short code, QR text, or a PDF file. */
  via: z.enum(['short-code', 'qr', 'pdf']),
  /** Why, in Indonesian, for the screen. */
  explanation: z.string(),
  number: z.string().nullable(),
  /** The key that signed the code (from the code itself); ours or another installation's. */
  keyId: z.string().nullable(),
  /** PDF only: the file is byte for byte the PDF issued (null when not a PDF or not found). */
  pdfMatches: z.boolean().nullable(),
  /** The certificate as stored here, when the number is known here. */
  certificate: z
    .object({
      id,
      programId: id,
      number: z.string(),
      shortCode: z.string(),
      issuedAt: z.string(),
      revokedAt: z.string().nullable(),
      revokeReason: z.string().nullable(),
      replacedByNumber: z.string().nullable(),
      snapshot: CertificateSnapshot,
    })
    .nullable(),
});
export type CertificateVerification = z.infer<typeof CertificateVerification>;

export const CertificatePublicKey = z.object({
  keyId: z.string(),
  algorithm: z.literal('Ed25519'),
  publicKeyPem: z.string(),
  createdAt: z.string(),
});
export type CertificatePublicKey = z.infer<typeof CertificatePublicKey>;
