import { FileRef, id, isoDate, trimmed, z } from './common';

export const Candidate = z.object({
  id,
  programId: id,
  participantNo: z.string(),
  nip: z.string(),
  name: z.string(),
  gender: z.enum(['L', 'P']).nullable(),
  birthDate: z.string().nullable(),
  grade: z.string().nullable(),
  position: z.string(),
  positionLevel: z.string(),
  unit: z.string(),
  phone: z.string(),
  email: z.string(),
});
export type Candidate = z.infer<typeof Candidate>;

export const CandidateFields = z.object({
  /** Empty: the next free number (001, 002, …) is given. */
  participantNo: trimmed(12).default(''),
  nip: z.string().trim().max(40),
  name: z.string().trim().max(200),
  gender: z.enum(['L', 'P']).nullable().default(null),
  birthDate: isoDate.nullable().default(null),
  grade: z.string().trim().max(60).nullable().default(null),
  position: trimmed(200).default(''),
  positionLevel: trimmed(60).default(''),
  unit: trimmed(200).default(''),
  phone: trimmed(40).default(''),
  email: trimmed(120).default(''),
});
export type CandidateFields = z.input<typeof CandidateFields>;

export const ROSTER_FIELDS = [
  'participantNo',
  'nip',
  'name',
  'gender',
  'birthDate',
  'grade',
  'position',
  'positionLevel',
  'unit',
  'phone',
  'email',
] as const;
export type RosterField = (typeof ROSTER_FIELDS)[number];

export const RosterProblem = z.object({
  row: z.number().int(),
  column: z.string(),
  code: z.string(),
  message: z.string(),
});
export type RosterProblem = z.infer<typeof RosterProblem>;

export const RosterPreview = z.object({
  fileName: z.string(),
  sheets: z.array(z.string()),
  sheet: z.string(),
  headerRow: z.number().int(),
  columns: z.array(
    z.object({
      index: z.number().int(),
      letter: z.string(),
      header: z.string(),
      field: z.enum(ROSTER_FIELDS).nullable(),
    }),
  ),
  rows: z.number().int(),
  valid: z.number().int(),
  errorRows: z.number().int(),
  warningRows: z.number().int(),
  newCount: z.number().int(),
  updatedCount: z.number().int(),
  errors: z.array(RosterProblem),
  warnings: z.array(RosterProblem),
  sample: z.array(z.record(z.string(), z.union([z.string(), z.number(), z.null()]))),
});
export type RosterPreview = z.infer<typeof RosterPreview>;

/** Result of the `roster:preview` job. */
export const RosterPreviewResult = z.object({ preview: RosterPreview, problemReport: FileRef.nullable() });
export type RosterPreviewResult = z.infer<typeof RosterPreviewResult>;

/** Result of the `roster:import` job. */
export const RosterImportResult = RosterPreviewResult.extend({
  imported: z.number().int(),
  updated: z.number().int(),
  skipped: z.number().int(),
});
export type RosterImportResult = z.infer<typeof RosterImportResult>;

export const RosterSource = {
  programId: id,
  uploadId: z.string().min(1).max(64),
  sheet: z.string().max(200).optional(),
  mapping: z.partialRecord(z.enum(ROSTER_FIELDS), z.number().int().positive().max(500)).optional(),
};
