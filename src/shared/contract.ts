/**
 * The operations table: the whole API of Asesa. Electron IPC, the HTTP door and the CLI all
 * dispatch through this one list, so input validation and role checks live in exactly one place.
 *
 * Operation names are `area:verb-noun` in kebab-case. Adding an operation: declare it here with
 * its schemas and roles, then register its handler in `src/main/operations.ts`.
 */
import { z } from 'zod';
import { PURPOSES } from './domain/categories';

// Validation messages reach the user; make zod speak Bahasa Indonesia.
z.config(z.locales.id());

export const ROLES = ['admin', 'operator', 'lead-assessor', 'assessor'] as const;
export type Role = (typeof ROLES)[number];

export const DOORS = ['desktop', 'browser', 'cli', 'worker'] as const;
export type Door = (typeof DOORS)[number];

const STAFF: readonly Role[] = ['admin', 'operator'];
const EVERYONE: readonly Role[] = ROLES;

// ---------------------------------------------------------------------------------------------
// Shared schemas

const id = z.number().int().positive();
const isoDate = z.iso.date();
const trimmed = (max: number) => z.string().trim().max(max);

export const ProgramCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9][A-Z0-9-]{1,31}$/, {
    message: 'Kode program 2–32 karakter: huruf, angka, atau tanda hubung (contoh: TA-2023).',
  });

export const Purpose = z.enum(PURPOSES);

export const Signatory = z.object({
  name: trimmed(160),
  position: trimmed(200),
  rank: trimmed(80),
  nip: trimmed(40),
  acting: z.boolean(),
});
export type Signatory = z.infer<typeof Signatory>;

const ProgramFields = {
  code: ProgramCode,
  name: z.string().trim().min(3).max(200),
  organiser: trimmed(200),
  venue: trimmed(200),
  startDate: isoDate.nullable(),
  endDate: isoDate.nullable(),
  purpose: Purpose,
  city: trimmed(80),
  signatory: Signatory,
};

export const ProgramInput = z.object({
  ...ProgramFields,
  organiser: ProgramFields.organiser.default(''),
  venue: ProgramFields.venue.default(''),
  startDate: ProgramFields.startDate.default(null),
  endDate: ProgramFields.endDate.default(null),
  purpose: Purpose.default('pemetaan'),
  city: ProgramFields.city.default(''),
  signatory: Signatory.default({ name: '', position: '', rank: '', nip: '', acting: false }),
});
export type ProgramInput = z.input<typeof ProgramInput>;

export const ProgramPatch = z.object(ProgramFields).partial().extend({ id });
export type ProgramPatch = z.input<typeof ProgramPatch>;

