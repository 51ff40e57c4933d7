/**
 * The PDF of an issued certificate, from its snapshot and stored images alone. The same input
 * gives the same bytes, so the hash taken at issue proves that a reprint is the same document.
 */
import { AppError } from '../../../shared/errors';
import { CertificateSnapshot } from '../../../shared/schemas/certificates';
import type { CertificatesRepo } from '../../db/repos/certificates.repo';
import { PdfAssetMissingError, type PdfAssets } from '../../documents/pdf/image-cache';
import { renderCertificatesPdf, type CertificatePage } from '../../documents/pdf/render-certificates';
import { qrTextOf } from './verification-code';

/** What rendering needs of a stored certificate. */
export interface IssuedCertificate {
  number: string;
  shortCode: string;
  /** base64url */
  signature: string;
  snapshot: CertificateSnapshot;
}

/** Images from the assets table, read once per batch. */
export function storedAssets(repo: CertificatesRepo): PdfAssets {
  const cache = new Map<string, Buffer | undefined>();
  return {
    image(sha256) {
      if (!cache.has(sha256)) cache.set(sha256, repo.asset(sha256)?.bytes);
      return cache.get(sha256);
    },
  };
}

export function parseSnapshot(json: string): CertificateSnapshot {
  return CertificateSnapshot.parse(JSON.parse(json));
}

export function qrTextOfIssued(certificate: IssuedCertificate): string {
  return qrTextOf({
    number: certificate.number,
    nip: certificate.snapshot.candidate.nip,
    keyId: certificate.snapshot.keyId,
    signature: Buffer.from(certificate.signature, 'base64url'),
  });
}

export function issuedPage(certificate: IssuedCertificate): CertificatePage {
  return {
    fields: certificate.snapshot.fields,
    template: certificate.snapshot.template,
    verification: { qrText: qrTextOfIssued(certificate), shortCode: certificate.shortCode },
  };
}

/** An image the template names is gone: say what to do instead of failing with a stack trace. */
export async function withAssetCheck<T>(render: () => Promise<T>): Promise<T> {
  try {
    return await render();
  } catch (error) {
    if (error instanceof PdfAssetMissingError) throw new AppError('certificate-asset-missing');
    throw error;
  }
}

/**
 * One certificate as its own PDF: dated at the issue time, titled with its number, and carrying
 * the QR text in the Info dictionary so a verifier can read it from the file.
 */
export function renderIssuedCertificate(certificate: IssuedCertificate, assets: PdfAssets): Promise<Buffer> {
  return withAssetCheck(() =>
    renderCertificatesPdf([issuedPage(certificate)], {
      assets,
      createdAt: new Date(certificate.snapshot.issuedAt),
      title: `Sertifikat ${certificate.number}`,
      embedVerification: true,
    }),
  );
}
