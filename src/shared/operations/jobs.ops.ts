import { EVERYONE, STAFF, operation, z } from '../schemas/common';
import { JobState } from '../schemas/jobs';

const byJob = z.object({ jobId: z.string().min(1).max(64) }).strict();

export const JOB_OPERATIONS = [
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
