/**
 * Schemas of a programme's assessment instruments: competencies with level descriptors, methods,
 * the competency × method matrix, standard levels per position level, and weighted rubrics.
 */
import { id, trimmed, z } from './common';

export const CompetencyLevelValue = z.number().int().min(1).max(5);

export const CompetencyKindValue = z.enum(['managerial', 'socio-cultural', 'technical']);

export const LevelDescriptorText = z.object({
  level: CompetencyLevelValue,
  title: z.string().trim().min(1, { message: 'Judul level wajib diisi.' }).max(160),
  description: trimmed(1000),
});
export type LevelDescriptorText = z.infer<typeof LevelDescriptorText>;

const fiveLevels = z
  .array(LevelDescriptorText)
  .length(5, { message: 'Isi uraian untuk kelima level (1–5).' })
  .refine((levels) => new Set(levels.map((l) => l.level)).size === 5, {
    message: 'Setiap level 1–5 diisi tepat satu kali.',
  });

export const Competency = z.object({
  id,
  code: z.string(),
  name: z.string(),
  kind: CompetencyKindValue,
  sortOrder: z.number().int(),
  levels: z.array(LevelDescriptorText),
  /** Ratings or frozen standards refer to it: it can no longer be deleted. */
  inUse: z.boolean(),
});
export type Competency = z.infer<typeof Competency>;

export const CompetencySave = z
  .object({
    programId: id,
    /** Absent: a new (technical) competency. */
    id: id.optional(),
    /** New competencies: T.<number>; absent = the next free T.n. National codes never change. */
    code: z.string().trim().toUpperCase().max(12).optional(),
    name: z.string().trim().min(2).max(160),
    levels: fiveLevels,
  })
  .strict();
export type CompetencySave = z.input<typeof CompetencySave>;

export const MethodCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z][A-Z0-9]{0,7}$/, { message: 'Kode metode 1–8 huruf/angka diawali huruf, mis. LGD.' });

export const AssessmentMethod = z.object({
  id,
  code: z.string(),
  name: z.string(),
  sortOrder: z.number().int(),
  /** Scored on this rubric's criteria instead of competency levels. */
  rubricId: id.nullable(),
  /** Competencies this method gives evidence for (the matrix column). */
  competencyIds: z.array(id),
  inUse: z.boolean(),
});
export type AssessmentMethod = z.infer<typeof AssessmentMethod>;

export const MethodSave = z
  .object({
    programId: id,
    id: id.optional(),
    code: MethodCode,
    name: z.string().trim().min(2).max(160),
    rubricId: id.nullable().default(null),
  })
  .strict();
export type MethodSave = z.input<typeof MethodSave>;

export const MatrixCell = z.object({ competencyId: id, methodId: id });
export type MatrixCell = z.infer<typeof MatrixCell>;

export const MatrixSet = z.object({ programId: id, cells: z.array(MatrixCell).max(5000) }).strict();

export const StandardLevel = z.object({
  positionLevel: z.string(),
  competencyId: id,
  level: CompetencyLevelValue,
});
export type StandardLevel = z.infer<typeof StandardLevel>;

export const StandardSet = z
  .object({
    programId: id,
    positionLevel: z.string().trim().min(1).max(60),
    competencyId: id,
    level: CompetencyLevelValue,
  })
  .strict();

export const RubricCriterion = z.object({
  id,
  name: z.string(),
  description: z.string(),
  weight: z.number(),
  sortOrder: z.number().int(),
});
export type RubricCriterion = z.infer<typeof RubricCriterion>;

export const Rubric = z.object({
  id,
  name: z.string(),
  scaleMin: z.number().int(),
  scaleMax: z.number().int(),
  criteria: z.array(RubricCriterion),
  /** Weights are relative: a score is Σ weight × score ÷ Σ weight. */
  weightTotal: z.number(),
  /** Some criterion already carries a score: criteria cannot be removed nor the scale changed. */
  scored: z.boolean(),
});
export type Rubric = z.infer<typeof Rubric>;

export const RubricSave = z
  .object({
    programId: id,
    id: id.optional(),
    name: z.string().trim().min(2).max(160),
    scaleMin: z.number().int().min(0).max(1000),
    scaleMax: z.number().int().min(1).max(1000),
    criteria: z
      .array(
        z
          .object({
            /** Present: an existing criterion, so its scores stay attached. */
            id: id.optional(),
            name: z.string().trim().min(1, { message: 'Nama kriteria wajib diisi.' }).max(160),
            description: trimmed(500).default(''),
            weight: z
              .number()
              .positive({ message: 'Bobot kriteria harus lebih dari 0.' })
              .max(1000)
              .refine(Number.isFinite),
          })
          .strict(),
      )
      .min(1, { message: 'Rubrik membutuhkan sedikitnya satu kriteria.' })
      .max(40),
  })
  .strict()
  .refine((r) => r.scaleMin < r.scaleMax, {
    message: 'Nilai terendah skala harus lebih kecil dari nilai tertingginya (mis. 1–100).',
    path: ['scaleMax'],
  });
export type RubricSave = z.input<typeof RubricSave>;

export const Instruments = z.object({
  programId: id,
  competencies: z.array(Competency),
  methods: z.array(AssessmentMethod),
  matrix: z.array(MatrixCell),
  standards: z.array(StandardLevel),
  /** Position levels offered for standards: the national list plus any already in use. */
  positionLevels: z.array(z.string()),
  rubrics: z.array(Rubric),
});
export type Instruments = z.infer<typeof Instruments>;
