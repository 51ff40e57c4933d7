/**
 * Schemas of the scoring day: signing in with a PIN, an assessor's blind score sheets, saving,
 * submitting and reopening, the progress dashboard and paper score sheets. Names carry a
 * Score/SignIn prefix because contract.ts re-exports every schema module into one namespace.
 */
import { DOORS, SESSION_ROLES, id, trimmed, z } from './common';

export const ScoreLevel = z.number().int().min(1).max(5);

/** The PIN typed on the sign-in screen; the assessor ops decide what a stored one looks like. */
export const SignInPin = z.string().regex(/^\d{4,8}$/, { message: 'PIN terdiri dari 4–8 angka.' });

export const AssessorKind = z.enum(['assessor', 'lead']);

export const SignInAssessor = z.object({ id, name: z.string(), role: AssessorKind });
export type SignInAssessor = z.infer<typeof SignInAssessor>;

export const SignedIn = z.object({
  role: z.enum(SESSION_ROLES),
  actor: z.string(),
  assessorId: id.nullable(),
  assessorName: z.string().nullable(),
  programId: id.nullable(),
});
export type SignedIn = z.infer<typeof SignedIn>;

export const WhoAmI = SignedIn.extend({ door: z.enum(DOORS), adminPinSet: z.boolean() });
export type WhoAmI = z.infer<typeof WhoAmI>;

export const SheetStatus = z.enum(['open', 'submitted']);
export type SheetStatus = z.infer<typeof SheetStatus>;

export const ScoringMethodRef = z.object({ id, code: z.string(), name: z.string() });

/** Counts only: never a level, so it is safe wherever blindness matters. */
export const SheetCounts = z.object({
  assignmentId: id,
  status: SheetStatus,
  /** Competencies of the method with a level. */
  rated: z.number().int().nonnegative(),
  /** Competencies the method rates. */
  total: z.number().int().nonnegative(),
  /** Level 1 or 5 without an evidence note: submitting is refused until they have one. */
  needsEvidence: z.number().int().nonnegative(),
});
export type SheetCounts = z.infer<typeof SheetCounts>;

export const SheetSummary = SheetCounts.extend({
  candidateId: id,
  participantNo: z.string(),
  name: z.string(),
  unit: z.string(),
  method: ScoringMethodRef,
  submittedAt: z.string().nullable(),
});
export type SheetSummary = z.infer<typeof SheetSummary>;

export const MySheets = z.object({
  programId: id,
  assessor: SignInAssessor,
  sheets: z.array(SheetSummary),
});
export type MySheets = z.infer<typeof MySheets>;

export const SheetRating = z.object({
  /** null = belum dinilai, which a screen shows differently from any level. */
  level: ScoreLevel.nullable(),
  evidence: z.string(),
  updatedAt: z.string().nullable(),
  needsEvidence: z.boolean(),
});

export const SheetCompetency = z.object({
  id,
  code: z.string(),
  name: z.string(),
  kind: z.string(),
  levels: z.array(z.object({ level: ScoreLevel, title: z.string(), description: z.string() })),
  rating: SheetRating,
});
export type SheetCompetency = z.infer<typeof SheetCompetency>;

/** A criterion of a weighted rubric (panel judging), with this assessor's score. */
export const SheetCriterion = z.object({
  id,
  name: z.string(),
  description: z.string(),
  weight: z.number(),
  score: z.number().nullable(),
  evidence: z.string(),
  updatedAt: z.string().nullable(),
});
export type SheetCriterion = z.infer<typeof SheetCriterion>;

export const ScoreSheet = SheetCounts.extend({
  programId: id,
  submittedAt: z.string().nullable(),
  candidate: z.object({
    id,
    participantNo: z.string(),
    name: z.string(),
    unit: z.string(),
    position: z.string(),
    positionLevel: z.string(),
  }),
  method: ScoringMethodRef,
  /** Competency levels to give; empty for a method judged on a rubric. */
  competencies: z.array(SheetCompetency),
  /** The weighted rubric the method is judged on instead of levels, or null. */
  rubric: z.object({ id, name: z.string(), scaleMin: z.number(), scaleMax: z.number() }).nullable(),
  criteria: z.array(SheetCriterion),
});
export type ScoreSheet = z.infer<typeof ScoreSheet>;

export const EVIDENCE_MAX = 2000;

export const SaveScoreInput = z
  .object({
    assignmentId: id,
    competencyId: id,
    /** null clears the level back to "belum dinilai"; absent leaves it as it is. */
    level: ScoreLevel.nullable().optional(),
    /** Absent leaves the note as it is, so a digit key never wipes a note. */
    evidence: trimmed(EVIDENCE_MAX).optional(),
  })
  .strict()
  .refine((input) => input.level !== undefined || input.evidence !== undefined, {
    message: 'Isi level atau catatan bukti.',
    path: ['level'],
  });

export const SaveCriterionInput = z
  .object({
    assignmentId: id,
    criterionId: id,
    /** Within the rubric's scale; null clears it. Absent leaves it as it is. */
    score: z.number().finite().nullable().optional(),
    evidence: trimmed(EVIDENCE_MAX).optional(),
  })
  .strict()
  .refine((input) => input.score !== undefined || input.evidence !== undefined, {
    message: 'Isi skor atau catatan.',
    path: ['score'],
  });

