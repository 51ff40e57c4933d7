import { STAFF, id, none, operation, z } from '../schemas/common';
import {
  CertificateAssetInfo,
  CertificateDetail,
  CertificateEligibility,
  CertificateEligibilityView,
  CertificateIssueInput,
  CertificateListItem,
  CertificateLogPrintInput,
  CertificateLogPrintResult,
  CertificatePreview,
  CertificatePreviewInput,
  CertificatePrint,
  CertificatePublicKey,
  CertificateReissueInput,
  CertificateReissueResult,
  CertificateRenderInput,
  CertificateRevokeInput,
  CertificateRevokeResult,
  CertificateSaveTemplateInput,
  CertificateTemplateView,
  CertificateVerification,
  CertificateVerifyInput,
  ReportRenderInput,
} from '../schemas/certificates';

const ofProgram = z.object({ programId: id }).strict();
const startsJob = z.object({ jobId: z.string() });
/** Reports are read in the assessor meeting too. */
const REPORT_READERS = ['admin', 'operator', 'lead-assessor'] as const;

/**
 * Certificates (issue 6) and individual reports. Long work (batch PDFs) runs as jobs: the
 * operation answers `{ jobId }` and the job's result is a file to download (`job:wait`).
 */
export const CERTIFICATES_OPERATIONS = [
  operation('certificates:template', {
    input: ofProgram,
    output: CertificateTemplateView,
    roles: STAFF,
    writes: false,
    summary: 'Templat sertifikat program (templat bawaan dari data program bila belum disimpan).',
  }),
  operation('certificates:save-template', {
    input: CertificateSaveTemplateInput,
    output: CertificateTemplateView,
    roles: STAFF,
    writes: true,
    summary: 'Menyimpan templat sertifikat; sertifikat yang sudah terbit tidak berubah.',
  }),
  operation('certificates:upload-asset', {
    input: z.object({ uploadId: z.string() }).strict(),
    output: CertificateAssetInfo,
    roles: STAFF,
    writes: true,
    summary: 'Menyimpan gambar (logo atau latar, PNG/JPEG, paling besar 5 MB) dari berkas yang diunggah.',
  }),
  operation('certificates:asset', {
    input: z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/) }).strict(),
    output: CertificateAssetInfo.extend({ dataBase64: z.string() }),
    roles: STAFF,
    writes: false,
    summary: 'Isi sebuah gambar templat (untuk gambar kecil di formulir templat).',
  }),
  operation('certificates:preview', {
    input: CertificatePreviewInput,
    output: CertificatePreview,
    roles: STAFF,
    writes: false,
    summary: 'Pratinjau satu halaman sertifikat (PDF, base64) dengan renderer yang sama seperti cetakan.',
  }),
  operation('certificates:eligibility', {
    input: z.object({ programId: id, eligibility: CertificateEligibility.default('attended') }).strict(),
    output: CertificateEligibilityView,
    roles: STAFF,
    writes: false,
    summary: 'Peserta yang memenuhi syarat sertifikat menurut aturan terpilih, dan nomor yang sudah terbit.',
  }),
  operation('certificates:issue', {
    input: CertificateIssueInput,
    output: startsJob,
    roles: STAFF,
    writes: false,
    summary:
      'Menerbitkan sertifikat (proses latar; hasilnya nomor yang terbit): nomor urut dipesan, data dibekukan, ditandatangani, dan PDF-nya di-hash. Peserta yang sudah punya sertifikat dilewati.',
  }),
  operation('certificates:list', {
    input: ofProgram,
    output: z.array(CertificateListItem),
    roles: STAFF,
    writes: false,
    summary: 'Sertifikat program (berlaku dan dicabut) beserta jumlah cetak dan waktu cetak terakhir.',
  }),
  operation('certificates:get', {
    input: z.object({ id }).strict(),
    output: CertificateDetail,
    roles: STAFF,
    writes: false,
    summary: 'Satu sertifikat: data yang dibekukan, teks QR, hash PDF, dan riwayat cetak.',
  }),
  operation('certificates:render', {
    input: CertificateRenderInput,
    output: startsJob,
    roles: STAFF,
    writes: false,
    summary:
      'Menyusun PDF sertifikat terbit (proses latar): satu PDF gabungan untuk dicetak, atau ZIP berisi satu PDF per orang.',
  }),
  operation('certificates:log-print', {
    input: CertificateLogPrintInput,
    output: CertificateLogPrintResult,
    roles: STAFF,
    writes: true,
    summary: 'Mencatat pencetakan: siapa mencetak nomor mana, kapan, dan berapa rangkap.',
  }),
  operation('certificates:prints', {
    input: z.object({ certificateId: id }).strict(),
    output: z.array(CertificatePrint),
    roles: STAFF,
    writes: false,
    summary: 'Riwayat cetak satu sertifikat.',
  }),
  operation('certificates:revoke', {
    input: CertificateRevokeInput,
    output: CertificateRevokeResult,
    roles: STAFF,
    writes: true,
    summary: 'Mencabut sertifikat dengan alasan; verifikasi selanjutnya menjawab "dicabut".',
  }),
  operation('certificates:reissue', {
    input: CertificateReissueInput,
    output: CertificateReissueResult,
    roles: STAFF,
    writes: true,
    summary: 'Koreksi: mencabut sertifikat lama dengan alasan dan menerbitkan nomor baru dari data terkini.',
  }),
  operation('certificates:verify', {
    input: CertificateVerifyInput,
    output: CertificateVerification,
    roles: STAFF,
    writes: false,
    summary:
      'Memeriksa kode pendek, teks QR, atau berkas PDF sertifikat: sah, dicabut, bukan terbitan di sini, atau palsu.',
  }),
  operation('certificates:public-key', {
    input: none,
    output: CertificatePublicKey,
    roles: STAFF,
    writes: false,
    summary:
      'Kunci publik Ed25519 instalasi ini (PEM) untuk memeriksa tanda tangan sertifikat di luar aplikasi.',
  }),
  operation('reports:render', {
    input: ReportRenderInput,
    output: startsJob,
    roles: REPORT_READERS,
    writes: false,
    summary: 'Menyusun laporan individu hasil asesmen (PDF, satu halaman per peserta) sebagai proses latar.',
  }),
] as const;
