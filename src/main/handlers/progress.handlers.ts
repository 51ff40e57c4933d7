import type { AreaHandlers, Services } from './area';

export function progressHandlers(s: Services): AreaHandlers<'progress'> {
  return {
    'progress:get': (input) => s.progress.get(input.programId),
  };
}