export const SaveScoreResult = z.object({
  programId: id,
  savedAt: z.string(),
  /** false when the value was already stored: nothing written, nothing audited. */
  changed: z.boolean(),
  /** This competency has level 1 or 5 and no evidence note yet. */
  needsEvidence: z.boolean(),
  sheet: SheetCounts,
});
export type SaveScoreResult = z.infer<typeof SaveScoreResult>;

export const ReopenReason = z
  .string()
  .trim()
  .min(5, { message: 'Tulis alasan membuka kembali lembar ini (minimal 5 karakter).' })
  .max(500);

// ---------------------------------------------------------------------------------------------
// Progress dashboard: counts only, never levels.

export const ProgressCounts = z.object({
  sheets: z.number().int().nonnegative(),
  submitted: z.number().int().nonnegative(),
  /** Open sheets with at least one level. */
  inProgress: z.number().int().nonnegative(),
  /** Open sheets without any level. */
  notStarted: z.number().int().nonnegative(),
  /** Sheets of candidates absent from the method: out of the scoring lists, not scores. */
  absent: z.number().int().nonnegative(),
});
export type ProgressCounts = z.infer<typeof ProgressCounts>;

export const ProgressReport = z.object({
  programId: id,
  generatedAt: z.string(),
  totals: ProgressCounts.extend({
    ratingsDone: z.number().int().nonnegative(),
    ratingsExpected: z.number().int().nonnegative(),
  }),
  assessors: z.array(
    ProgressCounts.extend({
      assessorId: id,
      name: z.string(),
      role: AssessorKind,
      /** Sheets still to submit (absent candidates excluded). */
      remaining: z.number().int().nonnegative(),
    }),
  ),
  candidates: z.array(
    z.object({
      candidateId: id,
      participantNo: z.string(),
      name: z.string(),
      unit: z.string(),
      sheets: z.number().int().nonnegative(),
      submitted: z.number().int().nonnegative(),
      /** Competency ratings still without a level on sheets that are not absent. */
      missingRatings: z.number().int().nonnegative(),
      absentMethods: z.array(z.string()),
      /** The sheets not yet submitted: who still owes what. */
      missing: z.array(
        z.object({
          assignmentId: id,
          assessorId: id,
          assessorName: z.string(),
          methodCode: z.string(),
          status: SheetStatus,
          missingRatings: z.number().int().nonnegative(),
        }),
      ),
    }),
  ),
  sessions: z.array(
    z.object({
      sessionId: id,
      day: z.string(),
      startTime: z.string(),
      endTime: z.string(),
      room: z.string(),
      methodCode: z.string().nullable(),
      candidates: z.number().int().nonnegative(),
      present: z.number().int().nonnegative(),
      late: z.number().int().nonnegative(),
      absent: z.number().int().nonnegative(),
      unmarked: z.number().int().nonnegative(),
      sheets: z.number().int().nonnegative(),
      submitted: z.number().int().nonnegative(),
    }),
  ),
});
export type ProgressReport = z.infer<typeof ProgressReport>;

/** Payload of the `scores:changed` event: what a live dashboard needs, and no level. */
export const ScoresChanged = z.object({
  programId: id,
  action: z.enum(['save', 'submit', 'reopen', 'import']),
  sheets: z.array(SheetCounts.extend({ assessorId: id, candidateId: id, methodId: id })),
});
export type ScoresChanged = z.infer<typeof ScoresChanged>;

// ---------------------------------------------------------------------------------------------
// Paper score sheets.

export const ScoreSheetProblem = z.object({
  /** The row number Excel shows. */
  row: z.number().int().nonnegative(),
  /** The column header as the user sees it (e.g. "M.1 Integritas"), or its letter. */
  column: z.string(),
  code: z.string(),
  message: z.string(),
});
export type ScoreSheetProblem = z.infer<typeof ScoreSheetProblem>;

export const ScoreSheetImportReport = z.object({
  fileName: z.string(),
  assessor: SignInAssessor,
  /** Candidate × method rows read from the sheet. */
  rows: z.number().int().nonnegative(),
  /** Rows that gave levels or notes to competencies that had none. */
  imported: z.number().int().nonnegative(),
  /** Rows that changed a level or note already stored. */
  updated: z.number().int().nonnegative(),
  /** Rows with nothing to write: blank, unchanged, absent, conflicting, or refused. */
  skipped: z.number().int().nonnegative(),
  /** Sheets submitted by this import (only with `submit`). */
  submitted: z.number().int().nonnegative(),
  /** Any error means nothing at all was written. */
  errors: z.array(ScoreSheetProblem),
  warnings: z.array(ScoreSheetProblem),
  /** Values that differ from an already-submitted sheet: reported, never written. */
  conflicts: z.array(ScoreSheetProblem),
});
export type ScoreSheetImportReport = z.infer<typeof ScoreSheetImportReport>;
