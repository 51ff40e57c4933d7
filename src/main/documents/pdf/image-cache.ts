/**
 * Images of one document by SHA-256, each opened once and drawn by reference on every page.
 * Passing the bytes on every page would embed one copy per page (6.8 MB and 510 MB of memory for
 * 1,000 certificates instead of 2.7 MB).
 */

/** Where the renderer gets image bytes: the certificate assets table, or files in a test. */
export interface PdfAssets {
  image(sha256: string): Buffer | undefined;
}

/** An image the template names but the assets do not hold: drawing without it would be a lie. */
export class PdfAssetMissingError extends Error {
  constructor(readonly sha256: string) {
    super(`pdf: image ${sha256.slice(0, 12)}… is not among the assets`);
    this.name = 'PdfAssetMissingError';
  }
}

/** pdfkit's opened image: what `doc.openImage` returns and `doc.image` accepts. */
export interface OpenedImage {
  width: number;
  height: number;
}

interface OpensImages {
  openImage(src: Buffer): OpenedImage;
}

export function imageCache(doc: PDFKit.PDFDocument, assets: PdfAssets): (sha256: string) => OpenedImage {
  const opened = new Map<string, OpenedImage>();
  return (sha256) => {
    let image = opened.get(sha256);
    if (!image) {
      const bytes = assets.image(sha256);
      if (!bytes) throw new PdfAssetMissingError(sha256);
      // openImage is part of pdfkit's API but missing from @types/pdfkit.
      image = (doc as unknown as OpensImages).openImage(bytes);
      opened.set(sha256, image);
    }
    return image;
  };
}

/** Draws an opened image fitted into the box, centred. */
export function drawImage(
  doc: PDFKit.PDFDocument,
  image: OpenedImage,
  x: number,
  y: number,
  box: { width: number; height: number },
): void {
  const scale = Math.min(box.width / image.width, box.height / image.height);
  const width = image.width * scale;
  const height = image.height * scale;
  // doc.image accepts an opened image; its type only names buffers and paths.
  doc.image(image as unknown as Buffer, x + (box.width - width) / 2, y + (box.height - height) / 2, {
    width,
    height,
  });
}
