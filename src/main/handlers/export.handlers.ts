import { AppError } from '../../shared/errors';
import type { AreaHandlers, Services } from './area';

export function exportHandlers(s: Services): AreaHandlers<'export'> {
  return {
    'export:results': (input, ctx) => {
      // Refuse at once rather than through a failed job: nothing to export without candidates.
      if (s.programs.get(input.programId).candidateCount === 0) throw new AppError('export-no-candidates');
      return { jobId: s.jobs.start('results:export', input, ctx).jobId };
    },
    'export:problem-lists': (input) => {
      s.programs.get(input.programId);
      return s.problemLists.list(input.programId);
    },
    'export:problem-list': (input) => s.problemLists.file(input.programId, input.kind),
  };
}
