/**
 * Single lines of text placed by hand: measured once, positioned exactly, drawn with pdfkit's line
 * wrapping off. A certificate batch draws tens of thousands of lines, and pdfkit's wrapper costs
 * far more than a measurement; it also keeps every line exactly where the layout put it.
 */
import type { MeasureText } from './fit-text';

export interface LineStyle {
  font: string;
  size: number;
  color: string;
  characterSpacing?: number;
  underline?: boolean;
}

export type Align = 'left' | 'center' | 'right';

export function widthOf(doc: PDFKit.PDFDocument, text: string, style: LineStyle): number {
  doc.font(style.font).fontSize(style.size);
  const spacing = style.characterSpacing ?? 0;
  return doc.widthOfString(text, { characterSpacing: spacing });
}

/**
 * Draws one line whose anchor is x: its left edge, centre or right edge. The top of the line box
 * is at y. A left-aligned line is not measured (a batch draws thousands).
 */
export function drawLine(
  doc: PDFKit.PDFDocument,
  text: string,
  x: number,
  y: number,
  style: LineStyle,
  align: Align = 'left',
): void {
  if (text === '') return;
  let left = x;
  if (align !== 'left') {
    const width = widthOf(doc, text, style);
    left = align === 'center' ? x - width / 2 : x - width;
  } else {
    doc.font(style.font).fontSize(style.size);
  }
  doc.fillColor(style.color).text(text, left, y, {
    lineBreak: false,
    characterSpacing: style.characterSpacing ?? 0,
    underline: style.underline ?? false,
  });
}

/**
 * Greedy word wrap into lines no wider than `width`; explicit newlines start a new line. A word
 * wider than the line stays whole on its own line (the caller shrinks the size if that matters).
 */
export function wrapWords(measure: MeasureText, text: string, width: number, size: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ').filter((w) => w !== '')) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (line !== '' && measure(candidate, size) > width) {
        lines.push(line);
        line = word;
      } else {
        line = candidate;
      }
    }
    lines.push(line);
  }
  return lines;
}

/**
 * Word wrap with lines of even length: the same number of lines as the greedy wrap, at the
 * narrowest width that still gives that number, so a centred statement does not end in a lone
 * "2023." under two full lines.
 */
export function wrapBalanced(measure: MeasureText, text: string, width: number, size: number): string[] {
  const greedy = wrapWords(measure, text, width, size);
  if (greedy.length < 2) return greedy;
  let low = width / 2;
  let high = width;
  let best = greedy;
  for (let round = 0; round < 10; round++) {
    const middle = (low + high) / 2;
    const lines = wrapWords(measure, text, middle, size);
    if (lines.length <= greedy.length && lines.every((line) => measure(line, size) <= middle)) {
      best = lines;
      high = middle;
    } else {
      low = middle;
    }
  }
  return best;
}

/** Line height used for stacked lines of a font size: the size plus a little air. */
export const lineHeight = (size: number, gap = 0.25) => size * (1 + gap);
