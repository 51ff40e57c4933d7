/**
 * Texts of the Kesepakatan penilai tab (agreement statistics). Mounted as `results.agreement`.
 * The explanations and the band words come from the domain (agreement-text.ts), the same words
 * the workbook prints.
 */
import {
  AGREEMENT_EXPLANATIONS,
  ALPHA_BAND_LABELS,
  KAPPA_BAND_LABELS,
} from '../../../../shared/domain/agreement-text';

type Texts<T> = { readonly [K in keyof T]: T[K] extends string ? string : Texts<T[K]> };

const id = {
  overall: 'Keseluruhan program',
  counts:
    '{{ratings, number}} penilaian terkirim · {{subjects, number}} peserta · {{assessors, number}} asesor',
  pairableUnits:
    '{{units, number}} dari {{all, number}} kombinasi peserta × kompetensi dinilai sedikitnya dua asesor.',
  notEnough:
    'Belum cukup data: statistik kesepakatan memerlukan peserta yang dinilai sedikitnya dua asesor dengan lembar terkirim.',
  perCompetency: 'Per kompetensi',
  perPair: 'Per pasangan asesor',
  perAssessor: 'Kecenderungan asesor',
  spread: 'Rentang penilaian',
  spreadLevel: 'Rentang {{spread}}',
  spreadCount_one: '{{count, number}} kali',
  spreadCount_other: '{{count, number}} kali',
  noPairs: 'Belum ada pasangan asesor yang menilai peserta dan kompetensi yang sama.',
  noAssessors: 'Belum ada penilaian terkirim.',
  column: {
    competency: 'Kompetensi',
    units: 'Dinilai bersama',
    exact: 'Persis',
    adjacent: 'Berdekatan',
    ac2: 'AC2',
    alpha: 'Alfa',
    assessorA: 'Asesor A',
    assessorB: 'Asesor B',
    kappa: 'Kappa kuadratik',
    meanDifference: 'Rata-rata selisih (A − B)',
    assessor: 'Asesor',
    ratings: 'Penilaian',
    meanDeviation: 'Rata-rata deviasi',
    meanAbsoluteDeviation: 'Rata-rata deviasi mutlak',
    match: 'Sama dengan kesepakatan',
    tendency: 'Kecenderungan',
  },
  lenient: 'Cenderung murah',
  strict: 'Cenderung ketat',
  balanced: 'Seimbang',
  explanations: AGREEMENT_EXPLANATIONS,
  kappaBands: KAPPA_BAND_LABELS,
  alphaBands: ALPHA_BAND_LABELS,
};

const en: Texts<typeof id> = {
  overall: 'Whole programme',
  counts:
    '{{ratings, number}} submitted ratings · {{subjects, number}} candidates · {{assessors, number}} assessors',
  pairableUnits:
    '{{units, number}} of {{all, number}} candidate × competency combinations rated by at least two assessors.',
  notEnough:
    'Not enough data yet: agreement needs candidates rated by at least two assessors on submitted sheets.',
  perCompetency: 'Per competency',
  perPair: 'Per assessor pair',
  perAssessor: 'Assessor tendency',
  spread: 'Spread of ratings',
  spreadLevel: 'Spread {{spread}}',
  spreadCount_one: '{{count, number}} time',
  spreadCount_other: '{{count, number}} times',
  noPairs: 'No two assessors have rated the same candidate and competency yet.',
  noAssessors: 'No submitted ratings yet.',
  column: {
    competency: 'Competency',
    units: 'Rated together',
    exact: 'Exact',
    adjacent: 'Adjacent',
    ac2: 'AC2',
    alpha: 'Alpha',
    assessorA: 'Assessor A',
    assessorB: 'Assessor B',
    kappa: 'Quadratic kappa',
    meanDifference: 'Mean difference (A − B)',
    assessor: 'Assessor',
    ratings: 'Ratings',
    meanDeviation: 'Mean deviation',
    meanAbsoluteDeviation: 'Mean absolute deviation',
    match: 'Same as agreed',
    tendency: 'Tendency',
  },
  lenient: 'Tends to be lenient',
  strict: 'Tends to be strict',
  balanced: 'Balanced',
  kappaBands: {
    poor: 'Poor (below chance)',
    slight: 'Slight',
    fair: 'Fair',
    moderate: 'Moderate',
    substantial: 'Substantial',
    'almost-perfect': 'Almost perfect',
    undefined: 'Cannot be computed',
  },
  alphaBands: {
    reliable: 'Reliable',
    tentative: 'Enough for tentative conclusions',
    unreliable: 'Not reliable yet',
    undefined: 'Cannot be computed',
  },
  explanations: {
    exact: {
      title: 'Exact agreement',
      explanation:
        'The share of rating pairs (two assessors rating the same candidate and competency) that gave exactly the same level. Easy to read, but some matches happen by chance.',
    },
    adjacent: {
      title: 'Adjacent agreement',
      explanation:
        'The share of rating pairs at most one level apart. On a 1–5 scale a one-level difference is common; two levels or more must be discussed in the meeting.',
    },
    kappa: {
      title: "Quadratic-weighted Cohen's kappa (per assessor pair)",
      explanation:
        'How far two assessors agree beyond chance. Large differences weigh far more than small ones. 1 means always the same, 0 no better than chance, negative worse than chance.',
    },
    alpha: {
      title: "Krippendorff's alpha (ordinal)",
      explanation:
        "Agreement of all assessors at once, valid even when not every assessor rates every candidate. Compares the observed differences with those expected from random ratings. Krippendorff's guide: 0.800 and above reliable; 0.667 to below 0.800 only for tentative conclusions.",
    },
    ac2: {
      title: "Gwet's AC2 (quadratic weights)",
      explanation:
        'Agreement of all assessors at once, like alpha, but it does not collapse when almost every candidate gets the same level (say, almost all level 3), which is common in competency assessment. 1 means perfect agreement, 0 chance level.',
    },
    leniency: {
      title: 'Assessor tendency',
      explanation:
        "An assessor's mean difference from the agreed level. Positive means lenient (rates higher), negative strict, near 0 balanced.",
    },
    spread: {
      title: 'Spread of ratings',
      explanation:
        'The difference between the highest and lowest rating of one candidate on one competency. A spread of 2 levels or more requires a written rationale from the lead assessor.',
    },
  },
};

export const agreementMessages = { id, en };
