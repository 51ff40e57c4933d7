import { EVERYONE, STAFF, byId, id, operation, z } from '../schemas/common';
import { Program, ProgramInput, ProgramPatch } from '../schemas/programs';

export const PROGRAM_OPERATIONS = [
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
] as const;
