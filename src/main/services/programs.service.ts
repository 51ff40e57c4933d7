import type { OpParsedInput, Program } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { CallContext } from '../context';
import type { Db } from '../db/open';
import type { AuditRepo } from '../db/repos/audit.repo';
import type { ProgramRecord, ProgramsRepo } from '../db/repos/programs.repo';
import { installNationalPreset } from './instruments-preset';

export interface ProgramsServiceDeps {
  db: Db;
  programs: ProgramsRepo;
  audit: AuditRepo;
  now: () => Date;
}

function checkDates(record: Pick<ProgramRecord, 'startDate' | 'endDate'>): void {
  if (record.startDate && record.endDate && record.endDate < record.startDate) {
    throw new AppError('invalid-date-range');
  }
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE';
}

function recordOf(program: Program): ProgramRecord {
  const {
    id: _id,
    archived: _a,
    candidateCount: _c,
    assessorCount: _s,
    createdAt: _cr,
    updatedAt: _u,
    ...record
  } = program;
  return record;
}

export function createProgramsService({ db, programs, audit, now }: ProgramsServiceDeps) {
  function mustGet(id: number): Program {
    const program = programs.get(id);
    if (!program) throw new AppError('not-found');
    return program;
  }

  return {
    list(input: OpParsedInput<'program:list'>): Program[] {
      return programs.list(input.includeArchived);
    },

    get(id: number): Program {
      return mustGet(id);
    },

    getByCode(code: string): Program {
      const program = programs.getByCode(code.trim().toUpperCase());
      if (!program) throw new AppError('not-found', `Program dengan kode ${code} tidak ditemukan.`);
      return program;
    },

    create(input: OpParsedInput<'program:create'>, ctx: CallContext): Program {
      checkDates(input);
      const at = now().toISOString();
      try {
        return db.transaction(() => {
          const id = programs.insert(input, at);
          installNationalPreset(db, id);
          const created = mustGet(id);
          audit.record(ctx, at, {
            action: 'program:create',
            entity: 'program',
            entityId: id,
            programId: id,
            after: input,
          });
          return created;
        })();
      } catch (error) {
        if (isUniqueViolation(error)) throw new AppError('program-code-taken');
        throw error;
      }
    },

    update(input: OpParsedInput<'program:update'>, ctx: CallContext): Program {
      const { id, ...given } = input;
      // A key sent as undefined (structured clone over IPC keeps them) means "unchanged".
      const patch = Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined));
      const at = now().toISOString();
      try {
        return db.transaction(() => {
          const before = mustGet(id);
          if (before.archived) throw new AppError('program-archived');
          const record: ProgramRecord = { ...recordOf(before), ...patch };
          checkDates(record);
          programs.update(id, record, at);
          audit.record(ctx, at, {
            action: 'program:update',
            entity: 'program',
            entityId: id,
            programId: id,
            before: recordOf(before),
            after: record,
          });
          return mustGet(id);
        })();
      } catch (error) {
        if (isUniqueViolation(error)) throw new AppError('program-code-taken');
        throw error;
      }
    },

    setArchived(input: OpParsedInput<'program:archive'>, ctx: CallContext): Program {
      const at = now().toISOString();
      return db.transaction(() => {
        const before = mustGet(input.id);
        programs.setArchived(input.id, input.archived ? at : null, at);
        audit.record(ctx, at, {
          action: input.archived ? 'program:archive' : 'program:unarchive',
          entity: 'program',
          entityId: input.id,
          programId: input.id,
          before: { archived: before.archived },
          after: { archived: input.archived },
        });
        return mustGet(input.id);
      })();
    },
  };
}

export type ProgramsService = ReturnType<typeof createProgramsService>;
