import type { AreaHandlers, Services } from './area';

export function programHandlers(s: Services): AreaHandlers<'program'> {
  return {
    'program:list': (input) => s.programs.list(input),
    'program:get': (input) => s.programs.get(input.id),
    'program:create': (input, ctx) => s.programs.create(input, ctx),
    'program:update': (input, ctx) => s.programs.update(input, ctx),
    'program:archive': (input, ctx) => s.programs.setArchived(input, ctx),
  };
}
