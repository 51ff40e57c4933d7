/**
 * The individual assessment report (issue 6, DOMAIN.md "Individual report"): one candidate per
 * page or more, many candidates in one PDF. Identity and purpose, the competency table, JPM and
 * category, a profile chart drawn as vectors, strengths and areas to develop, development advice,
 * and the signatures of the responsible assessor and the head of the organiser. Pure: the caller
 * supplies the results (computeProgramResults) and the programme's fields.
 */
import { CATEGORY_LABELS, PURPOSE_LABELS, type Purpose } from '../../../shared/domain/categories';
import { formatDateId } from '../../../shared/domain/dates';
import { formatGrade } from '../../../shared/domain/grades';
import { formatJpmId } from '../../../shared/domain/jpm';
import { formatNip } from '../../../shared/domain/nip';
import type { Signatory } from '../../../shared/schemas/programs';
import type { CandidateResult } from '../../../shared/schemas/results';
import { tint } from './certificate-frame';
import { FONT } from './fonts';
import { createPdfDocument, renderPages, type PageLoopOptions } from './pdf-document';
import { drawProfileChart } from './report-chart';
import { areasToDevelop, developmentAdvice, strengthsOf } from './report-content';
import { REPORT_WIDTH, ReportFlow } from './report-flow';
import { drawReportSignatures, reportSignaturesHeight } from './report-signatures';
import { drawCompetencyTable } from './report-table';
import { drawLine, widthOf, wrapWords, type LineStyle } from './text-lines';

export interface ReportProgram {
  name: string;
  purpose: Purpose;
  organiser: string;
  /** ISO date of the assessment; null prints a dash. */
  startDate: string | null;
  city: string;
  /** The head of the organiser, who signs beside the responsible assessor. */
  signatory: Signatory;
}

export type ReportCandidate = Pick<
  CandidateResult,
  | 'participantNo'
  | 'nip'
  | 'name'
  | 'grade'
  | 'position'
  | 'positionLevel'
  | 'unit'
  | 'status'
  | 'competencies'
  | 'totalAchieved'
  | 'totalStandard'
  | 'jpm'
  | 'category'
  | 'pending'
>;

export interface ReportData {
  program: ReportProgram;
  candidate: ReportCandidate;
  /** Name (with titles) of the assessor responsible for this candidate's report. */
  responsibleAssessor: string;
}

export interface ReportRenderOptions extends PageLoopOptions {
  /** Fixed for reproducible bytes. */
  createdAt: Date;
  title?: string;
}

const COLOURS = { primary: '#1f3a68', text: '#1a1a1a' };
const SIZE = 9;
const STEP = SIZE * 1.35;

const text = (overrides: Partial<LineStyle> = {}): LineStyle => ({
  font: FONT.serif,
  size: SIZE,
  color: COLOURS.text,
  ...overrides,
});

function heading(doc: PDFKit.PDFDocument, flow: ReportFlow, title: string, after = 0): void {
  flow.ensure(STEP * 2 + after);
  drawLine(
    doc,
    title.toUpperCase(),
    flow.left,
    flow.y,
    text({ font: FONT.sansBold, size: 8.5, color: COLOURS.primary }),
  );
  flow.space(STEP + 2);
}

function drawTitle(doc: PDFKit.PDFDocument, flow: ReportFlow, data: ReportData): void {
  const centre = flow.left + REPORT_WIDTH / 2;
  if (data.program.organiser !== '') {
    drawLine(
      doc,
      data.program.organiser.toUpperCase(),
      centre,
      flow.y,
      text({ font: FONT.serifBold, size: 10, color: COLOURS.primary }),
      'center',
    );
    flow.space(15);
  }
  drawLine(
    doc,
    'LAPORAN INDIVIDU HASIL ASESMEN KOMPETENSI',
    centre,
    flow.y,
    text({ font: FONT.serifBold, size: 14, color: COLOURS.primary }),
    'center',
  );
  flow.space(19);
  drawLine(doc, data.program.name, centre, flow.y, text({ font: FONT.serifItalic, size: 10 }), 'center');
  flow.space(16);
  doc.save();
  doc
    .moveTo(flow.left, flow.y)
    .lineTo(flow.left + REPORT_WIDTH, flow.y)
    .lineWidth(1.6)
    .stroke(COLOURS.primary);
  doc
    .moveTo(flow.left, flow.y + 3)
    .lineTo(flow.left + REPORT_WIDTH, flow.y + 3)
    .lineWidth(0.5)
    .stroke(COLOURS.primary);
  doc.restore();
  flow.space(14);
}

