import { id, z } from './common';

export const JOB_KINDS = [
  'demo:create',
  'roster:preview',
  'roster:import',
  'certificates:issue',
  'certificates:render',
  'reports:render',
  'results:export',
] as const;
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
