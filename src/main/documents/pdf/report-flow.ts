/**
 * A top-to-bottom cursor over the pages of one candidate's report: sections ask for the height
 * they need and get a fresh page (with a continuation line and the page footer) when it is not
 * there, so a programme with many technical competencies still prints cleanly.
 */
import { FONT } from './fonts';
import { A4 } from './pdf-document';
import { drawLine } from './text-lines';

export const REPORT_MARGIN = { left: 50, right: 50, top: 46, bottom: 54 } as const;
export const REPORT_PAGE = { width: A4.short, height: A4.long } as const;
export const REPORT_WIDTH = REPORT_PAGE.width - REPORT_MARGIN.left - REPORT_MARGIN.right;
const MUTED = '#666666';

export class ReportFlow {
  y: number = REPORT_MARGIN.top;
  private page = 0;

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    /** "Laporan individu · Nama · NIP …", printed at the foot of every page. */
    private readonly footer: string,
    /** Printed at the top of a continuation page. */
    private readonly continued: string,
  ) {}

  get left(): number {
    return REPORT_MARGIN.left;
  }

  get bottom(): number {
    return REPORT_PAGE.height - REPORT_MARGIN.bottom;
  }

  start(): void {
    this.doc.addPage({ size: 'A4', layout: 'portrait', margin: 0 });
    this.page += 1;
    this.y = REPORT_MARGIN.top;
    const style = { font: FONT.sans, size: 7, color: MUTED };
    const footY = REPORT_PAGE.height - REPORT_MARGIN.bottom + 22;
    this.doc.save();
    this.doc
      .moveTo(REPORT_MARGIN.left, footY - 5)
      .lineTo(REPORT_PAGE.width - REPORT_MARGIN.right, footY - 5)
      .lineWidth(0.4)
      .stroke('#bbbbbb');
    this.doc.restore();
    drawLine(this.doc, this.footer, REPORT_MARGIN.left, footY, style);
    drawLine(
      this.doc,
      `Halaman ${this.page}`,
      REPORT_PAGE.width - REPORT_MARGIN.right,
      footY,
      style,
      'right',
    );
    if (this.page > 1) {
      drawLine(this.doc, this.continued, REPORT_MARGIN.left, this.y, { ...style, size: 8 });
      this.y += 18;
    }
  }

  /** Makes sure `height` fits below the cursor; starts a new page when it does not. */
  ensure(height: number): boolean {
    if (this.y + height <= this.bottom) return false;
    this.start();
    return true;
  }

  space(height: number): void {
    this.y += height;
  }
}
