import type { TFunction } from 'i18next';
import type { RosterPreview } from '../../../../shared/contract';
import { ROSTER_FIELD_SPECS } from '../../../../shared/domain/roster-fields';

export interface Advice {
  tone: 'ready' | 'warning' | 'partial' | 'blocked';
  text: string;
}

/** One or two sentences telling the operator where the file stands and what to do next. */
export function importAdvice(preview: RosterPreview, hasReport: boolean, t: TFunction): Advice {
  const mapped = new Set(preview.columns.flatMap((c) => (c.field ? [c.field] : [])));
  const missing = ROSTER_FIELD_SPECS.filter((spec) => spec.required && !mapped.has(spec.field)).map((spec) =>
    t(`rosterImport.mapping.fields.${spec.field}`),
  );
  if (missing.length > 0) {
    return { tone: 'blocked', text: t('rosterImport.advice.missingColumns', { fields: missing.join(', ') }) };
  }
  if (preview.rows === 0) return { tone: 'blocked', text: t('rosterImport.advice.noRows') };
  if (preview.valid === 0) return { tone: 'blocked', text: t('rosterImport.advice.noneValid') };
  if (preview.errorRows > 0) {
    const text = t('rosterImport.advice.someErrors', { errors: preview.errorRows, valid: preview.valid });
    return {
      tone: 'partial',
      text: hasReport ? `${text} ${t('rosterImport.advice.someErrorsReport')}` : text,
    };
  }
  if (preview.warningRows > 0) {
    return {
      tone: 'warning',
      text: t('rosterImport.advice.readyWithWarnings', { warnings: preview.warningRows }),
    };
  }
  return { tone: 'ready', text: t('rosterImport.advice.ready', { count: preview.rows }) };
}
