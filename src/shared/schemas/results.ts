/**
 * Schemas of integration and results (issue 5): the programme's result settings, the assessor
 * meeting's view of one candidate, computed results, agreement statistics, selection and
 * finalisation. Names carry a Result/Integration/Agreement prefix because contract.ts re-exports
 * every schema module into one namespace.
 */
import { CATEGORY_CODES } from '../domain/categories';
import { CANDIDATE_STATUSES, TIE_BREAKS } from '../domain/ranking';
import { RECONCILIATION_RULES } from '../domain/reconcile';
import { id, trimmed, z } from './common';
import { ScoreLevel, SignInPin } from './scoring';

export const ReconciliationRule = z.enum(RECONCILIATION_RULES);
export const CategoryCode = z.enum(CATEGORY_CODES);
export const CandidateStatus = z.enum(CANDIDATE_STATUSES);

const percent = z.number().min(0).max(1000);

export const ResultPassRule = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('category'), minimum: CategoryCode }),
  z.object({ kind: z.literal('jpm'), threshold: percent }),
  z.object({ kind: z.literal('top'), n: z.number().int().min(1) }),
]);
export type ResultPassRule = z.infer<typeof ResultPassRule>;

/** Lowest JPM of the best and of the middle category, in percent. */
export const ResultThresholdSet = z.object({ top: percent, middle: percent });

export const ResultSettings = z.object({
  programId: id,
  reconciliation: ReconciliationRule,
  /** A spread above this many levels asks for one more assessor. */
  extraAssessorSpread: z.number().int().min(1).max(4),
  thresholds: z.object({ pengisian: ResultThresholdSet, pemetaan: ResultThresholdSet }),
  passRule: ResultPassRule,
  /** The rule in words, e.g. "Lulus: kategori Masih Memenuhi Syarat (MMS) ke atas". */
  passRuleText: z.string(),
  finalizedAt: z.string().nullable(),
  finalizedBy: z.string().nullable(),
});
export type ResultSettings = z.infer<typeof ResultSettings>;

export const ResultSettingsPatch = z
  .object({
    programId: id,
    reconciliation: ReconciliationRule.optional(),
    extraAssessorSpread: z.number().int().min(1).max(4).optional(),
    thresholds: z
      .object({ pengisian: ResultThresholdSet.optional(), pemetaan: ResultThresholdSet.optional() })
      .optional(),
    passRule: ResultPassRule.optional(),
  })
  .strict();
export type ResultSettingsPatch = z.input<typeof ResultSettingsPatch>;

export const ResultCompetency = z.object({
  competencyId: id,
  code: z.string(),
  name: z.string(),
  /** The standard copied when scoring started (else the programme's current one); null if none. */
  standard: z.number().int().nullable(),
  /** The agreed level; null while the meeting has not settled it. */
  achieved: z.number().int().nullable(),
  gap: z.number().int().nullable(),
});
export type ResultCompetency = z.infer<typeof ResultCompetency>;

/** A weighted-rubric method's score: the mean over submitted assessors of each one's weighted score. */
export const ResultRubric = z.object({
  methodId: id,
  methodCode: z.string(),
  name: z.string(),
  /** On the rubric's own scale; null until an assessor submitted. */
  score: z.number().nullable(),
  percent: z.number().nullable(),
  scaleMax: z.number(),
});

export const CandidateResult = z.object({
  candidateId: id,
  participantNo: z.string(),
  nip: z.string(),
  name: z.string(),
  grade: z.string().nullable(),
  position: z.string(),
  positionLevel: z.string(),
  unit: z.string(),
  status: CandidateStatus,
  competencies: z.array(ResultCompetency),
  rubrics: z.array(ResultRubric),
  totalAchieved: z.number().nullable(),
  totalStandard: z.number().nullable(),
  /** Raw JPM in percent (may exceed 100); null until complete. */
  jpm: z.number().nullable(),
  /** What ranks: the JPM, or the rubric percentage for a programme judged only on rubrics. */
  score: z.number().nullable(),
  category: CategoryCode.nullable(),
  rank: z.number().int().nullable(),
  passed: z.boolean().nullable(),
  /** Which tie-break put this candidate below the one ranked just above. */
  decidedBy: z.enum(TIE_BREAKS).nullable(),
  metCount: z.number().int().nullable(),
  worstGap: z.number().int().nullable(),
  /** Names of the assessors who scored this candidate. */
  assessors: z.array(z.string()),
  /** Competencies still without an agreed level. */
  pending: z.number().int().nonnegative(),
  /** The largest spread of submitted ratings over the competencies. */
  maxSpread: z.number().int().nonnegative(),
  selectionGroup: z.number().int().nullable(),
});
export type CandidateResult = z.infer<typeof CandidateResult>;

