/**
 * Verification offline: a typed short code, the text of a scanned QR code, or the PDF file itself.
 *
 * - valid: the signature checks out with this installation's key over the stored snapshot, and
 *   the certificate is not revoked;
 * - revoked: as valid, but revoked (the reason and the replacement are shown);
 * - not-issued-here: signed with another installation's key, or a short code unknown here;
 * - forged: claims this installation's key but the signature does not match what is stored (an
 *   altered number or NIP, an unknown number), or a PDF whose bytes differ from the issued one.
 */
import { readFileSync } from 'node:fs';
import { formatDateId } from '../../../shared/domain/dates';
import { AppError } from '../../../shared/errors';
import type { CertificateVerification } from '../../../shared/schemas/certificates';
import type { CertificateRecord, CertificatesRepo } from '../../db/repos/certificates.repo';
import { readEmbeddedVerification } from '../../documents/pdf/embedded-verification';
import type { FilesService } from '../files.service';
import { parseSnapshot } from './certificate-pdf';
import type { Keyring } from './signing-keys';
import { verifyMessage } from './signing-keys';
import { localIsoDate } from './snapshot';
import { parseQrText, parseShortCode, sha256Hex, signedMessage, type QrFields } from './verification-code';

type Via = CertificateVerification['via'];

export interface VerifyServiceDeps {
  repo: CertificatesRepo;
  keyring: Keyring;
  files: FilesService;
}

