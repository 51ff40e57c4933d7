/**
 * Certificates as one PDF (issue 6): a page per certificate, fonts and images embedded once,
 * byte-identical for the same pages and `createdAt`, so a reprint of an issued certificate can be
 * proved the same document by its SHA-256. Pure: the caller supplies every field and image.
 */
import type { CertificateFields } from '../../../shared/domain/certificate-text';
import type { CertificateTemplate } from '../../../shared/schemas/certificate-template';
import { drawCertificatePage } from './certificate-layout';
import type { Verification } from './certificate-footer';
import type { PdfAssets } from './image-cache';
import { pageContext } from './page-context';
import { createPdfDocument, renderPages } from './pdf-document';
import { VERIFICATION_INFO_KEY } from './verification-key';

export type { PdfAssets } from './image-cache';
export { PdfAssetMissingError } from './image-cache';
export { readEmbeddedVerification } from './embedded-verification';
export { VERIFICATION_INFO_KEY } from './verification-key';

export interface CertificatePage {
  fields: CertificateFields;
  template: CertificateTemplate;
  /** Null on a preview or an unissued certificate: a box marked "CONTOH" stands where the QR goes. */
  verification: Verification | null;
}

export interface RenderOptions {
  assets: PdfAssets;
  /** Fixed for reproducible bytes: the document's creation and modification date. */
  createdAt: Date;
  title?: string;
  /**
   * Writes the verification payload into the Info dictionary under the custom key
   * AsesaVerification, so a verifier can read it back from the file (readEmbeddedVerification).
   * With several verified pages the payloads are joined by newlines, in page order.
   */
  embedVerification?: boolean;
  onPage?: (done: number, total: number) => void;
  checkCancelled?: () => void;
}

export async function renderCertificatesPdf(
  pages: CertificatePage[],
  options: RenderOptions,
): Promise<Buffer> {
  if (pages.length === 0) throw new RangeError('renderCertificatesPdf: no pages to render');
  const payloads = pages.flatMap((page) => (page.verification ? [page.verification.qrText] : []));
  const doc = createPdfDocument({
    layout: pages[0]?.template.orientation ?? 'landscape',
    createdAt: options.createdAt,
    ...(options.title !== undefined && { title: options.title }),
    ...(options.embedVerification &&
      payloads.length > 0 && { extraInfo: { [VERIFICATION_INFO_KEY]: payloads.join('\n') } }),
  });
  const ctx = pageContext(doc, options.assets);
  return renderPages(
    doc,
    pages,
    (page) => drawCertificatePage(ctx, page.template, page.fields, page.verification),
    options,
  );
}

const NO_ASSETS: PdfAssets = { image: () => undefined };

/** One unissued page for the template editor's live preview: the same renderer as the real PDF. */
export function renderCertificatePreview(
  template: CertificateTemplate,
  sampleFields: CertificateFields,
  assets: PdfAssets = NO_ASSETS,
): Promise<Buffer> {
  return renderCertificatesPdf([{ template, fields: sampleFields, verification: null }], {
    assets,
    createdAt: new Date(0),
    title: 'Pratinjau sertifikat',
  });
}
