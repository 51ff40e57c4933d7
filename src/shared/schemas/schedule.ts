/**
 * Schemas of the scoring day's people and time: assessors, sessions and groups, the assignment
 * of assessors to candidates, and attendance. (Scoring itself is in scoring.ts.)
 */
import { id, isoDate, trimmed, z } from './common';

// ---------------------------------------------------------------------------------------------
// Assessors

export const AssessorRole = z.enum(['assessor', 'lead']);
export type AssessorRole = z.infer<typeof AssessorRole>;

/** A new PIN: 4–8 digits. Only its scrypt hash is stored; it is never shown again. */
export const NewPin = z
  .string()
  .regex(/^\d{4,8}$/, { message: 'PIN harus 4–8 angka (tanpa huruf atau spasi).' });

/** An assessor as every door sees it: never a PIN nor its hash. */
export const Assessor = z.object({
  id,
  programId: id,
  name: z.string(),
  nip: z.string().nullable(),
  role: AssessorRole,
  unit: z.string(),
  /** Assignments in all, and how many of them are submitted. */
  assignments: z.number().int().nonnegative(),
  submitted: z.number().int().nonnegative(),
});
export type Assessor = z.infer<typeof Assessor>;

const AssessorFields = {
  /** Kept exactly as written, titles included ("Dra. Hj. Siti Aminah, M.Si."). */
  name: z.string().trim().min(2).max(200),
  nip: z.string().trim().max(40).nullable(),
  role: AssessorRole,
  /** The assessor's own agency: never paired with candidates of the same agency. */
  unit: trimmed(200),
};

export const AssessorAdd = z
  .object({
    programId: id,
    ...AssessorFields,
    nip: AssessorFields.nip.default(null),
    role: AssessorRole.default('assessor'),
    unit: AssessorFields.unit.default(''),
    pin: NewPin,
  })
  .strict();
export type AssessorAdd = z.input<typeof AssessorAdd>;

export const AssessorPatch = z
  .object({ id, ...AssessorFields })
  .partial()
  .required({ id: true })
  .strict();

// ---------------------------------------------------------------------------------------------
// Sessions and groups

export const ClockTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'Jam berformat JJ:MM, mis. 08:00.' });

export const ScheduleSession = z.object({
  id,
  programId: id,
  day: z.string(),
  start: z.string(),
  end: z.string(),
  room: z.string(),
  methodId: id.nullable(),
  methodCode: z.string().nullable(),
  groupIds: z.array(id),
  candidateCount: z.number().int().nonnegative(),
});
export type ScheduleSession = z.infer<typeof ScheduleSession>;

export const SessionSave = z
  .object({
    programId: id,
    id: id.optional(),
    day: isoDate,
    start: ClockTime,
    end: ClockTime,
    room: trimmed(120).default(''),
    methodId: id.nullable().default(null),
  })
  .strict();
export type SessionSave = z.input<typeof SessionSave>;

export const GroupMember = z.object({
  candidateId: id,
  participantNo: z.string(),
  name: z.string(),
  unit: z.string(),
  positionLevel: z.string(),
});
export type GroupMember = z.infer<typeof GroupMember>;

export const CandidateGroup = z.object({
  id,
  name: z.string(),
  members: z.array(GroupMember),
  sessionIds: z.array(id),
});
export type CandidateGroup = z.infer<typeof CandidateGroup>;

/** Something the operator should look at; the change itself went through. */
export const SetupWarning = z.object({ code: z.string(), message: z.string() });
export type SetupWarning = z.infer<typeof SetupWarning>;

export const Schedule = z.object({
  programId: id,
  sessions: z.array(ScheduleSession),
  groups: z.array(CandidateGroup),
  /** Candidates in no group. */
  ungrouped: z.array(GroupMember),
});
export type Schedule = z.infer<typeof Schedule>;

export const FormGroupsInput = z
  .object({
    programId: id,
    size: z.number().int().min(4).max(8).default(6),
    mixAgencies: z.boolean().default(true),
    sameLevel: z.boolean().default(false),
  })
  .strict();

export const FormGroupsResult = z.object({
  groups: z.array(CandidateGroup),
  warnings: z.array(SetupWarning),
});
export type FormGroupsResult = z.infer<typeof FormGroupsResult>;