export function createVerifyService({ repo, keyring, files }: VerifyServiceDeps) {
  function stored(record: CertificateRecord): NonNullable<CertificateVerification['certificate']> {
    return {
      id: record.id,
      programId: record.programId,
      number: record.number,
      shortCode: record.shortCode,
      issuedAt: record.issuedAt,
      revokedAt: record.revokedAt,
      revokeReason: record.revokeReason,
      replacedByNumber: repo.listItem(record.id)?.replacedByNumber ?? null,
      snapshot: parseSnapshot(record.snapshotJson),
    };
  }

  /** The stored certificate's own signature checks out over its stored snapshot. */
  function signatureHolds(record: CertificateRecord, nip: string, signature: Buffer): boolean {
    const key = keyring.existing();
    if (!key) return false;
    const snapshot = parseSnapshot(record.snapshotJson);
    if (snapshot.keyId !== key.keyId || snapshot.candidate.nip !== nip) return false;
    const message = signedMessage({
      number: record.number,
      nip,
      keyId: key.keyId,
      snapshotSha256: sha256Hex(record.snapshotJson),
    });
    return verifyMessage(key.publicKey, message, signature);
  }

  function verdictOf(record: CertificateRecord, via: Via, keyId: string | null): CertificateVerification {
    const certificate = stored(record);
    if (record.revokedAt) {
      const replaced = certificate.replacedByNumber
        ? ` Penggantinya bernomor ${certificate.replacedByNumber}.`
        : '';
      return {
        status: 'revoked',
        via,
        explanation: `Sertifikat ini dicabut pada ${formatDateId(localIsoDate(new Date(record.revokedAt)))} dengan alasan: ${record.revokeReason ?? '-'}.${replaced}`,
        number: record.number,
        keyId,
        pdfMatches: null,
        certificate,
      };
    }
    return {
      status: 'valid',
      via,
      explanation:
        'Sertifikat sah: diterbitkan oleh instalasi Asesa ini dan datanya sesuai dengan yang tercatat.',
      number: record.number,
      keyId,
      pdfMatches: null,
      certificate,
    };
  }

  function forged(via: Via, explanation: string, qr: QrFields | null, record: CertificateRecord | null) {
    return {
      status: 'forged' as const,
      via,
      explanation,
      number: qr?.number ?? record?.number ?? null,
      keyId: qr?.keyId ?? null,
      pdfMatches: null,
      certificate: record ? stored(record) : null,
    };
  }

  function verifyQr(qr: QrFields, via: Via): CertificateVerification {
    const key = keyring.existing();
    if (!key || qr.keyId !== key.keyId) {
      return {
        status: 'not-issued-here',
        via,
        explanation: `Kode ini ditandatangani oleh instalasi Asesa lain (kunci ${qr.keyId}), bukan di sini. Periksa ke penerbitnya dengan kunci publik mereka.`,
        number: qr.number,
        keyId: qr.keyId,
        pdfMatches: null,
        certificate: null,
      };
    }
    const record = repo.byNumber(qr.number);
    if (!record) {
      return forged(
        via,
        'Kode memakai kunci instalasi ini, tetapi nomor sertifikatnya tidak pernah diterbitkan di sini: kode ini palsu.',
        qr,
        null,
      );
    }
    if (!signatureHolds(record, qr.nip, qr.signature)) {
      return forged(
        via,
        'Tanda tangan kode tidak cocok dengan sertifikat yang tercatat dengan nomor ini: nomor, NIP, atau tanda tangannya telah diubah.',
        qr,
        record,
      );
    }
    return verdictOf(record, via, qr.keyId);
  }

  function verifyShortCode(shortCode: string): CertificateVerification {
    const record = repo.byShortCode(shortCode);
    if (!record) {
      return {
        status: 'not-issued-here',
        via: 'short-code',
        explanation:
          'Kode verifikasi ini tidak tercatat di instalasi ini. Sertifikat mungkin diterbitkan di perangkat lain; periksa ke penerbitnya atau pindai kode QR-nya.',
        number: null,
        keyId: null,
        pdfMatches: null,
        certificate: null,
      };
    }
    // The register itself could have been edited: the row must still carry its own valid signature.
    if (
      !signatureHolds(
        record,
        parseSnapshot(record.snapshotJson).candidate.nip,
        Buffer.from(record.signature, 'base64url'),
      )
    ) {
      return forged(
        'short-code',
        'Data sertifikat yang tercatat untuk kode ini tidak cocok dengan tanda tangannya: catatannya telah diubah.',
        null,
        record,
      );
    }
    return verdictOf(record, 'short-code', parseSnapshot(record.snapshotJson).keyId);
  }

  function verifyPdf(uploadId: string): CertificateVerification {
    const bytes = readFileSync(files.upload(uploadId).path);
    if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') {
      throw new AppError(
        'certificate-pdf-unverifiable',
        'Berkas ini bukan PDF. Pilih berkas PDF sertifikat, atau ketik kode verifikasinya.',
      );
    }
    const sha = sha256Hex(bytes);
    const payload = readEmbeddedVerification(bytes);
    const payloads = payload ? payload.split('\n').filter(Boolean) : [];
    if (payloads.length > 1) {
      throw new AppError(
        'certificate-pdf-unverifiable',
        `PDF ini berisi ${payloads.length} sertifikat sekaligus. Periksa satu per satu dengan memindai kode QR atau mengetik kode verifikasinya.`,
      );
    }
    const qr = payloads[0] ? parseQrText(payloads[0]) : null;
    if (!qr) {
      // No readable code, but a file byte-identical to an issued PDF is that certificate.
      const record = repo.byPdfSha256(sha);
      if (!record) throw new AppError('certificate-pdf-unverifiable');
      return { ...verdictOf(record, 'pdf', parseSnapshot(record.snapshotJson).keyId), pdfMatches: true };
    }
    const verdict = verifyQr(qr, 'pdf');
    if (verdict.status !== 'valid' && verdict.status !== 'revoked') return verdict;
    const pdfMatches = verdict.certificate !== null && repo.get(verdict.certificate.id)?.pdfSha256 === sha;
    if (!pdfMatches) {
      return {
        ...verdict,
        status: 'forged',
        pdfMatches: false,
        explanation:
          'Kode QR di berkas ini sah, tetapi isi PDF-nya berbeda dari sertifikat yang diterbitkan: berkas ini telah diubah. Bandingkan dengan data tercatat di bawah.',
      };
    }
    return { ...verdict, pdfMatches: true };
  }

  return {
    verify(input: { code?: string | undefined; uploadId?: string | undefined }): CertificateVerification {
      if (input.uploadId !== undefined) return verifyPdf(input.uploadId);
      const text = (input.code ?? '').trim();
      const qr = parseQrText(text);
      if (qr) return verifyQr(qr, 'qr');
      const short = parseShortCode(text);
      if (short.kind === 'code') return verifyShortCode(short.shortCode);
      if (short.kind === 'typo') throw new AppError('certificate-code-typo');
      throw new AppError('certificate-code-unrecognised');
    },
  };
}

export type VerifyService = ReturnType<typeof createVerifyService>;
