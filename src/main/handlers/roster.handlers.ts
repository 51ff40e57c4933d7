import { AppError } from '../../shared/errors';
import { renderRosterTemplate } from '../documents/roster-template.xlsx';
import type { AreaHandlers, Services } from './area';

export function rosterHandlers(s: Services): AreaHandlers<'roster'> {
  return {
    'roster:list': (input) => s.roster.list(input.programId),
    'roster:add': (input, ctx) => s.roster.add(input, ctx),
    'roster:update': (input, ctx) => s.roster.update(input, ctx),
    'roster:delete': (input, ctx) => s.roster.remove(input.id, ctx),
    'roster:preview': (input, ctx) => {
      s.files.upload(input.uploadId);
      s.programs.get(input.programId);
      return { jobId: s.jobs.start('roster:preview', input, ctx).jobId };
    },
    'roster:import': (input, ctx) => {
      s.files.upload(input.uploadId);
      if (s.programs.get(input.programId).archived) throw new AppError('program-archived');
      return { jobId: s.jobs.start('roster:import', input, ctx).jobId };
    },
    'roster:template': async () => {
      const target = s.files.reserveDownload('templat-daftar-peserta-asesa.xlsx');
      await renderRosterTemplate(target.tempPath);
      const stored = target.commit();
      return { id: stored.id, fileName: stored.fileName, size: stored.size };
    },
  };
}
