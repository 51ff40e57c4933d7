import type { AreaHandlers, Services } from './area';

export function instrumentsHandlers(s: Services): AreaHandlers<'instruments'> {
  return {
    'instruments:get': (input) => s.instruments.get(input.programId),
    'instruments:save-competency': (input, ctx) => s.instruments.saveCompetency(input, ctx),
    'instruments:delete-competency': (input, ctx) => s.instruments.deleteCompetency(input.id, ctx),
    'instruments:save-method': (input, ctx) => s.instruments.saveMethod(input, ctx),
    'instruments:delete-method': (input, ctx) => s.instruments.deleteMethod(input.id, ctx),
    'instruments:set-matrix': (input, ctx) => s.instruments.setMatrix(input, ctx),
    'instruments:set-standard': (input, ctx) => s.instruments.setStandard(input, ctx),
    'instruments:save-rubric': (input, ctx) => s.instruments.saveRubric(input, ctx),
    'instruments:delete-rubric': (input, ctx) => s.instruments.deleteRubric(input.id, ctx),
  };
}
