import type { AreaHandlers, Services } from './area';

export function resultsHandlers(s: Services): AreaHandlers<'results'> {
  return {
    'results:settings': (input) => s.results.settings(input.programId),
    'results:update-settings': (input, ctx) => s.results.updateSettings(input, ctx),
    'results:list': (input) => s.results.list(input.programId),
    'results:integration': (input) => s.results.integration(input.programId, input.candidateId),
    'results:agree': (input, ctx) => s.results.agree(input, ctx),
    'results:accept-suggestions': (input, ctx) =>
      s.results.acceptSuggestions(input.programId, input.candidateId, ctx),
    'results:agreement': (input) => s.results.agreement(input.programId),
    'results:select': (input, ctx) => s.results.select(input, ctx),
    'results:selection': (input) => s.results.selection(input.programId),
    'results:move-selected': (input, ctx) => s.results.moveSelected(input, ctx),
    'results:finalize': (input, ctx) => s.results.finalize(input.programId, ctx),
    'results:reopen': (input, ctx) => s.results.reopen(input, ctx),
  };
}
