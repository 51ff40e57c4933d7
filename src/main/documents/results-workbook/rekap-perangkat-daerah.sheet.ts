/**
 * Sheet 3, Rekap Perangkat Daerah: one row per agency (unit) — candidates, present, complete,
 * the count per category, passed, the pass rate among those present and the mean score — and a
 * total row. Computed from the same results as the Rekapitulasi, so the counts always add up.
 */
import type ExcelJS from 'exceljs';
import type { CandidateResult, ProgramResults } from '../../../shared/contract';
import { CATEGORIES_BY_PURPOSE, CATEGORY_LABELS, type CategoryCode } from '../../../shared/domain/categories';
import { displayJpm } from '../../../shared/domain/jpm';
import type { DataHash } from './data-hash';
import { HEADING_ROWS, writeHeading } from './headings';
import { RS } from './results-styles';
import { SheetWriter } from './sheet-writer';
import type { ResultsWorkbookView } from './view';

export const AGENCY_SHEET = 'Rekap Perangkat Daerah';
export const AGENCY_HEADER_ROW = HEADING_ROWS + 1;
export const NO_UNIT = '(tanpa unit kerja)';
const BY_NAME = new Intl.Collator('id');

export interface AgencySummary {
  unit: string;
  candidates: number;
  present: number;
  complete: number;
  categories: number[];
  passed: number;
  /** Passed ÷ present, as a fraction; null with nobody present. */
  passRate: number | null;
  /** Mean of the raw scores of complete results, then cut like every shown JPM; a fraction. */
  meanScore: number | null;
}

function summarise(unit: string, members: readonly CandidateResult[], order: readonly CategoryCode[]) {
  const present = members.filter((c) => c.status !== 'absent').length;
  const passed = members.filter((c) => c.passed === true).length;
  const scores = members.flatMap((c) => (c.status === 'complete' && c.score !== null ? [c.score] : []));
  const mean = scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null;
  return {
    unit,
    candidates: members.length,
    present,
    complete: members.filter((c) => c.status === 'complete').length,
    categories: order.map((code) => members.filter((c) => c.category === code).length),
    passed,
    passRate: present ? passed / present : null,
    meanScore: mean === null ? null : displayJpm(mean) / 100,
  } satisfies AgencySummary;
}

/** Agencies by name (Indonesian collation), then the total over all of them. */
export function agencySummaries(
  results: ProgramResults,
  purpose: ResultsWorkbookView['program']['purpose'],
): { agencies: AgencySummary[]; total: AgencySummary } {
  const order = CATEGORIES_BY_PURPOSE[purpose];
  const byUnit = new Map<string, CandidateResult[]>();
  for (const c of results.candidates) {
    const unit = c.unit.trim() || NO_UNIT;
    const members = byUnit.get(unit);
    if (members) members.push(c);
    else byUnit.set(unit, [c]);
  }
  const agencies = [...byUnit.entries()]
    .sort(([a], [b]) => BY_NAME.compare(a, b))
    .map(([unit, members]) => summarise(unit, members, order));
  return { agencies, total: summarise('Jumlah', results.candidates, order) };
}

export function writeRekapPerangkatDaerah(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  hash: DataHash,
  view: ResultsWorkbookView,
): number {
  const order = CATEGORIES_BY_PURPOSE[view.program.purpose];
  const scoreLabel = view.results.scoreKind === 'rubric' ? 'Rata-rata Nilai' : 'Rata-rata JPM';
  const columns = [
    { header: 'Unit/Perangkat Daerah', width: 40, style: RS.text },
    { header: 'Peserta', width: 10, style: RS.integer },
    { header: 'Hadir', width: 10, style: RS.integer },
    { header: 'Hasil Lengkap', width: 10, style: RS.integer },
    ...order.map((code) => ({ header: `${CATEGORY_LABELS[code]} (${code})`, width: 14, style: RS.integer })),
    { header: 'Lulus', width: 10, style: RS.integer },
    { header: '% Lulus (dari yang hadir)', width: 13, style: RS.percent },
    { header: scoreLabel, width: 12, style: RS.percent },
  ];
  const sheet = new SheetWriter(workbook, hash, {
    name: AGENCY_SHEET,
    widths: columns.map((c) => c.width),
    frozenRows: AGENCY_HEADER_ROW,
    frozenColumns: 1,
    printTitleRows: [AGENCY_HEADER_ROW, AGENCY_HEADER_ROW],
  });
  writeHeading(sheet, 'REKAP PER PERANGKAT DAERAH', view);
  sheet.row(
    columns.map((c) => c.header),
    RS.header,
  );
  sheet.autoFilter(AGENCY_HEADER_ROW);
  const valuesOf = (a: AgencySummary) => [
    a.unit,
    a.candidates,
    a.present,
    a.complete,
    ...a.categories,
    a.passed,
    a.passRate,
    a.meanScore,
  ];
  const { agencies, total } = agencySummaries(view.results, view.program.purpose);
  const styles = columns.map((c) => c.style);
  for (const agency of agencies) sheet.row(valuesOf(agency), styles);
  sheet.row(
    valuesOf(total),
    columns.map((c, i) => (i === 0 ? RS.totalText : c.style === RS.percent ? RS.totalPercent : RS.total)),
  );
  sheet.commit();
  return agencies.length;
}
