/**
 * The competency table of the individual report: standard, achieved and gap per competency, the
 * totals. Rows break across pages with the header row repeated.
 */
import type { ResultCompetency } from '../../../shared/schemas/results';
import { tint } from './certificate-frame';
import { FONT } from './fonts';
import type { ReportFlow } from './report-flow';
import { REPORT_WIDTH } from './report-flow';
import { drawLine, widthOf, wrapWords, type Align, type LineStyle } from './text-lines';

export interface TableTotals {
  totalStandard: number | null;
  totalAchieved: number | null;
}

interface Column {
  title: string;
  width: number;
  align: Align;
}

const FIXED = [22, 52, 52, 40, 88];
const COLUMNS: Column[] = [
  { title: 'No', width: 22, align: 'center' },
  { title: 'Kompetensi', width: REPORT_WIDTH - FIXED.reduce((a, b) => a + b, 0), align: 'left' },
  { title: 'Standar', width: 52, align: 'center' },
  { title: 'Capaian', width: 52, align: 'center' },
  { title: 'Gap', width: 40, align: 'center' },
  { title: 'Keterangan', width: 88, align: 'center' },
];
const SIZE = 8.5;
const LINE = SIZE * 1.3;
const PAD = 2.8;

const number = (value: number | null) => (value === null ? '—' : String(value));
const signed = (value: number | null) => (value === null ? '—' : value > 0 ? `+${value}` : String(value));

function remark(c: ResultCompetency): string {
  if (c.gap === null) return 'Belum ditetapkan';
  return c.gap >= 0 ? 'Memenuhi' : 'Belum memenuhi';
}

function drawRow(
  doc: PDFKit.PDFDocument,
  flow: ReportFlow,
  cells: string[][],
  options: { fill?: string; style: LineStyle },
): void {
  const height = Math.max(...cells.map((lines) => lines.length)) * LINE + 2 * PAD;
  let x = flow.left;
  if (options.fill) {
    doc.save();
    doc.rect(x, flow.y, REPORT_WIDTH, height).fill(options.fill);
    doc.restore();
  }
  COLUMNS.forEach((column, index) => {
    const lines = cells[index] ?? [];
    const anchor = column.align === 'left' ? x + PAD : x + column.width / 2;
    lines.forEach((line, row) =>
      drawLine(doc, line, anchor, flow.y + PAD + row * LINE, options.style, column.align),
    );
    x += column.width;
  });
  doc.save();
  doc
    .moveTo(flow.left, flow.y + height)
    .lineTo(flow.left + REPORT_WIDTH, flow.y + height)
    .lineWidth(0.4)
    .stroke('#c8ccd4');
  doc.restore();
  flow.y += height;
}

export function drawCompetencyTable(
  doc: PDFKit.PDFDocument,
  flow: ReportFlow,
  competencies: readonly ResultCompetency[],
  totals: TableTotals,
  colours: { primary: string; text: string },
): void {
  const body: LineStyle = { font: FONT.serif, size: SIZE, color: colours.text };
  const bold: LineStyle = { ...body, font: FONT.serifBold };
  const header = () =>
    drawRow(
      doc,
      flow,
      COLUMNS.map((column) => [column.title]),
      { fill: colours.primary, style: { ...bold, font: FONT.sansBold, size: 8, color: '#ffffff' } },
    );
  const nameWidth = (COLUMNS[1] as Column).width - 2 * PAD;
  const measure = (text: string, size: number) => widthOf(doc, text, { ...body, size });
  flow.ensure(LINE * 3 + 4 * PAD);
  header();
  competencies.forEach((c, index) => {
    const name = wrapWords(measure, `${c.code}  ${c.name}`, nameWidth, SIZE);
    const height = name.length * LINE + 2 * PAD;
    if (flow.ensure(height)) header();
    const below = c.gap !== null && c.gap < 0;
    drawRow(
      doc,
      flow,
      [[String(index + 1)], name, [number(c.standard)], [number(c.achieved)], [signed(c.gap)], [remark(c)]],
      {
        ...(index % 2 === 1 && { fill: tint(colours.primary, 0.93) }),
        style: below ? { ...body, color: '#a93226' } : body,
      },
    );
  });
  const gapTotal =
    totals.totalAchieved !== null && totals.totalStandard !== null
      ? totals.totalAchieved - totals.totalStandard
      : null;
  flow.ensure(3 * (LINE + 2 * PAD));
  drawRow(
    doc,
    flow,
    [
      [''],
      ['Jumlah'],
      [number(totals.totalStandard)],
      [number(totals.totalAchieved)],
      [signed(gapTotal)],
      [''],
    ],
    {
      fill: tint(colours.primary, 0.85),
      style: bold,
    },
  );
}