export const MoveMemberResult = z.object({
  from: CandidateGroup.nullable(),
  to: CandidateGroup,
  warnings: z.array(SetupWarning),
});

// ---------------------------------------------------------------------------------------------
// Assignment

export const AssignmentRow = z.object({
  id,
  candidateId: id,
  participantNo: z.string(),
  candidateName: z.string(),
  candidateUnit: z.string(),
  assessorId: id,
  assessorName: z.string(),
  methodId: id,
  methodCode: z.string(),
  status: z.enum(['open', 'submitted']),
  manual: z.boolean(),
  /** Some rating or rubric score exists: an automatic re-run keeps it. */
  scored: z.boolean(),
  /** The assessor comes from the candidate's agency (only possible by a manual choice). */
  conflict: z.boolean(),
});
export type AssignmentRow = z.infer<typeof AssignmentRow>;

export const ASSIGN_PROBLEM_CODES = [
  'assign-not-enough-assessors',
  'assign-conflict-of-interest',
  'assign-not-scheduled',
] as const;

export const AssignProblem = z.object({
  candidateId: id,
  participantNo: z.string(),
  candidateName: z.string(),
  methodId: id.nullable(),
  methodCode: z.string().nullable(),
  code: z.enum(ASSIGN_PROBLEM_CODES),
  /** Which candidate and method, why, and what to do — in Bahasa Indonesia. */
  message: z.string(),
});
export type AssignProblem = z.infer<typeof AssignProblem>;

export const AssessorLoad = z.object({ assessorId: id, name: z.string(), assignments: z.number().int() });

export const AssignAutoResult = z.object({
  created: z.number().int().nonnegative(),
  /** Existing assignments left as they were. */
  kept: z.number().int().nonnegative(),
  /** Unscored automatic assignments deleted (no longer valid, surplus, or moved for balance). */
  removed: z.number().int().nonnegative(),
  problems: z.array(AssignProblem),
  loads: z.array(AssessorLoad),
});
export type AssignAutoResult = z.infer<typeof AssignAutoResult>;

export const AssignSetInput = z
  .object({
    candidateId: id,
    methodId: id,
    assessorIds: z
      .array(id)
      .max(10)
      .refine((ids) => new Set(ids).size === ids.length, { message: 'Penilai yang sama dipilih dua kali.' }),
  })
  .strict();

export const AssignSetResult = z.object({
  assignments: z.array(AssignmentRow),
  warnings: z.array(SetupWarning),
});
export type AssignSetResult = z.infer<typeof AssignSetResult>;

// ---------------------------------------------------------------------------------------------
// Attendance

export const AttendanceStatus = z.enum(['hadir', 'terlambat', 'tidak-hadir']);
export type AttendanceStatus = z.infer<typeof AttendanceStatus>;

export const AttendanceRow = z.object({
  candidateId: id,
  participantNo: z.string(),
  nip: z.string(),
  name: z.string(),
  unit: z.string(),
  groupId: id,
  groupName: z.string(),
  /** null: not checked in yet. */
  status: AttendanceStatus.nullable(),
  at: z.string().nullable(),
});
export type AttendanceRow = z.infer<typeof AttendanceRow>;

export const SessionAttendance = z.object({
  session: ScheduleSession,
  rows: z.array(AttendanceRow),
  counts: z.object({
    hadir: z.number().int(),
    terlambat: z.number().int(),
    tidakHadir: z.number().int(),
    belum: z.number().int(),
  }),
});
export type SessionAttendance = z.infer<typeof SessionAttendance>;

export const AttendanceMark = z
  .object({
    sessionId: id,
    candidateId: id,
    /** null clears a mark made by mistake. */
    status: AttendanceStatus.nullable(),
  })
  .strict();

export const LookupHit = z.object({
  candidateId: id,
  participantNo: z.string(),
  nip: z.string(),
  name: z.string(),
  unit: z.string(),
  groupId: id.nullable(),
  groupName: z.string().nullable(),
  marks: z.array(z.object({ sessionId: id, status: AttendanceStatus, at: z.string() })),
});
export type LookupHit = z.infer<typeof LookupHit>;

export const LookupInput = z
  .object({
    programId: id,
    query: z.string().trim().min(1).max(100),
    limit: z.number().int().min(1).max(100).default(20),
  })
  .strict();
