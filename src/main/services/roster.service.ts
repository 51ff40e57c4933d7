import type { Candidate, OpParsedInput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { validateCandidateFields } from '../../shared/domain/candidate-fields';
import type { CallContext } from '../context';
import type { Db } from '../db/open';
import type { AuditRepo } from '../db/repos/audit.repo';
import type { CandidatesRepo } from '../db/repos/candidates.repo';
import type { ProgramsService } from './programs.service';

export interface RosterServiceDeps {
  db: Db;
  candidates: CandidatesRepo;
  programs: ProgramsService;
  audit: AuditRepo;
  now: () => Date;
}

type Fields = OpParsedInput<'roster:add'>['candidate'];

function isUniqueViolation(error: unknown, column: string): boolean {
  const e = error as { code?: string; message?: string };
  return e.code === 'SQLITE_CONSTRAINT_UNIQUE' && (e.message ?? '').includes(column);
}

/** Adding, editing and removing single candidates; bulk import lives in roster-import.job.ts. */
export function createRosterService({ db, candidates, programs, audit, now }: RosterServiceDeps) {
  function mustGet(id: number): Candidate {
    const candidate = candidates.get(id);
    if (!candidate) throw new AppError('not-found');
    return candidate;
  }

  function checked(fields: Fields): Omit<Candidate, 'id' | 'programId' | 'participantNo'> {
    const result = validateCandidateFields(fields);
    if (!result.ok) throw new AppError('candidate-invalid', undefined, result.problems);
    return result.value;
  }

  function writeGuarded<T>(write: () => T): T {
    try {
      return write();
    } catch (error) {
      if (isUniqueViolation(error, 'nip')) throw new AppError('candidate-nip-taken');
      if (isUniqueViolation(error, 'participant_no')) {
        throw new AppError('candidate-invalid', 'Nomor peserta ini sudah dipakai peserta lain.');
      }
      if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_FOREIGNKEY')
        throw new AppError('candidate-in-use');
      throw error;
    }
  }

  return {
    list(programId: number): Candidate[] {
      programs.get(programId);
      return candidates.list(programId);
    },

    add(input: OpParsedInput<'roster:add'>, ctx: CallContext): Candidate {
      const program = programs.get(input.programId);
      if (program.archived) throw new AppError('program-archived');
      const value = checked(input.candidate);
      const at = now().toISOString();
      return writeGuarded(() =>
        db.transaction(() => {
          const participantNo =
            input.candidate.participantNo || candidates.nextParticipantNo(input.programId);
          const id = candidates.insert({ ...value, programId: input.programId, participantNo }, at);
          audit.record(ctx, at, {
            action: 'roster:add',
            entity: 'candidate',
            entityId: id,
            programId: input.programId,
          });
          return mustGet(id);
        })(),
      );
    },

    update(input: OpParsedInput<'roster:update'>, ctx: CallContext): Candidate {
      const before = mustGet(input.id);
      if (programs.get(before.programId).archived) throw new AppError('program-archived');
      const merged = { ...before, ...input.candidate };
      const value = checked(merged);
      const at = now().toISOString();
      return writeGuarded(() =>
        db.transaction(() => {
          candidates.update(
            input.id,
            { ...value, participantNo: merged.participantNo || before.participantNo },
            at,
          );
          audit.record(ctx, at, {
            action: 'roster:update',
            entity: 'candidate',
            entityId: input.id,
            programId: before.programId,
            // Field names only: personal data stays out of the log's free text.
            after: { fields: Object.keys(input.candidate) },
          });
          return mustGet(input.id);
        })(),
      );
    },

    remove(id: number, ctx: CallContext): { deleted: true } {
      const before = mustGet(id);
      if (programs.get(before.programId).archived) throw new AppError('program-archived');
      const at = now().toISOString();
      return writeGuarded(() =>
        db.transaction(() => {
          candidates.remove(id);
          audit.record(ctx, at, {
            action: 'roster:delete',
            entity: 'candidate',
            entityId: id,
            programId: before.programId,
          });
          return { deleted: true as const };
        })(),
      );
    },
  };
}

export type RosterService = ReturnType<typeof createRosterService>;
