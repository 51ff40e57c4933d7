/**
 * What every drawing function of one document shares: the pdfkit document, its opened images, a
 * memo for measurements that repeat on every page (the header, the signature blocks, a statement
 * that names no person), and stamps: content shared by many pages, drawn once (form-stamp.ts).
 */
import { createStamp, type Stamp } from './form-stamp';
import { imageCache, type OpenedImage, type PdfAssets } from './image-cache';

export interface PageContext {
  doc: PDFKit.PDFDocument;
  image(sha256: string): OpenedImage;
  memo<T>(key: string, make: () => T): T;
  /**
   * Paints the content `draw` makes on the current page, drawing it only the first time a key is
   * seen. Past a limit of distinct keys (pages that share little) it simply draws each time.
   */
  stamp(key: string, draw: () => void): void;
}

const MAX_STAMPS = 24;

export function pageContext(doc: PDFKit.PDFDocument, assets: PdfAssets): PageContext {
  const memos = new Map<string, unknown>();
  const stamps = new Map<string, Stamp>();
  return {
    doc,
    image: imageCache(doc, assets),
    memo<T>(key: string, make: () => T): T {
      if (memos.has(key)) return memos.get(key) as T;
      const value = make();
      memos.set(key, value);
      return value;
    },
    stamp(key, draw) {
      let stamp = stamps.get(key);
      if (!stamp) {
        if (stamps.size >= MAX_STAMPS) return draw();
        stamp = createStamp(doc, draw);
        stamps.set(key, stamp);
      }
      stamp();
    },
  };
}
