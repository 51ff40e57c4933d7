import { STAFF, id, operation, z } from '../schemas/common';
import { AssignAutoResult, AssignSetInput, AssignSetResult, AssignmentRow } from '../schemas/schedule';

export const ASSIGN_OPERATIONS = [
  operation('assign:list', {
    input: z.object({ programId: id }).strict(),
    output: z.array(AssignmentRow),
    roles: STAFF,
    writes: false,
    summary: 'Penugasan asesor per peserta dan metode.',
  }),
  operation('assign:auto', {
    input: z.object({ programId: id, perCandidate: z.number().int().min(1).max(5).default(2) }).strict(),
    output: AssignAutoResult,
    roles: STAFF,
    writes: true,
    summary:
      'Menugaskan asesor otomatis: beban merata, tidak pernah dari instansi peserta; kendala yang tak terpenuhi dilaporkan.',
  }),
  operation('assign:set', {
    input: AssignSetInput,
    output: AssignSetResult,
    roles: STAFF,
    writes: true,
    summary:
      'Menetapkan asesor seorang peserta pada satu metode secara manual (dengan peringatan bila ada konflik).',
  }),
] as const;
