/**
 * The operations table: the whole API of Asesa. Electron IPC, the HTTP door and the CLI all
 * dispatch through this one list, so input validation and role checks live in exactly one place.
 *
 * Operation names are `area:verb-noun` in kebab-case. Adding an operation: declare it in the
 * area's list in `operations/*.ops.ts` (schemas in `schemas/`), then register its handler in
 * `src/main/operations.ts`; the dispatcher refuses to start while the two disagree.
 */
import { APP_OPERATIONS } from './operations/app.ops';
import { ASSESSOR_OPERATIONS } from './operations/assessors.ops';
import { ASSIGN_OPERATIONS } from './operations/assign.ops';
import { ATTENDANCE_OPERATIONS } from './operations/attendance.ops';
import { CERTIFICATES_OPERATIONS } from './operations/certificates.ops';
import { INSTRUMENTS_OPERATIONS } from './operations/instruments.ops';
import { SCHEDULE_OPERATIONS } from './operations/schedule.ops';
import { AUTH_OPERATIONS } from './operations/auth.ops';
import { EXPORT_OPERATIONS } from './operations/export.ops';
import { FILES_OPERATIONS } from './operations/files.ops';
import { JOB_OPERATIONS } from './operations/jobs.ops';
import { PROGRESS_OPERATIONS } from './operations/progress.ops';
import { RESULTS_OPERATIONS } from './operations/results.ops';
import { PROGRAM_OPERATIONS } from './operations/programs.ops';
import { ROSTER_OPERATIONS } from './operations/roster.ops';
import { SCORES_OPERATIONS, SCORING_OPERATIONS } from './operations/scores.ops';
import { z } from './schemas/common';
import { JOB_KINDS, JobState } from './schemas/jobs';
import { ScoresChanged } from './schemas/scoring';

export * from './schemas/common';
export * from './schemas/instruments';
export * from './schemas/schedule';
export * from './schemas/jobs';
export * from './schemas/programs';
export * from './schemas/roster';
export * from './schemas/scoring';
export * from './schemas/results';
export * from './schemas/certificate-template';
export * from './schemas/export';
export * from './schemas/certificates';

const OPERATION_LIST = [
  ...APP_OPERATIONS,
  ...INSTRUMENTS_OPERATIONS,
  ...ASSESSOR_OPERATIONS,
  ...SCHEDULE_OPERATIONS,
  ...ASSIGN_OPERATIONS,
  ...ATTENDANCE_OPERATIONS,
  ...PROGRAM_OPERATIONS,
  ...ROSTER_OPERATIONS,
  ...FILES_OPERATIONS,
  ...JOB_OPERATIONS,
  ...AUTH_OPERATIONS,
  ...SCORING_OPERATIONS,
  ...SCORES_OPERATIONS,
  ...PROGRESS_OPERATIONS,
  ...RESULTS_OPERATIONS,
  ...CERTIFICATES_OPERATIONS,
  ...EXPORT_OPERATIONS,
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
  /** Sheet counts after a save, submit, reopen or import: live progress, never a level. */
  'scores:changed': ScoresChanged,
} as const;

export type EventName = keyof typeof EventSchemas;
export type EventPayload<E extends EventName> = z.infer<(typeof EventSchemas)[E]>;
/** A union discriminated by `name`, so `if (event.name === 'job:progress')` narrows the payload. */
export type AppEvent<E extends EventName = EventName> = E extends EventName
  ? { name: E; payload: EventPayload<E> }
  : never;
