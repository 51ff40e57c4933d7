/**
 * Fitting a line of text into a box without overflowing it: a long name shrinks step by step to a
 * minimum size, then breaks onto two lines (at that minimum) at the best word boundary, and only
 * as a last resort (one enormous word) goes below the minimum. The name is never cut or changed.
 */

/** Width of `text` at `size` points. pdfkit's widthOfString is linear in the size. */
export type MeasureText = (text: string, size: number) => number;

export interface FitBox {
  width: number;
  maxSize: number;
  minSize: number;
  /** Sizes are multiples of this step, so a layout does not jitter by fractions of a point. */
  step?: number;
  /** 1 keeps the text on one line even below minSize; 2 (default) allows a second line. */
  maxLines?: 1 | 2;
}

export interface FittedText {
  size: number;
  lines: string[];
}

const floorTo = (value: number, step: number) => Math.floor(value / step + 1e-9) * step;

/** The largest size (a multiple of step, at most maxSize) at which every line fits. */
function sizeFor(measure: MeasureText, lines: readonly string[], box: FitBox, step: number): number {
  const widest = Math.max(...lines.map((line) => measure(line, 1)));
  if (widest <= 0) return box.maxSize;
  let size = Math.min(box.maxSize, floorTo(box.width / widest, step));
  // Guard against rounding in the font metrics: the measured width decides, not the arithmetic.
  while (size > step && lines.some((line) => measure(line, size) > box.width)) size -= step;
  return Math.max(size, step);
}

/** Splits at the space that makes the longer of the two lines shortest. */
export function bestTwoLineSplit(measure: MeasureText, text: string): [string, string] | null {
  const words = text.split(' ');
  if (words.length < 2) return null;
  let best: [string, string] | null = null;
  let bestWidth = Infinity;
  for (let at = 1; at < words.length; at++) {
    const first = words.slice(0, at).join(' ');
    const second = words.slice(at).join(' ');
    const width = Math.max(measure(first, 1), measure(second, 1));
    if (width < bestWidth) {
      bestWidth = width;
      best = [first, second];
    }
  }
  return best;
}

export function fitText(measure: MeasureText, text: string, box: FitBox): FittedText {
  const step = box.step ?? 0.5;
  const single = sizeFor(measure, [text], box, step);
  if (single >= box.minSize || box.maxLines === 1) return { size: single, lines: [text] };
  const split = bestTwoLineSplit(measure, text);
  if (!split) return { size: single, lines: [text] };
  // Two lines come at the minimum size (or below it if even that overflows), never larger: the
  // name's box then has one height per line count, whatever the name.
  const double = Math.min(sizeFor(measure, split, box, step), box.minSize);
  // Two lines only when they are really larger; otherwise the single line below minimum reads better.
  return double > single ? { size: double, lines: split } : { size: single, lines: [text] };
}

/** A measure function over a pdfkit document's font. */
export function measureWith(doc: PDFKit.PDFDocument, font: string): MeasureText {
  return (text, size) => {
    doc.font(font).fontSize(size);
    return doc.widthOfString(text);
  };
}
