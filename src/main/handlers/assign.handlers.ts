import type { AreaHandlers, Services } from './area';

export function assignHandlers(s: Services): AreaHandlers<'assign'> {
  return {
    'assign:list': (input) => s.assignment.list(input.programId),
    'assign:auto': (input, ctx) => s.assignment.auto(input, ctx),
    'assign:set': (input, ctx) => s.assignment.set(input, ctx),
  };
}