export const ProgramResults = z.object({
  programId: id,
  settings: ResultSettings,
  /** `jpm` when competencies are rated on levels; `rubric` when only weighted rubrics judge. */
  scoreKind: z.enum(['jpm', 'rubric']),
  competencies: z.array(z.object({ id, code: z.string(), name: z.string() })),
  /** Ranked candidates in rank order, then the unranked ones by participant number. */
  candidates: z.array(CandidateResult),
  counts: z.object({
    total: z.number().int(),
    complete: z.number().int(),
    incomplete: z.number().int(),
    absent: z.number().int(),
    passed: z.number().int(),
  }),
  finalized: z.boolean(),
});
export type ProgramResults = z.infer<typeof ProgramResults>;

export const IntegrationRating = z.object({
  assessorId: id,
  assessorName: z.string(),
  methodCode: z.string(),
  methodName: z.string(),
  level: z.number().int().nullable(),
  evidence: z.string(),
  /** Only ratings of submitted sheets count toward the suggestion and the statistics. */
  submitted: z.boolean(),
});

export const IntegrationCompetency = z.object({
  competencyId: id,
  code: z.string(),
  name: z.string(),
  standard: z.number().int().nullable(),
  ratings: z.array(IntegrationRating),
  spread: z.number().int().nonnegative(),
  /** What the programme's rule fills in; null when it has none. */
  suggested: z.number().int().nullable(),
  needsExtraAssessor: z.boolean(),
  agreed: z
    .object({
      level: z.number().int(),
      rationale: z.string(),
      /** `recorded` by the lead; `rule` when a median/mean rule settles it with no rationale needed. */
      source: z.enum(['recorded', 'rule']),
      decidedBy: z.string().nullable(),
      decidedAt: z.string().nullable(),
    })
    .nullable(),
});
export type IntegrationCompetency = z.infer<typeof IntegrationCompetency>;

export const IntegrationView = z.object({
  programId: id,
  rule: ReconciliationRule,
  extraAssessorSpread: z.number().int(),
  finalized: z.boolean(),
  competencies: z.array(IntegrationCompetency),
  result: CandidateResult,
});
export type IntegrationView = z.infer<typeof IntegrationView>;

export const AgreeInput = z
  .object({
    programId: id,
    candidateId: id,
    competencyId: id,
    /** Null clears the recorded level. */
    level: ScoreLevel.nullable(),
    rationale: trimmed(2000).default(''),
  })
  .strict();
export type AgreeInput = z.input<typeof AgreeInput>;

const AgreementBlockFields = {
  units: z.number().int(),
  pairableUnits: z.number().int(),
  exactPercent: z.number().nullable(),
  adjacentPercent: z.number().nullable(),
  alphaOrdinal: z.number().nullable(),
  alphaInterval: z.number().nullable(),
  ac2: z.number().nullable(),
  spreadCounts: z.array(z.number().int()),
};

export const AgreementStatistics = z.object({
  programId: id,
  overall: z.object(AgreementBlockFields),
  competencies: z.array(z.object({ ...AgreementBlockFields, code: z.string(), name: z.string() })),
  pairs: z.array(
    z.object({
      assessorA: z.string(),
      assessorB: z.string(),
      units: z.number().int(),
      exactPercent: z.number(),
      adjacentPercent: z.number(),
      kappaQuadratic: z.number().nullable(),
      meanDifference: z.number(),
    }),
  ),
  assessors: z.array(
    z.object({
      name: z.string(),
      ratings: z.number().int(),
      meanDeviation: z.number().nullable(),
      meanAbsoluteDeviation: z.number().nullable(),
      matchPercent: z.number().nullable(),
    }),
  ),
  counts: z.object({ ratings: z.number().int(), subjects: z.number().int(), assessors: z.number().int() }),
});
export type AgreementStatistics = z.infer<typeof AgreementStatistics>;

export const SelectionInput = z
  .object({
    programId: id,
    best: z.number().int().min(1).max(10_000),
    groups: z.number().int().min(1).max(500),
  })
  .strict();

export const SelectionView = z.object({
  programId: id,
  groups: z.array(
    z.object({
      groupNo: z.number().int(),
      members: z.array(
        z.object({
          candidateId: id,
          participantNo: z.string(),
          name: z.string(),
          unit: z.string(),
          score: z.number().nullable(),
          rank: z.number().int().nullable(),
        }),
      ),
      meanScore: z.number().nullable(),
      agencies: z.number().int(),
    }),
  ),
});
export type SelectionView = z.infer<typeof SelectionView>;

export const MoveSelectedInput = z
  .object({ programId: id, candidateId: id, groupNo: z.number().int().min(1).nullable() })
  .strict();

export const ReopenResultsInput = z
  .object({
    programId: id,
    reason: z
      .string()
      .trim()
      .min(10, { message: 'Tuliskan alasan membuka kembali (minimal 10 karakter).' })
      .max(2000),
    /** The second person: a lead assessor of the programme, confirming with their PIN. */
    witnessAssessorId: id,
    witnessPin: SignInPin,
  })
  .strict();
export type ReopenResultsInput = z.input<typeof ReopenResultsInput>;