/** Label/value pairs in two columns; values wrap within their column. */
function drawIdentity(doc: PDFKit.PDFDocument, flow: ReportFlow, data: ReportData): void {
  const { candidate, program } = data;
  const left: [string, string][] = [
    ['Nama', candidate.name],
    ['NIP', formatNip(candidate.nip)],
    ['Pangkat/Golongan', formatGrade(candidate.grade) || '—'],
    ['Jabatan', candidate.position || '—'],
    ['Unit Kerja', candidate.unit || '—'],
  ];
  const right: [string, string][] = [
    ['Nomor Peserta', candidate.participantNo || '—'],
    ['Tujuan Asesmen', PURPOSE_LABELS[program.purpose]],
    ['Jabatan Target', candidate.positionLevel || '—'],
    ['Penyelenggara', program.organiser || '—'],
    ['Tanggal Asesmen', program.startDate ? formatDateId(program.startDate) : '—'],
  ];
  const columnWidth = (REPORT_WIDTH - 16) / 2;
  const labelWidth = 84;
  const valueWidth = columnWidth - labelWidth - 8;
  const measure = (value: string, size: number) => widthOf(doc, value, text({ size }));
  const top = flow.y;
  let bottom = top;
  [left, right].forEach((rows, column) => {
    const x = flow.left + column * (columnWidth + 16);
    let y = top;
    rows.forEach(([label, value], index) => {
      const bold = column === 0 && index === 0;
      const lines = wrapWords(measure, value, valueWidth, SIZE);
      drawLine(doc, label, x, y, text({ color: '#444444' }));
      drawLine(doc, ':', x + labelWidth, y, text());
      lines.forEach((line, row) =>
        drawLine(doc, line, x + labelWidth + 8, y + row * STEP, text(bold ? { font: FONT.serifBold } : {})),
      );
      y += lines.length * STEP + 2;
    });
    bottom = Math.max(bottom, y);
  });
  flow.y = bottom + 6;
  const notice =
    data.candidate.status === 'absent'
      ? 'Peserta tidak hadir: tidak ada hasil asesmen untuk dilaporkan.'
      : data.candidate.status === 'incomplete'
        ? `Hasil belum lengkap: ${data.candidate.pending} kompetensi belum memiliki level yang disepakati.`
        : null;
  if (notice) {
    doc.save();
    doc.rect(flow.left, flow.y, REPORT_WIDTH, STEP + 8).fill('#fdf1e6');
    doc.restore();
    drawLine(doc, notice, flow.left + 8, flow.y + 4, text({ font: FONT.serifBold, color: '#a04000' }));
    flow.space(STEP + 16);
  }
}

function drawSummary(doc: PDFKit.PDFDocument, flow: ReportFlow, candidate: ReportCandidate): void {
  flow.ensure(34);
  const y = flow.y + 6;
  doc.save();
  doc.rect(flow.left, y, REPORT_WIDTH, 26).fill(tint(COLOURS.primary, 0.9));
  doc.restore();
  const category = candidate.category
    ? `${CATEGORY_LABELS[candidate.category]} (${candidate.category})`
    : '—';
  const style = text({ font: FONT.serifBold, size: 10.5, color: COLOURS.primary });
  drawLine(doc, `Job Person Match (JPM): ${formatJpmId(candidate.jpm)}`, flow.left + 10, y + 7.5, style);
  drawLine(doc, `Kategori: ${category}`, flow.left + REPORT_WIDTH - 10, y + 7.5, style, 'right');
  flow.y = y + 26 + 12;
}

/** Strengths over areas to develop, in a column of the given width starting at x; returns its height. */
function drawLists(
  doc: PDFKit.PDFDocument,
  candidate: ReportCandidate,
  x: number,
  top: number,
  width: number,
): number {
  const sections: [string, string[]][] = [
    ['Kekuatan', strengthsOf(candidate.competencies)],
    ['Area pengembangan', areasToDevelop(candidate.competencies)],
  ];
  const measure = (value: string, size: number) => widthOf(doc, value, text({ size }));
  let y = top;
  for (const [title, items] of sections) {
    drawLine(
      doc,
      title.toUpperCase(),
      x,
      y,
      text({ font: FONT.sansBold, size: 8.5, color: COLOURS.primary }),
    );
    y += STEP + 2;
    for (const item of items.length ? items : ['—']) {
      wrapWords(measure, item, width - 10, SIZE).forEach((line, row) => {
        if (row === 0 && line !== '—') drawLine(doc, '•', x, y, text());
        drawLine(doc, line, x + 10, y, text());
        y += STEP;
      });
    }
    y += 8;
  }
  return y - top;
}

