/**
 * The three rows at the top of every sheet: what the sheet is, which programme, under which
 * rules. A printed page then says where it came from without the rest of the workbook.
 */
import { PURPOSE_LABELS } from '../../../shared/domain/categories';
import { formatDateRangeId } from '../../../shared/domain/dates';
import { RS } from './results-styles';
import type { SheetWriter } from './sheet-writer';
import type { ResultsWorkbookView } from './view';

/** Rows the heading takes; a sheet's table starts below. */
export const HEADING_ROWS = 3;

export function programLines(view: Pick<ResultsWorkbookView, 'program' | 'results'>): [string, string] {
  const { program, results } = view;
  const when = formatDateRangeId(program.startDate, program.endDate);
  const named = program.organiser ? `${program.name} — ${program.organiser}` : program.name;
  return [
    `${named} (${program.code})`,
    [
      `Tujuan: ${PURPOSE_LABELS[program.purpose]}`,
      when && `Pelaksanaan: ${when}`,
      results.settings.passRuleText,
      results.finalized ? 'Hasil final' : 'Hasil belum final (masih dapat berubah)',
    ]
      .filter(Boolean)
      .join(' · '),
  ];
}

export function writeHeading(sheet: SheetWriter, title: string, view: ResultsWorkbookView): void {
  const [programLine, rulesLine] = programLines(view);
  sheet.row([title], RS.title);
  sheet.row([programLine], RS.subtitle);
  sheet.row([rulesLine], RS.subtitle);
}
