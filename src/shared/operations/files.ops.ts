import { EVERYONE, FileRef, PICK_PURPOSES, STAFF, operation, z } from '../schemas/common';

export const FILES_OPERATIONS = [
  operation('files:pick', {
    input: z.object({ purpose: z.enum(PICK_PURPOSES) }).strict(),
    output: FileRef.nullable(),
    roles: STAFF,
    writes: false,
    summary: 'Memilih berkas dengan dialog sistem (aplikasi desktop).',
  }),
  operation('files:open', {
    input: z.object({ downloadId: z.string().min(1).max(64) }).strict(),
    output: z.object({ opened: z.boolean() }),
    roles: EVERYONE,
    writes: false,
    summary: 'Membuka berkas hasil (mis. PDF untuk dicetak) di aplikasi bawaan sistem (aplikasi desktop).',
  }),
  operation('files:save', {
    input: z.object({ downloadId: z.string().min(1).max(64) }).strict(),
    output: z.object({ saved: z.boolean() }),
    roles: EVERYONE,
    writes: false,
    summary: 'Menyimpan berkas hasil dengan dialog sistem (aplikasi desktop).',
  }),
] as const;