/** The profile chart with the strengths and areas to develop beside it. */
function drawProfile(doc: PDFKit.PDFDocument, flow: ReportFlow, candidate: ReportCandidate): void {
  const chartWidth = Math.round(REPORT_WIDTH * 0.6);
  const chartHeight = 140;
  const listX = flow.left + chartWidth + 24;
  const listWidth = REPORT_WIDTH - chartWidth - 24;
  // Measured first on a throwaway basis would cost a second layout; lists are short, so the
  // chart's height (or a generous list estimate) decides whether a new page is needed.
  const listLines = candidate.competencies.length + 6;
  flow.ensure(STEP * 2 + Math.max(chartHeight, listLines * STEP));
  heading(doc, flow, 'Profil kompetensi');
  const top = flow.y;
  if (candidate.competencies.length > 0) {
    drawProfileChart(doc, candidate.competencies, {
      x: flow.left,
      y: top,
      width: chartWidth,
      height: chartHeight,
    });
  }
  const listHeight = drawLists(doc, candidate, listX, top - STEP - 2, listWidth);
  flow.y = Math.max(top + chartHeight + 10, top - STEP - 2 + listHeight);
}

function drawAdvice(doc: PDFKit.PDFDocument, flow: ReportFlow, data: ReportData): void {
  const { candidate } = data;
  const advice = developmentAdvice(candidate.competencies);
  if (advice.length === 0) return;
  const measure = (value: string, size: number) => widthOf(doc, value, text({ size }));
  // The heading never ends a page alone: it asks for room for the first piece of advice too.
  const first = wrapWords(measure, advice[0] as string, REPORT_WIDTH - 16, SIZE);
  heading(doc, flow, 'Saran pengembangan', first.length * STEP);
  advice.forEach((sentence, index) => {
    const lines = wrapWords(measure, sentence, REPORT_WIDTH - 16, SIZE);
    // Signatures never stand alone on a page: the last piece of advice goes with them.
    const last = index === advice.length - 1;
    flow.ensure(lines.length * STEP + (last ? reportSignaturesHeight(doc, data.program) + 9 : 0));
    drawLine(doc, `${index + 1}.`, flow.left, flow.y, text());
    lines.forEach((line, row) => drawLine(doc, line, flow.left + 16, flow.y + row * STEP, text()));
    flow.space(lines.length * STEP + 3);
  });
  flow.space(6);
}

function drawReport(doc: PDFKit.PDFDocument, data: ReportData): void {
  const { candidate } = data;
  const nip = formatNip(candidate.nip);
  const flow = new ReportFlow(
    doc,
    `Laporan individu hasil asesmen · ${candidate.name} · NIP ${nip}`,
    `Laporan individu — ${candidate.name} (lanjutan)`,
  );
  flow.start();
  drawTitle(doc, flow, data);
  drawIdentity(doc, flow, data);
  heading(doc, flow, 'Hasil per kompetensi', 40);
  drawCompetencyTable(doc, flow, candidate.competencies, candidate, COLOURS);
  drawSummary(doc, flow, candidate);
  drawProfile(doc, flow, candidate);
  drawAdvice(doc, flow, data);
  drawReportSignatures(doc, flow, data.program, data.responsibleAssessor, COLOURS.text);
}

export async function renderReportsPdf(reports: ReportData[], options: ReportRenderOptions): Promise<Buffer> {
  if (reports.length === 0) throw new RangeError('renderReportsPdf: no reports to render');
  const doc = createPdfDocument({
    layout: 'portrait',
    createdAt: options.createdAt,
    title:
      options.title ??
      (reports.length === 1
        ? `Laporan individu ${reports[0]?.candidate.name}`
        : 'Laporan individu hasil asesmen'),
  });
  return renderPages(doc, reports, (report) => drawReport(doc, report), options);
}
