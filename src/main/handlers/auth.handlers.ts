import type { AreaHandlers, Services } from './area';

export function authHandlers(s: Services): AreaHandlers<'auth'> {
  return {
    'auth:assessors': (input) => s.auth.assessors(input.programId),
    'auth:login': (input, ctx) => s.auth.login(input.assessorId, input.pin, ctx),
    'auth:lock': (_input, ctx) => s.auth.lock(ctx),
    'auth:operator': (input, ctx) => s.auth.operator(input.pin, ctx),
    'auth:whoami': (_input, ctx) => s.auth.whoami(ctx),
    'auth:set-admin-pin': (input, ctx) => s.auth.setAdminPin(input.pin, ctx),
  };
}
