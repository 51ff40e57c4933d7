/**
 * Assessment methods (alat ukur) and a default competency × method matrix: which method gives
 * evidence for which competency. A programme copies both and may edit them.
 */
export interface MethodPreset {
  code: string;
  name: string;
  /** Competency codes this method gives evidence for by default. */
  evidenceFor: readonly string[];
}

export const METHOD_PRESETS: readonly MethodPreset[] = [
  { code: 'IT', name: 'In-tray / in-basket', evidenceFor: ['M.1', 'M.4', 'M.5', 'M.8'] },
  { code: 'PP', name: 'Penulisan proposal', evidenceFor: ['M.4', 'M.7', 'M.8'] },
  { code: 'PR', name: 'Presentasi', evidenceFor: ['M.3', 'M.4', 'M.7'] },
  { code: 'AK', name: 'Analisis kasus', evidenceFor: ['M.5', 'M.7', 'M.8'] },
  { code: 'LGD', name: 'Diskusi kelompok tanpa pemimpin (LGD)', evidenceFor: ['M.2', 'M.3', 'M.8', 'SK.1'] },
  { code: 'RP', name: 'Bermain peran (role play)', evidenceFor: ['M.3', 'M.5', 'M.6'] },
  { code: 'BG', name: 'Permainan bisnis (business game)', evidenceFor: ['M.2', 'M.4', 'M.8'] },
  { code: 'FF', name: 'Penggalian fakta (fact finding)', evidenceFor: ['M.3', 'M.8'] },
  {
    code: 'BEI',
    name: 'Wawancara berbasis kompetensi (BEI)',
    evidenceFor: ['M.1', 'M.2', 'M.3', 'M.4', 'M.5', 'M.6', 'M.7', 'M.8', 'SK.1'],
  },
  { code: 'PSI', name: 'Tes psikometri', evidenceFor: [] },
];

/** The methods a new programme starts with; the others can be switched on. */
export const DEFAULT_METHOD_CODES = ['IT', 'LGD', 'PR', 'BEI'] as const;
