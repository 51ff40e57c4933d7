import type { Assessor, OpParsedInput } from '../../shared/contract';
import { parseNip } from '../../shared/domain/nip';
import { AppError } from '../../shared/errors';
import type { CallContext } from '../context';
import type { Db } from '../db/open';
import type { AssessorRecord, AssessorsRepo } from '../db/repos/assessors.repo';
import type { AuditRepo } from '../db/repos/audit.repo';
import { hashPin } from './pin';
import { isUniqueViolation, writableProgram } from './program-guard';
import type { ProgramsService } from './programs.service';

export interface AssessorsServiceDeps {
  db: Db;
  assessors: AssessorsRepo;
  programs: ProgramsService;
  audit: AuditRepo;
  now: () => Date;
}

/** An optional NIP: empty means none; anything else must be a valid NIP, stored normalised. */
function checkedNip(nip: string | null | undefined): string | null {
  if (nip === null || nip === undefined || nip.trim() === '') return null;
  const parsed = parseNip(nip);
  if (!parsed.ok)
    throw new AppError('assessor-invalid', `NIP asesor tidak valid: ${parsed.message}`, [
      { path: 'nip', code: parsed.code, message: parsed.message },
    ]);
  return parsed.nip;
}

function toAssessor(record: AssessorRecord): Assessor {
  return { ...record };
}

/**
 * Assessors of a programme. A PIN is hashed with scrypt before the write transaction opens and
 * is never returned, logged or audited; the audit log records which fields changed.
 */
export function createAssessorsService({ db, assessors: repo, programs, audit, now }: AssessorsServiceDeps) {
  function mustGet(id: number): AssessorRecord {
    const record = repo.get(id);
    if (!record) throw new AppError('not-found');
    return record;
  }

  function guarded<T>(write: () => T): T {
    try {
      return write();
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError('assessor-nip-taken');
      throw error;
    }
  }

  return {
    list(programId: number): Assessor[] {
      programs.get(programId);
      return repo.list(programId).map(toAssessor);
    },

    async add(input: OpParsedInput<'assessor:add'>, ctx: CallContext): Promise<Assessor> {
      writableProgram(programs, input.programId);
      const nip = checkedNip(input.nip);
      const pinHash = await hashPin(input.pin);
      const at = now().toISOString();
      return guarded(() =>
        db.transaction(() => {
          writableProgram(programs, input.programId);
          const id = repo.insert(
            {
              programId: input.programId,
              name: input.name,
              nip,
              role: input.role,
              unit: input.unit,
              pinHash,
            },
            at,
          );
          audit.record(ctx, at, {
            action: 'assessor:add',
            entity: 'assessor',
            entityId: id,
            programId: input.programId,
            after: { role: input.role, nip: nip !== null },
          });
          return toAssessor(mustGet(id));
        })(),
      );
    },

    update(input: OpParsedInput<'assessor:update'>, ctx: CallContext): Assessor {
      const before = mustGet(input.id);
      writableProgram(programs, before.programId);
      const nip = input.nip === undefined ? before.nip : checkedNip(input.nip);
      const at = now().toISOString();
      return guarded(() =>
        db.transaction(() => {
          repo.update({
            id: input.id,
            name: input.name ?? before.name,
            nip,
            role: input.role ?? before.role,
            unit: input.unit ?? before.unit,
          });
          audit.record(ctx, at, {
            action: 'assessor:update',
            entity: 'assessor',
            entityId: input.id,
            programId: before.programId,
            // Field names only: names and NIPs stay out of the log's free text.
            after: { fields: Object.keys(input).filter((k) => k !== 'id') },
          });
          return toAssessor(mustGet(input.id));
        })(),
      );
    },

    async setPin(input: OpParsedInput<'assessor:set-pin'>, ctx: CallContext): Promise<{ pinSet: true }> {
      const before = mustGet(input.id);
      writableProgram(programs, before.programId);
      const pinHash = await hashPin(input.pin);
      const at = now().toISOString();
      return db.transaction(() => {
        mustGet(input.id);
        repo.setPinHash(input.id, pinHash);
        audit.record(ctx, at, {
          action: 'assessor:set-pin',
          entity: 'assessor',
          entityId: input.id,
          programId: before.programId,
        });
        return { pinSet: true as const };
      })();
    },

    /** Removes an assessor and their unscored assignments; refused once they have scored. */
    remove(id: number, ctx: CallContext): { deleted: true } {
      const before = mustGet(id);
      writableProgram(programs, before.programId);
      const at = now().toISOString();
      return db.transaction(() => {
        if (repo.scoredAssignments(id) > 0) throw new AppError('assessor-in-use');
        repo.remove(id);
        audit.record(ctx, at, {
          action: 'assessor:delete',
          entity: 'assessor',
          entityId: id,
          programId: before.programId,
          before: { role: before.role, assignments: before.assignments },
        });
        return { deleted: true as const };
      })();
    },
  };
}

export type AssessorsService = ReturnType<typeof createAssessorsService>;
