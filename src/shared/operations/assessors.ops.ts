import { STAFF, byId, id, operation, z } from '../schemas/common';
import { Assessor, AssessorAdd, AssessorPatch, NewPin } from '../schemas/schedule';

export const ASSESSOR_OPERATIONS = [
  operation('assessor:list', {
    input: z.object({ programId: id }).strict(),
    output: z.array(Assessor),
    roles: STAFF,
    writes: false,
    summary: 'Daftar asesor sebuah program (tanpa PIN).',
  }),
  operation('assessor:add', {
    input: AssessorAdd,
    output: Assessor,
    roles: STAFF,
    writes: true,
    summary: 'Menambah asesor dengan PIN 4–8 angka (disimpan tersandi, tidak ditampilkan lagi).',
  }),
  operation('assessor:update', {
    input: AssessorPatch,
    output: Assessor,
    roles: STAFF,
    writes: true,
    summary: 'Mengubah nama, NIP, peran, atau instansi asesor.',
  }),
  operation('assessor:set-pin', {
    input: z.object({ id, pin: NewPin }).strict(),
    output: z.object({ pinSet: z.literal(true) }),
    roles: STAFF,
    writes: true,
    summary: 'Mengganti PIN asesor.',
  }),
  operation('assessor:delete', {
    input: byId,
    output: z.object({ deleted: z.literal(true) }),
    roles: STAFF,
    writes: true,
    summary: 'Menghapus asesor yang belum menilai (penugasannya yang belum dinilai ikut dihapus).',
  }),
] as const;
