import { id, operation, z } from '../schemas/common';
import { ProgressReport } from '../schemas/scoring';

export const PROGRESS_OPERATIONS = [
  operation('progress:get', {
    input: z.object({ programId: id }).strict(),
    output: ProgressReport,
    roles: ['admin', 'operator', 'lead-assessor'],
    writes: false,
    summary: 'Kemajuan penilaian per asesor, peserta, dan sesi (jumlah saja, tanpa nilai).',
  }),
] as const;
