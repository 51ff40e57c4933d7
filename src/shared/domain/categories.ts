/**
 * Purposes of an assessment and the result categories each one uses (see DOMAIN.md, Results).
 * Pengisian jabatan (filling a position) uses MS/MMS/KMS; pemetaan (mapping) uses
 * Optimal/Cukup Optimal/Kurang Optimal.
 */
export const PURPOSES = ['pemetaan', 'pengisian'] as const;
export type Purpose = (typeof PURPOSES)[number];

export const PURPOSE_LABELS: Record<Purpose, string> = {
  pemetaan: 'Pemetaan kompetensi',
  pengisian: 'Pengisian jabatan',
};

export const CATEGORY_CODES = ['MS', 'MMS', 'KMS', 'O', 'CO', 'KO'] as const;
export type CategoryCode = (typeof CATEGORY_CODES)[number];

export const CATEGORY_LABELS: Record<CategoryCode, string> = {
  MS: 'Memenuhi Syarat',
  MMS: 'Masih Memenuhi Syarat',
  KMS: 'Kurang Memenuhi Syarat',
  O: 'Optimal',
  CO: 'Cukup Optimal',
  KO: 'Kurang Optimal',
};

/** The three categories of each purpose, best first. */
export const CATEGORIES_BY_PURPOSE: Record<Purpose, readonly [CategoryCode, CategoryCode, CategoryCode]> = {
  pengisian: ['MS', 'MMS', 'KMS'],
  pemetaan: ['O', 'CO', 'KO'],
};

/**
 * A programme's category thresholds, in JPM percent. `top` is the lowest JPM of the best category
 * and `middle` the lowest JPM of the middle one; anything below `middle` is the lowest category.
 * Both bounds are inclusive: a JPM exactly at a threshold belongs to the upper category.
 */
export interface CategoryThresholds {
  purpose: Purpose;
  top: number;
  middle: number;
}

export const DEFAULT_CATEGORY_THRESHOLDS: Readonly<Record<Purpose, Readonly<CategoryThresholds>>> = {
  pengisian: { purpose: 'pengisian', top: 80, middle: 68 },
  pemetaan: { purpose: 'pemetaan', top: 90, middle: 78 },
};

/** A fresh, editable copy of the standard thresholds of a purpose. */
export function defaultThresholds(purpose: Purpose): CategoryThresholds {
  return { ...DEFAULT_CATEGORY_THRESHOLDS[purpose] };
}

export type ThresholdProblemCode = 'thresholds-not-numbers' | 'thresholds-order' | 'thresholds-range';

export const THRESHOLD_MESSAGES: Record<ThresholdProblemCode, string> = {
  'thresholds-not-numbers': 'Batas kategori harus berupa angka persen.',
  'thresholds-order': 'Batas kategori teratas harus lebih besar dari batas kategori tengah.',
  'thresholds-range': 'Batas kategori harus di antara 0 % dan 100 %.',
};

/** Checks thresholds an operator edited; null when they can be used. */
export function thresholdProblem(thresholds: CategoryThresholds): ThresholdProblemCode | null {
  const { top, middle } = thresholds;
  if (!Number.isFinite(top) || !Number.isFinite(middle)) return 'thresholds-not-numbers';
  if (middle <= 0 || top > 100) return 'thresholds-range';
  if (top <= middle) return 'thresholds-order';
  return null;
}

/**
 * The category of a raw JPM (never a rounded or capped one). The comparison is plain `>=` on
 * the stored value, with no tolerance: 79.99999 is MMS, 80 is MS. JPM computed by `jpmPercent`
 * from integer level sums is exact whenever the true percentage is a whole number, so a
 * candidate who sits exactly on a threshold always gets the upper category.
 *
 * One consequence to know: the display rounds to one decimal, so with a standard total of 59 or
 * more a JPM of 77.966 shows as "78,0 %" while its category stays Kurang Optimal. The category
 * follows the true value; the display is only a display.
 */
export function categoryOf(jpm: number, thresholds: CategoryThresholds): CategoryCode {
  if (!Number.isFinite(jpm)) throw new RangeError(`categoryOf: JPM must be a finite number, got ${jpm}`);
  const [best, middle, lowest] = CATEGORIES_BY_PURPOSE[thresholds.purpose];
  if (jpm >= thresholds.top) return best;
  if (jpm >= thresholds.middle) return middle;
  return lowest;
}

/** The purpose whose category set holds `code`. */
export function purposeOfCategory(code: CategoryCode): Purpose {
  return CATEGORIES_BY_PURPOSE.pengisian.includes(code) ? 'pengisian' : 'pemetaan';
}

/**
 * True when `code` is `minimum` or better. Both must come from the same set: comparing MS with
 * Optimal has no meaning and throws.
 */
export function meetsCategory(code: CategoryCode, minimum: CategoryCode): boolean {
  const purpose = purposeOfCategory(minimum);
  const order = CATEGORIES_BY_PURPOSE[purpose];
  const at = order.indexOf(code);
  if (at < 0) throw new RangeError(`meetsCategory: ${code} is not a ${purpose} category like ${minimum}`);
  return at <= order.indexOf(minimum);
}
