/**
 * Plain-words (Indonesian) explanations of the agreement statistics and the bands that turn a
 * coefficient into a word, for the agreement screen and the workbook.
 */

export const AGREEMENT_STATISTICS = [
  'exact',
  'adjacent',
  'kappa',
  'alpha',
  'ac2',
  'leniency',
  'spread',
] as const;
export type AgreementStatistic = (typeof AGREEMENT_STATISTICS)[number];

export const AGREEMENT_EXPLANATIONS: Record<AgreementStatistic, { title: string; explanation: string }> = {
  exact: {
    title: 'Kesepakatan persis',
    explanation:
      'Persentase pasangan penilaian (dua asesor menilai peserta dan kompetensi yang sama) yang memberi level persis sama. ' +
      'Mudah dipahami, tetapi sebagian kecocokan bisa terjadi karena kebetulan.',
  },
  adjacent: {
    title: 'Kesepakatan berdekatan',
    explanation:
      'Persentase pasangan penilaian yang berbeda paling banyak satu level. Pada skala 1–5 selisih satu level masih lazim; ' +
      'selisih dua level atau lebih perlu dibahas dalam rapat integrasi.',
  },
  kappa: {
    title: 'Kappa Cohen berbobot kuadratik (per pasangan asesor)',
    explanation:
      'Seberapa jauh kecocokan dua asesor melebihi kecocokan yang terjadi karena kebetulan. Selisih besar dihitung jauh lebih ' +
      'berat daripada selisih kecil. Nilai 1 berarti selalu sama, 0 berarti tidak lebih baik dari kebetulan, negatif berarti ' +
      'lebih buruk dari kebetulan.',
  },
  alpha: {
    title: 'Alfa Krippendorff (ordinal)',
    explanation:
      'Kesepakatan semua asesor sekaligus, tetap berlaku walaupun tidak setiap asesor menilai setiap peserta. Membandingkan ' +
      'perbedaan penilaian yang terjadi dengan perbedaan yang diharapkan bila penilaian diberikan secara acak. Patokan ' +
      'Krippendorff: 0,800 ke atas andal; 0,667 sampai di bawah 0,800 hanya untuk kesimpulan sementara.',
  },
  ac2: {
    title: 'AC2 Gwet (bobot kuadratik)',
    explanation:
      'Kesepakatan semua asesor sekaligus, seperti alfa, tetapi tidak anjlok ketika hampir semua peserta mendapat level yang ' +
      'sama (misalnya hampir semuanya level 3), keadaan yang sering terjadi pada asesmen kompetensi. Nilai 1 berarti cocok ' +
      'sempurna, 0 berarti setara kebetulan.',
  },
  leniency: {
    title: 'Kecenderungan asesor',
    explanation:
      'Rata-rata selisih penilaian seorang asesor terhadap level yang disepakati. Positif berarti asesor cenderung murah ' +
      '(menilai lebih tinggi), negatif berarti cenderung ketat, mendekati 0 berarti seimbang.',
  },
  spread: {
    title: 'Rentang penilaian',
    explanation:
      'Selisih penilaian tertinggi dan terendah untuk satu peserta pada satu kompetensi. Rentang 2 level atau lebih ' +
      'mewajibkan alasan tertulis dari ketua asesor.',
  },
};

export type KappaBand =
  'poor' | 'slight' | 'fair' | 'moderate' | 'substantial' | 'almost-perfect' | 'undefined';

export const KAPPA_BAND_LABELS: Record<KappaBand, string> = {
  poor: 'Buruk (di bawah kebetulan)',
  slight: 'Sangat lemah',
  fair: 'Lemah',
  moderate: 'Sedang',
  substantial: 'Kuat',
  'almost-perfect': 'Hampir sempurna',
  undefined: 'Tidak dapat dihitung',
};

/**
 * Landis & Koch (1977) bands: below 0 poor, 0–0.20 slight, 0.21–0.40 fair, 0.41–0.60 moderate,
 * 0.61–0.80 substantial, 0.81–1 almost perfect. Their bands are printed to two decimals; for a
 * continuous value each upper bound is inclusive (0.20 is slight, 0.2001 fair). Also used for AC2.
 */
export function describeKappa(value: number | null): { band: KappaBand; label: string } {
  const band: KappaBand =
    value === null || !Number.isFinite(value)
      ? 'undefined'
      : value < 0
        ? 'poor'
        : value <= 0.2
          ? 'slight'
          : value <= 0.4
            ? 'fair'
            : value <= 0.6
              ? 'moderate'
              : value <= 0.8
                ? 'substantial'
                : 'almost-perfect';
  return { band, label: KAPPA_BAND_LABELS[band] };
}

export type AlphaBand = 'reliable' | 'tentative' | 'unreliable' | 'undefined';

export const ALPHA_BAND_LABELS: Record<AlphaBand, string> = {
  reliable: 'Andal',
  tentative: 'Cukup untuk kesimpulan sementara',
  unreliable: 'Belum andal',
  undefined: 'Tidak dapat dihitung',
};

/** Krippendorff's (2004) guidance: α ≥ 0.800 reliable, 0.667 ≤ α < 0.800 tentative, below unreliable. */
export function describeAlpha(value: number | null): { band: AlphaBand; label: string } {
  const band: AlphaBand =
    value === null || !Number.isFinite(value)
      ? 'undefined'
      : value >= 0.8
        ? 'reliable'
        : value >= 0.667
          ? 'tentative'
          : 'unreliable';
  return { band, label: ALPHA_BAND_LABELS[band] };
}
