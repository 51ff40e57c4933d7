/**
 * The drawn frame of a certificate without a background image: a tinted band between two rules
 * in the primary colour, a hairline inside, and a small diamond at each corner.
 */

/** Mixes a #rrggbb colour with white; `amount` 0 keeps the colour, 1 gives white. */
export function tint(hex: string, amount: number): string {
  const channel = (at: number) => {
    const value = parseInt(hex.slice(at, at + 2), 16);
    return Math.round(value + (255 - value) * amount)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(1)}${channel(3)}${channel(5)}`;
}

export const FRAME = { outer: 16, band: 9, hairlineGap: 5 } as const;

export function drawFrame(doc: PDFKit.PDFDocument, width: number, height: number, primary: string): void {
  const { outer, band, hairlineGap } = FRAME;
  const inner = outer + band;
  doc.save();
  doc
    .rect(outer + band / 2, outer + band / 2, width - 2 * outer - band, height - 2 * outer - band)
    .lineWidth(band)
    .stroke(tint(primary, 0.82));
  doc.lineWidth(1.6);
  doc.rect(outer, outer, width - 2 * outer, height - 2 * outer).stroke(primary);
  doc.rect(inner, inner, width - 2 * inner, height - 2 * inner).stroke(primary);
  const hairline = inner + hairlineGap;
  doc
    .lineWidth(0.5)
    .rect(hairline, hairline, width - 2 * hairline, height - 2 * hairline)
    .stroke(primary);
  const centre = outer + band / 2;
  for (const [cx, cy] of [
    [centre, centre],
    [width - centre, centre],
    [centre, height - centre],
    [width - centre, height - centre],
  ] as const) {
    diamond(doc, cx, cy, band * 0.95);
  }
  doc.fill(primary);
  doc.restore();
}

/** Adds a diamond (a square on its point) of the given diagonal to the current path. */
function diamond(doc: PDFKit.PDFDocument, cx: number, cy: number, diagonal: number): void {
  const r = diagonal / 2;
  doc
    .moveTo(cx, cy - r)
    .lineTo(cx + r, cy)
    .lineTo(cx, cy + r)
    .lineTo(cx - r, cy)
    .closePath();
}

/** Where content may go: inside the hairline with room to breathe. */
export const CONTENT_INSET = FRAME.outer + FRAME.band + FRAME.hairlineGap + 16;
