/**
 * The competency profile of the individual report, drawn with pdfkit's vector operations: per
 * competency a bar for the standard level beside a bar for the achieved level, a level grid and a
 * legend. Achieved bars below standard take the warning colour, so a reader sees the gaps first.
 */
import { FONT } from './fonts';
import { drawLine, widthOf, type LineStyle } from './text-lines';

export interface ChartCompetency {
  code: string;
  standard: number | null;
  achieved: number | null;
}

export interface ChartColours {
  standard: string;
  achieved: string;
  below: string;
  text: string;
  grid: string;
}

export const CHART_COLOURS: ChartColours = {
  standard: '#b8c4d6',
  achieved: '#1f3a68',
  below: '#c0392b',
  text: '#1a1a1a',
  grid: '#d5d9e0',
};

const LEGEND_HEIGHT = 16;
const AXIS_LABELS = 14;
const Y_LABELS = 16;

/** Bars of one competency; exported so a test can check the geometry without reading the PDF. */
export interface BarGeometry {
  code: string;
  /** Middle of the competency's band on the x axis. */
  centre: number;
  standard: { x: number; y: number; width: number; height: number } | null;
  achieved: { x: number; y: number; width: number; height: number } | null;
}

export function chartGeometry(
  competencies: readonly ChartCompetency[],
  box: { x: number; y: number; width: number; height: number },
): { levels: number; plot: { x: number; y: number; width: number; height: number }; bars: BarGeometry[] } {
  const values = competencies.flatMap((c) => [c.standard ?? 0, c.achieved ?? 0]);
  const levels = Math.max(5, ...values);
  const plot = {
    x: box.x + Y_LABELS,
    y: box.y + LEGEND_HEIGHT,
    width: box.width - Y_LABELS,
    height: box.height - LEGEND_HEIGHT - AXIS_LABELS,
  };
  const band = plot.width / Math.max(1, competencies.length);
  const barWidth = Math.min(18, band * 0.32);
  const bar = (value: number | null, x: number) => {
    if (value === null) return null;
    const height = (value / levels) * plot.height;
    return { x, y: plot.y + plot.height - height, width: barWidth, height };
  };
  const bars = competencies.map((c, index) => {
    const centre = plot.x + band * (index + 0.5);
    return {
      code: c.code,
      centre,
      standard: bar(c.standard, centre - barWidth - 1),
      achieved: bar(c.achieved, centre + 1),
    };
  });
  return { levels, plot, bars };
}

export function drawProfileChart(
  doc: PDFKit.PDFDocument,
  competencies: readonly ChartCompetency[],
  box: { x: number; y: number; width: number; height: number },
  colours: ChartColours = CHART_COLOURS,
): void {
  const { levels, plot, bars } = chartGeometry(competencies, box);
  const small: LineStyle = { font: FONT.sans, size: 7, color: colours.text };
  doc.save();
  for (let level = 0; level <= levels; level++) {
    const y = plot.y + plot.height - (level / levels) * plot.height;
    doc
      .moveTo(plot.x, y)
      .lineTo(plot.x + plot.width, y)
      .lineWidth(level === 0 ? 0.8 : 0.4)
      .stroke(level === 0 ? colours.text : colours.grid);
    drawLine(doc, String(level), plot.x - 5, y - 3.5, small, 'right');
  }
  bars.forEach((geometry, index) => {
    const competency = competencies[index] as ChartCompetency;
    if (geometry.standard) {
      const { x, y, width, height } = geometry.standard;
      doc.rect(x, y, width, height).fill(colours.standard);
    }
    if (geometry.achieved) {
      const { x, y, width, height } = geometry.achieved;
      const below =
        competency.standard !== null &&
        competency.achieved !== null &&
        competency.achieved < competency.standard;
      doc.rect(x, y, width, height).fill(below ? colours.below : colours.achieved);
      drawLine(doc, String(competency.achieved), x + width / 2, y - 9, small, 'center');
    }
    drawLine(
      doc,
      geometry.code,
      geometry.centre,
      plot.y + plot.height + 4,
      { ...small, size: 7.5 },
      'center',
    );
  });
  const legend: [string, string][] = [
    ['Standar', colours.standard],
    ['Capaian', colours.achieved],
    ['Capaian di bawah standar', colours.below],
  ];
  let x = plot.x;
  for (const [label, colour] of legend) {
    doc.rect(x, box.y + 2, 8, 8).fill(colour);
    const style = { ...small, size: 7.5 };
    drawLine(doc, label, x + 12, box.y + 1.5, style);
    x += 12 + widthOf(doc, label, style) + 14;
  }
  doc.restore();
}
