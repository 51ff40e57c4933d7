import type { Program } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { ProgramsService } from './programs.service';

/** The programme, refusing changes once it is archived. */
export function writableProgram(programs: ProgramsService, programId: number): Program {
  const program = programs.get(programId);
  if (program.archived) throw new AppError('program-archived');
  return program;
}

/** A record of another programme is treated as not found: ids never cross programmes. */
export function sameProgram<T extends { programId: number }>(record: T | undefined, programId: number): T {
  if (!record || record.programId !== programId) throw new AppError('not-found');
  return record;
}

export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE';
}