export const Program = z.object({
  id,
  ...ProgramFields,
  code: z.string(),
  archived: z.boolean(),
  candidateCount: z.number().int().nonnegative(),
  assessorCount: z.number().int().nonnegative(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Program = z.infer<typeof Program>;

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

export const JOB_KINDS = ['demo:create'] as const;
export type JobKind = (typeof JOB_KINDS)[number];

export const JobStatus = z.enum(['running', 'done', 'cancelled', 'failed']);
export type JobStatus = z.infer<typeof JobStatus>;

export const JobState = z.object({
  jobId: z.string(),
  kind: z.enum(JOB_KINDS),
  status: JobStatus,
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  phase: z.string(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  result: z.unknown().optional(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
});
export type JobState = z.infer<typeof JobState>;

export const DemoResult = z.object({
  programId: id,
  code: z.string(),
  candidates: z.number().int(),
  assessors: z.number().int(),
});
export type DemoResult = z.infer<typeof DemoResult>;

// ---------------------------------------------------------------------------------------------
// Operations

export interface OperationSpec<N extends string, I extends z.ZodType, O extends z.ZodType> {
  readonly name: N;
  readonly input: I;
  readonly output: O;
  readonly roles: readonly Role[];
  /** Writes change data; the dispatcher announces them with a `data:changed` event. */
  readonly writes: boolean;
  readonly summary: string;
}

function operation<N extends string, I extends z.ZodType, O extends z.ZodType>(
  name: N,
  spec: Omit<OperationSpec<N, I, O>, 'name'>,
): OperationSpec<N, I, O> {
  return { name, ...spec };
}

const none = z.object({}).strict();
const byId = z.object({ id }).strict();
const byJob = z.object({ jobId: z.string().min(1).max(64) }).strict();

const OPERATION_LIST = [
  operation('app:info', {
    input: none,
    output: z.object({
      version: z.string(),
      schemaVersion: z.number().int(),
      dataDir: z.string(),
      door: z.enum(DOORS),
      role: z.enum(ROLES),
    }),
    roles: EVERYONE,
    writes: false,
    summary: 'Versi aplikasi, versi skema database, dan folder data.',
  }),
  operation('program:list', {
    input: z.object({ includeArchived: z.boolean().default(false) }).strict(),
    output: z.array(Program),
    roles: EVERYONE,
    writes: false,
    summary: 'Daftar program asesmen.',
  }),
  operation('program:get', {
    input: byId,
    output: Program,
    roles: EVERYONE,
    writes: false,
    summary: 'Satu program asesmen.',
  }),
  operation('program:create', {
    input: ProgramInput,
    output: Program,
    roles: STAFF,
    writes: true,
    summary: 'Membuat program asesmen baru.',
  }),
  operation('program:update', {
    input: ProgramPatch,
    output: Program,
    roles: STAFF,
    writes: true,
    summary: 'Mengubah data program asesmen.',
  }),
  operation('program:archive', {
    input: z.object({ id, archived: z.boolean() }).strict(),
    output: Program,
    roles: ['admin'],
    writes: true,
    summary: 'Mengarsipkan atau memulihkan program asesmen.',
  }),
  operation('roster:list', {
    input: z.object({ programId: id }).strict(),
    output: z.array(Candidate),
    roles: STAFF,
    writes: false,
    summary: 'Daftar peserta sebuah program.',
  }),
  operation('demo:create', {
    input: z
      .object({
        candidates: z.number().int().min(1).max(20_000).default(120),
        seed: z.number().int().nonnegative().default(2022),
      })
      .strict(),
    output: z.object({ jobId: z.string() }),
    roles: STAFF,
    writes: false,
    summary: 'Membuat program contoh lengkap dengan peserta dan penilai (sebagai proses latar).',
  }),
  operation('job:get', {
    input: byJob,
    output: JobState,
    roles: EVERYONE,
    writes: false,
    summary: 'Status satu proses latar belakang.',
  }),
  operation('job:wait', {
    input: byJob,
    output: JobState,
    roles: EVERYONE,
    writes: false,
    summary: 'Menunggu satu proses latar belakang selesai.',
  }),
  operation('job:cancel', {
    input: byJob,
    output: JobState,
    roles: STAFF,
    writes: false,
    summary: 'Membatalkan proses latar belakang; tidak ada data yang berubah.',
  }),
] as const;

type OperationList = typeof OPERATION_LIST;
export type AnyOperation = OperationList[number];
export type OperationName = AnyOperation['name'];
export type OperationOf<N extends OperationName> = Extract<AnyOperation, { name: N }>;
/** What a caller sends (defaults not yet applied). */
export type OpInput<N extends OperationName> = z.input<OperationOf<N>['input']>;
/** What a handler receives (after validation and defaults). */
export type OpParsedInput<N extends OperationName> = z.output<OperationOf<N>['input']>;
export type OpOutput<N extends OperationName> = z.output<OperationOf<N>['output']>;

/** Builds the name → spec map; a duplicate name is a programming error caught at start-up. */
export function indexOperations<T extends { name: string }>(list: readonly T[]): ReadonlyMap<string, T> {
  const map = new Map<string, T>();
  for (const spec of list) {
    if (map.has(spec.name)) throw new Error(`Duplicate operation name: ${spec.name}`);
    map.set(spec.name, spec);
  }
  return map;
}

export const operations = indexOperations<AnyOperation>(OPERATION_LIST);
export const operationNames = [...operations.keys()] as OperationName[];

export function isOperationName(name: string): name is OperationName {
  return operations.has(name);
}

// ---------------------------------------------------------------------------------------------
// Events (server → screens): job progress and "something changed, refresh".

export const EventSchemas = {
  'job:progress': z.object({
    jobId: z.string(),
    kind: z.enum(JOB_KINDS),
    done: z.number(),
    total: z.number(),
    phase: z.string(),
  }),
  'job:finished': JobState,
  'data:changed': z.object({ operation: z.string(), programId: z.number().nullable() }),
} as const;

export type EventName = keyof typeof EventSchemas;
export type EventPayload<E extends EventName> = z.infer<(typeof EventSchemas)[E]>;
/** A union discriminated by `name`, so `if (event.name === 'job:progress')` narrows the payload. */
export type AppEvent<E extends EventName = EventName> = E extends EventName
  ? { name: E; payload: EventPayload<E> }
  : never;
