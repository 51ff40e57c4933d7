/**
 * The foot of a certificate: one or two signature blocks as Indonesian official documents set them
 * (place and date; the position in full, "Plt." when acting; room for the wet signature and the
 * stamp; the name in bold with titles; the rank; "NIP. …") and the verification QR code with its
 * short code. With one signature the QR stands at the left; with two it stands between them.
 */
import { formatNip } from '../../../shared/domain/nip';
import type { Signatory } from '../../../shared/schemas/programs';
import type { CertificateTemplate } from '../../../shared/schemas/certificate-template';
import { fitText, type MeasureText } from './fit-text';
import { FONT } from './fonts';
import type { PageContext } from './page-context';
import { drawQr } from './qr-vector';
import { drawLine, widthOf, wrapBalanced, type LineStyle } from './text-lines';

export interface Verification {
  qrText: string;
  shortCode: string;
}

const SIZE = 11;
const STEP = SIZE * 1.3;
/** Height left blank for the wet signature and the stamp over it. */
const SIGNING_SPACE = 58;
const QR_SIZE = 84;
const QR_LABEL = 9;
const GAP = 16;
const GREY = '#888888';

interface SignatureLayout {
  position: string[];
  name: { text: string; size: number };
  rank: string;
  nip: string;
}

const measureFor =
  (ctx: PageContext, font: string): MeasureText =>
  (text, size) =>
    widthOf(ctx.doc, text, { font, size, color: '' });

function layoutSignature(ctx: PageContext, signature: Signatory, width: number): SignatureLayout {
  const position = `${signature.acting ? 'Plt. ' : ''}${signature.position}`;
  const name = fitText(measureFor(ctx, FONT.serifBold), signature.name, {
    width,
    maxSize: SIZE,
    minSize: 7,
    maxLines: 1,
  });
  return {
    position: position === '' ? [] : wrapBalanced(measureFor(ctx, FONT.serif), position, width, SIZE),
    name: { text: signature.name, size: name.size },
    rank: signature.rank,
    nip: signature.nip === '' ? '' : `NIP. ${formatNip(signature.nip)}`,
  };
}

interface FooterGeometry {
  blockWidth: number;
  /** Horizontal centre of each signature block. */
  centres: number[];
  qrLeft: number;
}

function geometry(count: number, left: number, right: number): FooterGeometry {
  const width = right - left;
  if (count === 1) {
    const blockWidth = Math.min(300, width / 2 - GAP);
    // In from the edge, so the code's label (wider than the code) stays clear of the frame.
    return { blockWidth, centres: [right - blockWidth / 2], qrLeft: left + 12 };
  }
  const blockWidth = Math.min(280, (width - QR_SIZE - 4 * GAP) / 2);
  return {
    blockWidth,
    centres: [left + blockWidth / 2, right - blockWidth / 2],
    qrLeft: (left + right) / 2 - QR_SIZE / 2,
  };
}

export interface FooterPlan {
  /** Where the footer begins; the content above must end before it. */
  top: number;
  /** Signatures, the place and date, the labels around the code: the same on every page. */
  drawShared(dateLine: string, issued: boolean): void;
  /** This certificate's QR code and short code. */
  drawPersonal(verification: Verification | null): void;
}

/** Lays out the footer against the bottom edge `bottom`. */
export function planCertificateFooter(
  ctx: PageContext,
  template: CertificateTemplate,
  left: number,
  right: number,
  bottom: number,
): FooterPlan {
  const { doc } = ctx;
  const geo = geometry(template.signatures.length, left, right);
  const blocks = ctx.memo(`signatures:${geo.blockWidth}:${JSON.stringify(template.signatures)}`, () =>
    template.signatures.map((signature) => layoutSignature(ctx, signature, geo.blockWidth)),
  );
  // Names line up across two blocks even when one position needs more lines than the other.
  const positionRows = Math.max(...blocks.map((block) => block.position.length));
  const height = STEP + positionRows * STEP + SIGNING_SPACE + 3 * STEP;
  const top = bottom - height;
  const qrTop = bottom - QR_SIZE - 2 * QR_LABEL;
  const qrCentre = geo.qrLeft + QR_SIZE / 2;
  const text: LineStyle = { font: FONT.serif, size: SIZE, color: template.colours.text };
  const label: LineStyle = { font: FONT.sans, size: 7, color: template.colours.text };

  return {
    top: Math.min(top, qrTop),
    drawShared(dateLine, issued) {
      blocks.forEach((block, index) => {
        const cx = geo.centres[index] as number;
        let y = top;
        // The place and date head the last block, the one that signs for the agency.
        if (index === blocks.length - 1) drawLine(doc, dateLine, cx, y, text, 'center');
        y += STEP + (positionRows - block.position.length) * STEP;
        for (const line of block.position) {
          drawLine(doc, line, cx, y, text, 'center');
          y += STEP;
        }
        y += SIGNING_SPACE;
        const nameStyle = { ...text, font: FONT.serifBold, size: block.name.size, underline: true };
        drawLine(doc, block.name.text, cx, y, nameStyle, 'center');
        y += STEP;
        drawLine(doc, block.rank, cx, y, text, 'center');
        if (block.rank !== '') y += STEP;
        drawLine(doc, block.nip, cx, y, text, 'center');
      });
      if (issued) {
        drawLine(
          doc,
          'Pindai untuk memeriksa keaslian',
          qrCentre,
          qrTop + QR_SIZE + 3 + QR_LABEL,
          label,
          'center',
        );
        return;
      }
      // An unissued preview: a marked box where the code will be, so nobody mistakes it for valid.
      doc.save();
      doc
        .rect(geo.qrLeft + 0.5, qrTop + 0.5, QR_SIZE - 1, QR_SIZE - 1)
        .lineWidth(1)
        .dash(3, { space: 3 })
        .stroke(GREY);
      doc.restore();
      drawLine(
        doc,
        'CONTOH',
        qrCentre,
        qrTop + QR_SIZE / 2 - 6,
        { font: FONT.sansBold, size: 11, color: GREY },
        'center',
      );
      drawLine(doc, 'Belum diterbitkan', qrCentre, qrTop + QR_SIZE + 3, label, 'center');
    },
    drawPersonal(verification) {
      if (!verification) return;
      drawQr(doc, verification.qrText, geo.qrLeft, qrTop, QR_SIZE);
      const code = `Kode verifikasi: ${verification.shortCode}`;
      const fitted = fitText(measureFor(ctx, FONT.sansBold), code, {
        width: QR_SIZE + 40,
        maxSize: 7.5,
        minSize: 5,
        maxLines: 1,
      });
      drawLine(
        doc,
        code,
        qrCentre,
        qrTop + QR_SIZE + 3,
        { ...label, font: FONT.sansBold, size: fitted.size },
        'center',
      );
    },
  };
}
