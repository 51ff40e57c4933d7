import { FileRef, STAFF, byId, id, none, operation, z } from '../schemas/common';
import { Candidate, CandidateFields, RosterSource } from '../schemas/roster';

export const ROSTER_OPERATIONS = [
  operation('roster:list', {
    input: z.object({ programId: id }).strict(),
    output: z.array(Candidate),
    roles: STAFF,
    writes: false,
    summary: 'Daftar peserta sebuah program.',
  }),
  operation('roster:add', {
    input: z.object({ programId: id, candidate: CandidateFields }).strict(),
    output: Candidate,
    roles: STAFF,
    writes: true,
    summary: 'Menambah satu peserta.',
  }),
  operation('roster:update', {
    input: z.object({ id, candidate: CandidateFields.partial() }).strict(),
    output: Candidate,
    roles: STAFF,
    writes: true,
    summary: 'Mengubah data satu peserta.',
  }),
  operation('roster:delete', {
    input: byId,
    output: z.object({ deleted: z.literal(true) }),
    roles: STAFF,
    writes: true,
    summary: 'Menghapus satu peserta yang belum dinilai.',
  }),
  operation('roster:preview', {
    input: z.object(RosterSource).strict(),
    output: z.object({ jobId: z.string() }),
    roles: STAFF,
    writes: false,
    summary: 'Membaca berkas peserta dan menampilkan pratinjau serta masalahnya (proses latar).',
  }),
  operation('roster:import', {
    input: z.object({ ...RosterSource, validOnly: z.boolean().default(false) }).strict(),
    output: z.object({ jobId: z.string() }),
    roles: STAFF,
    writes: false,
    summary: 'Mengimpor berkas peserta: semua atau tidak sama sekali, atau hanya baris yang valid.',
  }),
  operation('roster:template', {
    input: none,
    output: FileRef,
    roles: STAFF,
    writes: false,
    summary: 'Membuat templat daftar peserta (.xlsx) untuk dibagikan ke perangkat daerah.',
  }),
] as const;
