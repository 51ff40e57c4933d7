import { DOORS, SESSION_ROLES, none, operation, z } from '../schemas/common';

export const APP_OPERATIONS = [
  operation('app:info', {
    input: none,
    output: z.object({
      version: z.string(),
      schemaVersion: z.number().int(),
      dataDir: z.string(),
      door: z.enum(DOORS),
      role: z.enum(SESSION_ROLES),
      assessorId: z.number().int().nullable(),
    }),
    roles: SESSION_ROLES,
    writes: false,
    summary: 'Versi aplikasi, versi skema database, dan folder data.',
  }),
] as const;
