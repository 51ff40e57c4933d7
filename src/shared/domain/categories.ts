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
