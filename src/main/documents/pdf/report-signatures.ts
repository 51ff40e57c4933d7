/**
 * The foot of the individual report: the responsible assessor on the left, and on the right the
 * place and date over the head of the organiser (position in full, "Plt." when acting, room for
 * the signature, name in bold, rank, NIP).
 */
import { formatDateId } from '../../../shared/domain/dates';
import { formatNip } from '../../../shared/domain/nip';
import { FONT } from './fonts';
import type { ReportProgram } from './render-report';
import { REPORT_WIDTH, type ReportFlow } from './report-flow';
import { drawLine, widthOf, wrapBalanced, type LineStyle } from './text-lines';

const SIZE = 9;
const STEP = SIZE * 1.35;
const SIGNING_SPACE = 46;
const BLOCK_WIDTH = REPORT_WIDTH / 2 - 20;

function positionLines(doc: PDFKit.PDFDocument, program: ReportProgram, style: LineStyle): string[] {
  const measure = (text: string, size: number) => widthOf(doc, text, { ...style, size });
  const signatory = program.signatory;
  const position = `${signatory.acting ? 'Plt. ' : ''}${signatory.position || 'Kepala'}`;
  return wrapBalanced(measure, position, BLOCK_WIDTH, SIZE);
}

/** The height the signatures take, so the last paragraph above can move with them to a new page. */
export function reportSignaturesHeight(doc: PDFKit.PDFDocument, program: ReportProgram): number {
  const rows = Math.max(positionLines(doc, program, { font: FONT.serif, size: SIZE, color: '' }).length, 1);
  return 10 + STEP * (1 + rows) + SIGNING_SPACE + STEP * 3;
}

export function drawReportSignatures(
  doc: PDFKit.PDFDocument,
  flow: ReportFlow,
  program: ReportProgram,
  assessor: string,
  colour: string,
): void {
  const style: LineStyle = { font: FONT.serif, size: SIZE, color: colour };
  const bold: LineStyle = { ...style, font: FONT.serifBold, underline: true };
  const blockWidth = REPORT_WIDTH / 2 - 20;
  const measure = (text: string, size: number) => widthOf(doc, text, { ...style, size });
  const signatory = program.signatory;
  const position = wrapBalanced(
    measure,
    `${signatory.acting ? 'Plt. ' : ''}${signatory.position || 'Kepala'}`,
    blockWidth,
    SIZE,
  );
  const rows = Math.max(position.length, 1);
  flow.ensure(STEP * (2 + rows) + SIGNING_SPACE + STEP * 3 + 10);
  const top = flow.y + 10;
  const leftCentre = flow.left + blockWidth / 2;
  const rightCentre = flow.left + REPORT_WIDTH - blockWidth / 2;
  const date = program.startDate ? formatDateId(program.startDate) : '';
  const place = [program.city, date].filter(Boolean).join(', ');
  drawLine(doc, place, rightCentre, top, style, 'center');

  const nameY = top + STEP * (1 + rows) + SIGNING_SPACE;
  drawLine(doc, 'Asesor Penanggung Jawab,', leftCentre, top + STEP * rows, style, 'center');
  drawLine(doc, assessor || '(…………………………)', leftCentre, nameY, assessor ? bold : style, 'center');

  position.forEach((line, index) =>
    drawLine(doc, line, rightCentre, top + STEP * (1 + index), style, 'center'),
  );
  drawLine(
    doc,
    signatory.name || '(…………………………)',
    rightCentre,
    nameY,
    signatory.name ? bold : style,
    'center',
  );
  let y = nameY + STEP;
  if (signatory.rank) {
    drawLine(doc, signatory.rank, rightCentre, y, style, 'center');
    y += STEP;
  }
  if (signatory.nip) drawLine(doc, `NIP. ${formatNip(signatory.nip)}`, rightCentre, y, style, 'center');
  flow.y = y + STEP;
}
