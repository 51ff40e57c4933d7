/**
 * Reusable page content as a PDF Form XObject: drawn once, painted on every page by reference.
 * A certificate batch repeats the frame, letterhead, title, labels, statement and signature
 * blocks on every page; as one shared object they cost their bytes and their typesetting once
 * instead of 1,000 times, which keeps a 1,000-page batch small and fast.
 *
 * pdfkit has no public API for form XObjects. Its drawing methods write to `doc.page` (content
 * and resources), so the stamp swaps in a page-shaped object whose content is the form's stream
 * and whose resources are the form's own, draws, and swaps the real page back. The tests render
 * stamped pages and read their text back, so a pdfkit change that breaks this fails loudly.
 */

interface PageLike {
  width: number;
  height: number;
  size: unknown;
  layout: string;
  margins: unknown;
  xobjects: Record<string, unknown>;
}

interface RefLike {
  end(): void;
}

interface DocInternals {
  page: PageLike;
  ref(data: Record<string, unknown>): RefLike;
}

export type Stamp = () => void;

// Per document, so the same input always gives the same names (reproducible bytes).
const stampCounts = new WeakMap<PDFKit.PDFDocument, number>();

/**
 * Draws `draw` (in the page's usual top-left coordinates) into a form the size of the current
 * page, and returns a function that paints it on whatever page is current.
 */
export function createStamp(doc: PDFKit.PDFDocument, draw: () => void): Stamp {
  const internals = doc as unknown as DocInternals;
  const page = internals.page;
  const resources = internals.ref({ ProcSet: ['PDF', 'Text', 'ImageB', 'ImageC', 'ImageI'] });
  const form = internals.ref({
    Type: 'XObject',
    Subtype: 'Form',
    BBox: [0, 0, page.width, page.height],
    Resources: resources,
  });
  const formPage = Object.create(Object.getPrototypeOf(page) as object) as Record<string, unknown>;
  Object.assign(formPage, {
    document: doc,
    width: page.width,
    height: page.height,
    size: page.size,
    layout: page.layout,
    margins: page.margins,
    userUnit: 1,
    content: form,
    resources,
    dictionary: form,
    markings: [],
  });
  internals.page = formPage as unknown as PageLike;
  try {
    doc.save();
    // The same flip pdfkit puts at the start of every page, so drawing code works unchanged.
    doc.transform(1, 0, 0, -1, 0, page.height);
    draw();
    doc.restore();
  } finally {
    internals.page = page;
  }
  form.end();
  resources.end();
  const count = (stampCounts.get(doc) ?? 0) + 1;
  stampCounts.set(doc, count);
  const name = `Fx${count}`;
  return () => {
    const current = internals.page;
    current.xobjects[name] = form;
    // Undo the page's flip: the form carries its own.
    doc.addContent(`q 1 0 0 -1 0 ${current.height} cm /${name} Do Q`);
  };
}
