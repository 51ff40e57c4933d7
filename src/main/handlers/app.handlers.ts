import type { AreaHandlers, Services } from './area';

export function appHandlers(s: Services): AreaHandlers<'app'> {
  return {
    'app:info': (_input, ctx) => ({
      version: s.version,
      schemaVersion: s.schemaVersion(),
      dataDir: s.dataDir,
      door: ctx.door,
      role: ctx.role,
      assessorId: ctx.assessorId ?? null,
    }),
  };
}
