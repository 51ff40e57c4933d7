import { CATEGORIES_BY_PURPOSE, type CategoryThresholds } from '../../../shared/domain/categories';
import { describePassRule } from '../../../shared/domain/ranking';
import { ResultPassRule, type ResultSettings } from '../../../shared/schemas/results';
import type { ResultSettingsRow } from '../../db/repos/results.repo';

/** Without a stored rule, the middle category and above passes (MMS for filling, CO for mapping). */
export function defaultPassRule(purpose: ResultSettingsRow['purpose']): ResultPassRule {
  return { kind: 'category', minimum: CATEGORIES_BY_PURPOSE[purpose][1] };
}

function storedPassRule(row: ResultSettingsRow): ResultPassRule {
  if (row.passRule === null) return defaultPassRule(row.purpose);
  const parsed = ResultPassRule.safeParse(JSON.parse(row.passRule));
  // A rule of the other purpose's category set (the purpose was changed later) falls back too.
  if (!parsed.success) return defaultPassRule(row.purpose);
  const rule = parsed.data;
  if (rule.kind === 'category' && !CATEGORIES_BY_PURPOSE[row.purpose].includes(rule.minimum)) {
    return defaultPassRule(row.purpose);
  }
  return rule;
}

export function resultSettingsOf(row: ResultSettingsRow): ResultSettings {
  const passRule = storedPassRule(row);
  return {
    programId: row.programId,
    reconciliation: row.reconciliation,
    extraAssessorSpread: row.extraAssessorSpread,
    thresholds: {
      pengisian: { top: row.thresholdMs, middle: row.thresholdMms },
      pemetaan: { top: row.thresholdO, middle: row.thresholdCo },
    },
    passRule,
    passRuleText: describePassRule(passRule),
    finalizedAt: row.finalizedAt,
    finalizedBy: row.finalizedBy,
  };
}

/** The threshold set that applies to the programme's purpose. */
export function thresholdsOf(
  settings: ResultSettings,
  purpose: ResultSettingsRow['purpose'],
): CategoryThresholds {
  return { purpose, ...settings.thresholds[purpose] };
}
