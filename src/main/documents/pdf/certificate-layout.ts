/**
 * One certificate page: background or drawn frame, letterhead, the body column and the footer with
 * signatures and the verification code. What every page of a batch shares is drawn once as a
 * stamp (see form-stamp.ts); the person's own fields are drawn on the page itself.
 */
import type { CertificateFields } from '../../../shared/domain/certificate-text';
import type { CertificateTemplate } from '../../../shared/schemas/certificate-template';
import { planCertificateBody } from './certificate-body';
import { CONTENT_INSET, FRAME, drawFrame } from './certificate-frame';
import { drawCertificateHeader, headerBottom } from './certificate-header';
import { planCertificateFooter, type Verification } from './certificate-footer';
import { drawImage } from './image-cache';
import type { PageContext } from './page-context';
import { A4 } from './pdf-document';

export interface PageSize {
  width: number;
  height: number;
}

export interface ContentBox {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export function certificatePageSize(template: Pick<CertificateTemplate, 'orientation'>): PageSize {
  return template.orientation === 'landscape'
    ? { width: A4.long, height: A4.short }
    : { width: A4.short, height: A4.long };
}

/** The content box inside the frame; exported so tests can check that text stays inside it. */
/** Everything printed stays inside this box: within the frame's inner hairline, with a margin. */
export function certificateSafeBox(size: PageSize): ContentBox {
  const inset = FRAME.outer + FRAME.band + FRAME.hairlineGap + 6;
  return { left: inset, right: size.width - inset, top: inset, bottom: size.height - inset };
}

export function certificateContentBox(size: PageSize): ContentBox {
  const side = CONTENT_INSET + 6;
  return { left: side, right: size.width - side, top: CONTENT_INSET, bottom: size.height - CONTENT_INSET };
}

const templateKeys = new WeakMap<CertificateTemplate, string>();

/** A batch usually passes one template object for every page: serialise it once. */
function keyOf(template: CertificateTemplate): string {
  let key = templateKeys.get(template);
  if (key === undefined) {
    key = JSON.stringify(template);
    templateKeys.set(template, key);
  }
  return key;
}

export function drawCertificatePage(
  ctx: PageContext,
  template: CertificateTemplate,
  fields: CertificateFields,
  verification: Verification | null,
): void {
  const { doc } = ctx;
  const size = certificatePageSize(template);
  doc.addPage({ size: 'A4', layout: template.orientation, margin: 0 });
  const templateKey = keyOf(template);
  const box = certificateContentBox(size);
  const footer = planCertificateFooter(ctx, template, box.left, box.right, box.bottom);
  const body = planCertificateBody(ctx, template, fields, {
    left: box.left,
    right: box.right,
    top: headerBottom(ctx, template, box),
    bottom: footer.top - 6,
  });
  const dateLine = [template.place, fields.tanggal].filter((part) => part !== '').join(', ');
  const issued = verification !== null;
  ctx.stamp(`${templateKey}\n${body.key}\n${dateLine}\n${issued}`, () => {
    if (template.background) {
      drawImage(doc, ctx.image(template.background), 0, 0, size);
    } else {
      drawFrame(doc, size.width, size.height, template.colours.primary);
      if (template.logo) watermark(ctx, template.logo, size);
    }
    drawCertificateHeader(ctx, template, box);
    body.drawShared();
    footer.drawShared(dateLine, issued);
  });
  body.drawPersonal();
  footer.drawPersonal(verification);
}

/** The emblem, large and faint behind the text, as on printed certificate paper. */
function watermark(ctx: PageContext, logo: string, size: PageSize): void {
  const side = Math.min(size.width, size.height) * 0.55;
  ctx.doc.save();
  ctx.doc.opacity(0.06);
  drawImage(ctx.doc, ctx.image(logo), (size.width - side) / 2, (size.height - side) / 2 + 20, {
    width: side,
    height: side,
  });
  ctx.doc.restore();
}
