import type { AreaHandlers, Services } from './area';

export function scoringHandlers(s: Services): AreaHandlers<'scoring'> {
  return {
    'scoring:my-sheets': (input, ctx) => s.scoring.mySheets(input.programId, ctx),
    'scoring:get-sheet': (input, ctx) => s.scoring.getSheet(input.assignmentId, ctx),
  };
}

export function scoresHandlers(s: Services): AreaHandlers<'scores'> {
  return {
    'scores:save': (input, ctx) => s.scoring.save(input, ctx),
    'scores:save-criterion': (input, ctx) => s.scoring.saveCriterion(input, ctx),
    'scores:submit': (input, ctx) => s.scoring.submit(input.assignmentId, ctx),
    'scores:reopen': (input, ctx) => s.scoring.reopen(input, ctx),
    'scores:export-sheet': (input) => s.scoreSheets.exportSheet(input.programId, input.assessorId),
    'scores:import-sheet': (input, ctx) => s.scoreSheets.importSheet(input, ctx),
  };
}
