/**
 * The letterhead of a certificate: the city logo and the header lines over a double rule. On a
 * landscape page the logo stands left of the lines, as on the agency's letter paper (kop surat),
 * which leaves height for the name; on a portrait page it stands centred above them.
 */
import type { CertificateTemplate } from '../../../shared/schemas/certificate-template';
import { fitText } from './fit-text';
import { FONT } from './fonts';
import { drawImage } from './image-cache';
import type { PageContext } from './page-context';
import { drawLine, widthOf } from './text-lines';

export interface Box {
  left: number;
  right: number;
  top: number;
}

interface HeaderLine {
  text: string;
  font: string;
  size: number;
  top: number;
}

interface HeaderPlan {
  logo: { x: number; y: number } | null;
  lines: HeaderLine[];
  /** y of the thick rule; null when there is no header at all. */
  rule: number | null;
  bottom: number;
}

const LOGO = 64;
const LOGO_GAP = 14;
const RULE_GAP = 8;
const RULE_HEIGHT = 4.6;
const LINE_SIZES = [15, 13] as const;
const SMALL_SIZE = 9.5;

const lineStep = (size: number) => size * 1.28;

function planHeader(ctx: PageContext, template: CertificateTemplate, box: Box): HeaderPlan {
  const texts = template.headerLines.filter((text) => text !== '');
  const hasLogo = template.logo !== null;
  if (!hasLogo && texts.length === 0) return { logo: null, lines: [], rule: null, bottom: box.top };
  const centre = (box.left + box.right) / 2;
  const beside = template.orientation === 'landscape' && hasLogo;
  // Beside the logo the lines keep clear of it on both sides, so they stay centred on the page.
  const width = box.right - box.left - (beside ? 2 * (LOGO + LOGO_GAP) : 0);
  const sized = texts.map((text, index) => {
    const font = index < LINE_SIZES.length ? FONT.serifBold : FONT.serif;
    const maxSize = LINE_SIZES[index] ?? SMALL_SIZE;
    const measure = (t: string, size: number) => widthOf(ctx.doc, t, { font, size, color: '' });
    return { text, font, size: fitText(measure, text, { width, maxSize, minSize: 6, maxLines: 1 }).size };
  });
  const textHeight = sized.reduce((sum, line) => sum + lineStep(line.size), 0);

  let logo: HeaderPlan['logo'] = null;
  let textTop = box.top;
  let bottom = box.top + textHeight;
  if (hasLogo && beside) {
    const blockHeight = Math.max(LOGO, textHeight);
    logo = { x: box.left + 4, y: box.top + (blockHeight - LOGO) / 2 };
    textTop = box.top + (blockHeight - textHeight) / 2;
    bottom = box.top + blockHeight;
  } else if (hasLogo) {
    logo = { x: centre - LOGO / 2, y: box.top };
    textTop = box.top + LOGO + 6;
    bottom = textTop + textHeight;
  }
  const lines = sized.map((line) => {
    const placed = { ...line, top: textTop };
    textTop += lineStep(line.size);
    return placed;
  });
  const rule = bottom + RULE_GAP;
  return { logo, lines, rule, bottom: rule + RULE_HEIGHT };
}

function plan(ctx: PageContext, template: CertificateTemplate, box: Box): HeaderPlan {
  const key = `header:${box.left}:${box.right}:${box.top}:${template.orientation}:${template.logo}:${JSON.stringify(template.headerLines)}`;
  return ctx.memo(key, () => planHeader(ctx, template, box));
}

/** Where the content below the header may start. */
export function headerBottom(ctx: PageContext, template: CertificateTemplate, box: Box): number {
  return plan(ctx, template, box).bottom;
}

export function drawCertificateHeader(ctx: PageContext, template: CertificateTemplate, box: Box): void {
  const { doc } = ctx;
  const header = plan(ctx, template, box);
  const colour = template.colours.primary;
  const centre = (box.left + box.right) / 2;
  if (header.logo && template.logo) {
    drawImage(doc, ctx.image(template.logo), header.logo.x, header.logo.y, { width: LOGO, height: LOGO });
  }
  for (const line of header.lines) {
    drawLine(doc, line.text, centre, line.top, { font: line.font, size: line.size, color: colour }, 'center');
  }
  if (header.rule === null) return;
  doc.save();
  doc.moveTo(box.left, header.rule).lineTo(box.right, header.rule).lineWidth(2).stroke(colour);
  const thin = header.rule + RULE_HEIGHT - 0.5;
  doc.moveTo(box.left, thin).lineTo(box.right, thin).lineWidth(0.6).stroke(colour);
  doc.restore();
}
