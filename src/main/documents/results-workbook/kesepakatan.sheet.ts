/**
 * Sheet 6, Kesepakatan Penilai: how far the assessors agreed — overall and per competency, per
 * pair of assessors, per assessor against the agreed levels — with one sentence in plain words
 * at the top and what every figure means at the bottom.
 */
import type ExcelJS from 'exceljs';
import type { AgreementStatistics } from '../../../shared/contract';
import {
  AGREEMENT_EXPLANATIONS,
  AGREEMENT_STATISTICS,
  describeAlpha,
  describeKappa,
} from '../../../shared/domain/agreement-text';
import { formatNumberId, formatPercentId } from '../../../shared/domain/jpm';
import type { DataHash } from './data-hash';
import { HEADING_ROWS, writeHeading } from './headings';
import { RS } from './results-styles';
import { SheetWriter } from './sheet-writer';
import type { ResultsWorkbookView } from './view';

export const AGREEMENT_SHEET = 'Kesepakatan Penilai';

type Block = AgreementStatistics['overall'];

const fraction = (percent: number | null) => (percent === null ? null : percent / 100);

/** One sentence for a reader who does not know the statistics. */
export function agreementSummary(stats: AgreementStatistics): string {
  const o = stats.overall;
  if (o.pairableUnits === 0 || o.exactPercent === null || o.adjacentPercent === null) {
    return 'Belum ada peserta yang dinilai oleh dua asesor atau lebih pada kompetensi yang sama, jadi kesepakatan belum dapat dihitung.';
  }
  const alpha =
    o.alphaOrdinal === null
      ? ''
      : ` Alfa Krippendorff (ordinal) ${formatNumberId(o.alphaOrdinal, 3)}: ${describeAlpha(o.alphaOrdinal).label.toLowerCase()}.`;
  return (
    `Dari ${o.pairableUnits} penilaian peserta × kompetensi yang dinilai dua asesor atau lebih, ` +
    `${formatPercentId(o.exactPercent)} pasangan penilaian memberi level yang persis sama dan ` +
    `${formatPercentId(o.adjacentPercent)} berbeda paling banyak satu level.${alpha}`
  );
}

const BLOCK_HEADERS = [
  'Cakupan',
  'Unit dinilai',
  'Unit ≥2 asesor',
  'Persis sama',
  'Berdekatan (≤1 level)',
  'Alfa ordinal',
  'Alfa interval',
  'AC2 Gwet',
  'Tafsiran alfa',
  'Selisih 0',
  'Selisih 1',
  'Selisih 2',
  'Selisih 3',
  'Selisih 4',
];
const BLOCK_STYLES = [
  RS.text,
  RS.integer,
  RS.integer,
  RS.percent,
  RS.percent,
  RS.decimal3,
  RS.decimal3,
  RS.decimal3,
  RS.text,
  RS.integer,
  RS.integer,
  RS.integer,
  RS.integer,
  RS.integer,
];

function blockValues(label: string, b: Block): (string | number | null)[] {
  return [
    label,
    b.units,
    b.pairableUnits,
    fraction(b.exactPercent),
    fraction(b.adjacentPercent),
    b.alphaOrdinal,
    b.alphaInterval,
    b.ac2,
    describeAlpha(b.alphaOrdinal).label,
    ...[0, 1, 2, 3, 4].map((spread) => b.spreadCounts[spread] ?? 0),
  ];
}

export function writeKesepakatan(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  hash: DataHash,
  view: ResultsWorkbookView,
): void {
  const stats = view.agreement;
  const sheet = new SheetWriter(workbook, hash, {
    name: AGREEMENT_SHEET,
    widths: [34, 12, 12, 12, 14, 12, 12, 12, 26, 10, 10, 10, 10, 10],
    frozenRows: HEADING_ROWS,
  });
  writeHeading(sheet, 'KESEPAKATAN ANTARASESOR', view);
  sheet.row([agreementSummary(stats)], RS.label);
  sheet.blank();

  sheet.row(['Keseluruhan dan per kompetensi'], RS.label);
  sheet.row(BLOCK_HEADERS, RS.header);
  sheet.row(blockValues('Semua kompetensi', stats.overall), BLOCK_STYLES);
  for (const c of stats.competencies) sheet.row(blockValues(`${c.code} ${c.name}`, c), BLOCK_STYLES);
  sheet.blank();

  sheet.row(['Per pasangan asesor'], RS.label);
  sheet.row(
    [
      'Asesor A',
      'Asesor B',
      'Unit bersama',
      'Persis sama',
      'Berdekatan (≤1 level)',
      'Kappa kuadratik',
      'Tafsiran kappa',
      'Rata-rata selisih (A − B)',
    ],
    RS.header,
  );
  for (const p of stats.pairs) {
    sheet.row(
      [
        p.assessorA,
        p.assessorB,
        p.units,
        fraction(p.exactPercent),
        fraction(p.adjacentPercent),
        p.kappaQuadratic,
        describeKappa(p.kappaQuadratic).label,
        p.meanDifference,
      ],
      [RS.text, RS.text, RS.integer, RS.percent, RS.percent, RS.decimal3, RS.text, RS.decimal3],
    );
  }
  if (stats.pairs.length === 0)
    sheet.row(['Belum ada pasangan asesor yang menilai unit yang sama.'], RS.note);
  sheet.blank();

  sheet.row(['Per asesor (dibandingkan dengan level yang disepakati)'], RS.label);
  sheet.row(
    [
      'Asesor',
      'Penilaian',
      'Rata-rata simpangan',
      'Rata-rata simpangan mutlak',
      'Sama dengan level disepakati',
    ],
    RS.header,
  );
  for (const a of stats.assessors) {
    sheet.row(
      [a.name, a.ratings, a.meanDeviation, a.meanAbsoluteDeviation, fraction(a.matchPercent)],
      [RS.text, RS.integer, RS.decimal3, RS.decimal3, RS.percent],
    );
  }
  sheet.blank();

  sheet.row(['Arti setiap angka'], RS.label);
  for (const key of AGREEMENT_STATISTICS) {
    const { title, explanation } = AGREEMENT_EXPLANATIONS[key];
    // Columns B–I hold about 110 characters a line; Excel does not grow merged rows by itself.
    const lines = Math.ceil(explanation.length / 110);
    sheet.row([title, explanation], [RS.wrapLabel, RS.wrap], { merges: [[2, 9]], height: 15 * lines + 4 });
  }
  sheet.commit();
}
