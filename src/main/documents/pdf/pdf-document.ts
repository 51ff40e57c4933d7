/**
 * A pdfkit document that comes out byte-identical for the same input: fixed dates, fixed
 * producer, and a file ID that pdfkit derives (MD5) from the info dictionary known at creation
 * (dates, title, embedded verification), never from the clock. Shared by certificates and reports.
 */
import PDFDocument from 'pdfkit';
import { registerFonts } from './fonts';

export interface PdfDocumentOptions {
  layout: 'landscape' | 'portrait';
  createdAt: Date;
  title?: string;
  /** Extra string entries of the Info dictionary (custom keys are allowed by the PDF spec). */
  extraInfo?: Record<string, string>;
}

export const A4 = { long: 841.89, short: 595.28 } as const;

export function createPdfDocument(options: PdfDocumentOptions): PDFKit.PDFDocument {
  // pdfkit's DocumentInfo type lists only the standard keys; custom ones are written the same way.
  const info: Record<string, string | Date> = {
    Producer: 'Asesa',
    Creator: 'Asesa',
    CreationDate: options.createdAt,
    ModDate: options.createdAt,
    ...(options.title !== undefined && { Title: options.title }),
    ...options.extraInfo,
  };
  const doc = new PDFDocument({
    size: 'A4',
    layout: options.layout,
    margin: 0,
    autoFirstPage: false,
    info: info as PDFKit.DocumentInfo,
    pdfVersion: '1.7',
    lang: 'id-ID',
    displayTitle: options.title !== undefined,
  });
  registerFonts(doc);
  return doc;
}

/**
 * Collects the document's bytes. Call before drawing: pdfkit streams pages out as they are
 * finished, so the chunks are gathered while the pages are drawn.
 */
export function collectPdf(doc: PDFKit.PDFDocument): () => Promise<Buffer> {
  // pdfkit emits many small buffers, each a view of a larger block (a compressed page keeps a
  // whole zlib output block alive). Copying them into compact parts as they come lets those
  // blocks go: a 1,000-page batch then holds about its own size instead of several times it.
  const parts: Buffer[] = [];
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  const compact = () => {
    if (pending.length > 0) parts.push(Buffer.concat(pending, pendingBytes));
    pending = [];
    pendingBytes = 0;
  };
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => {
      pending.push(chunk);
      pendingBytes += chunk.length;
      if (pendingBytes >= COMPACT_BYTES) compact();
    });
    doc.on('end', () => {
      compact();
      resolve(Buffer.concat(parts));
    });
    doc.on('error', reject);
  });
  return () => {
    doc.end();
    return done;
  };
}

const YIELD_EVERY = 50;
const COMPACT_BYTES = 256 * 1024;

export interface PageLoopOptions {
  onPage?: (done: number, total: number) => void;
  checkCancelled?: () => void;
}

/**
 * Draws one page per item, reporting progress and honouring cancellation between pages. A cancel
 * (checkCancelled throws) abandons the document: nothing half-written is returned.
 */
export async function renderPages<T>(
  doc: PDFKit.PDFDocument,
  items: readonly T[],
  draw: (item: T) => void,
  options: PageLoopOptions,
): Promise<Buffer> {
  const finish = collectPdf(doc);
  const total = items.length;
  for (let index = 0; index < total; index++) {
    options.checkCancelled?.();
    draw(items[index] as T);
    options.onPage?.(index + 1, total);
    // Let the event loop turn now and then: pdfkit's stream hands over its output, and the garbage
    // collector's main-thread tasks run, which keeps the memory of a long batch flat.
    if (index % YIELD_EVERY === YIELD_EVERY - 1) await new Promise((resolve) => setImmediate(resolve));
  }
  return finish();
}
