import type { AreaHandlers, Services } from './area';

export function assessorHandlers(s: Services): AreaHandlers<'assessor'> {
  return {
    'assessor:list': (input) => s.assessors.list(input.programId),
    'assessor:add': (input, ctx) => s.assessors.add(input, ctx),
    'assessor:update': (input, ctx) => s.assessors.update(input, ctx),
    'assessor:set-pin': (input, ctx) => s.assessors.setPin(input, ctx),
    'assessor:delete': (input, ctx) => s.assessors.remove(input.id, ctx),
  };
}
