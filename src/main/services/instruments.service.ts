import type {
  AssessmentMethod,
  Competency,
  Instruments,
  MatrixCell,
  OpParsedInput,
  StandardLevel,
} from '../../shared/contract';
import { METHOD_PRESETS } from '../../shared/domain/methods';
import { POSITION_LEVELS, parsePositionLevel } from '../../shared/domain/positions';
import { AppError } from '../../shared/errors';
import type { CallContext } from '../context';
import type { Db } from '../db/open';
import type { AuditRepo } from '../db/repos/audit.repo';
import type {
  CompetencyRecord,
  InstrumentsRepo,
  LevelRecord,
  MethodRecord,
} from '../db/repos/instruments.repo';
import { isUniqueViolation, sameProgram, writableProgram } from './program-guard';
import type { ProgramsService } from './programs.service';
import { createRubricsService, toRubric } from './rubrics.service';

export interface InstrumentsServiceDeps {
  db: Db;
  instruments: InstrumentsRepo;
  programs: ProgramsService;
  audit: AuditRepo;
  now: () => Date;
}

const TECHNICAL_CODE = /^T\.(\d{1,3})$/;

function toCompetency(record: CompetencyRecord, levels: LevelRecord[], inUse: boolean): Competency {
  return {
    id: record.id,
    code: record.code,
    name: record.name,
    kind: record.kind,
    sortOrder: record.sortOrder,
    levels: levels.map((l) => ({ level: l.level, title: l.title, description: l.description })),
    inUse,
  };
}

/**
 * A programme's instruments: the competency set (national preset plus technical T.x), methods,
 * the competency × method matrix, standard levels, and weighted rubrics. Every change is a
 * settings change and is audited in the same transaction.
 */
export function createInstrumentsService({
  db,
  instruments: repo,
  programs,
  audit,
  now,
}: InstrumentsServiceDeps) {
  const rubrics = createRubricsService({ db, instruments: repo, programs, audit, now });

  function competencyOf(programId: number, id: number): CompetencyRecord {
    return sameProgram(repo.competency(id), programId);
  }

  function readCompetency(id: number): Competency {
    const record = repo.competency(id) as CompetencyRecord;
    return toCompetency(record, repo.levelsOf(id), repo.competencyUse(id) > 0);
  }

  function readMethod(record: MethodRecord): AssessmentMethod {
    const cells = repo.matrix(record.programId).filter((c) => c.methodId === record.id);
    return {
      id: record.id,
      code: record.code,
      name: record.name,
      sortOrder: record.sortOrder,
      rubricId: record.rubricId,
      competencyIds: cells.map((c) => c.competencyId),
      inUse: repo.methodUse(record.id) > 0,
    };
  }

  function nextTechnicalCode(programId: number): string {
    const taken = repo
      .competencies(programId)
      .map((c) => TECHNICAL_CODE.exec(c.code)?.[1])
      .filter((n): n is string => n !== undefined)
      .map(Number);
    return `T.${Math.max(0, ...taken) + 1}`;
  }

  return {
    get(programId: number): Instruments {
      programs.get(programId);
      const levels = repo.levels(programId);
      const matrix = repo.matrix(programId);
      const standards = repo.standards(programId) as StandardLevel[];
      const criteria = repo.criteria(programId);
      const known = POSITION_LEVELS.map((l) => l.level as string);
      const extra = repo.positionLevels(programId).filter((l) => !known.includes(l));
      return {
        programId,
        competencies: repo.competencies(programId).map((c) =>
          toCompetency(
            c,
            levels.filter((l) => l.competencyId === c.id),
            repo.competencyUse(c.id) > 0,
          ),
        ),
        methods: repo.methods(programId).map((m) => ({
          id: m.id,
          code: m.code,
          name: m.name,
          sortOrder: m.sortOrder,
          rubricId: m.rubricId,
          competencyIds: matrix.filter((c) => c.methodId === m.id).map((c) => c.competencyId),
          inUse: repo.methodUse(m.id) > 0,
        })),
        matrix,
        standards,
        positionLevels: [...known, ...extra],
        rubrics: repo.rubrics(programId).map((r) =>
          toRubric(
            r,
            criteria.filter((c) => c.rubricId === r.id),
            repo.scoredCriteria(r.id).length > 0,
          ),
        ),
      };
    },

    saveCompetency(input: OpParsedInput<'instruments:save-competency'>, ctx: CallContext): Competency {
      writableProgram(programs, input.programId);
      const at = now().toISOString();
      try {
        return db.transaction(() => {
          let id: number;
          let before: Competency | undefined;
          if (input.id === undefined) {
            const code = input.code || nextTechnicalCode(input.programId);
            if (!TECHNICAL_CODE.test(code)) throw new AppError('competency-code-invalid');
            id = repo.insertCompetency({
              programId: input.programId,
              code,
              name: input.name,
              kind: 'technical',
            });
            // A new competency gets the programme's default standard per position level in use,
            // so results never miss a standard; the operator adjusts them per position.
            const defaults = new Map<string, number>();
            for (const s of repo.standards(input.programId)) {
              if (!defaults.has(s.positionLevel)) defaults.set(s.positionLevel, s.level);
            }
            for (const [positionLevel, level] of defaults)
              repo.setStandard(input.programId, positionLevel, id, level);
          } else {
            const existing = competencyOf(input.programId, input.id);
            before = readCompetency(existing.id);
            const code = input.code || existing.code;
            if (code !== existing.code) {
              if (existing.kind !== 'technical') throw new AppError('competency-code-fixed');
              if (!TECHNICAL_CODE.test(code)) throw new AppError('competency-code-invalid');
            }
            id = existing.id;
            repo.updateCompetency(id, code, input.name);
          }
          for (const level of input.levels) repo.upsertLevel({ competencyId: id, ...level });
          const after = readCompetency(id);
          audit.record(ctx, at, {
            action: 'instruments:save-competency',
            entity: 'competency',
            entityId: id,
            programId: input.programId,
            before,
            after,
          });
          return after;
        })();
      } catch (error) {
        if (isUniqueViolation(error)) throw new AppError('competency-code-taken');
        throw error;
      }
    },

    deleteCompetency(id: number, ctx: CallContext): { deleted: true } {
      const existing = repo.competency(id);
      if (!existing) throw new AppError('not-found');
      writableProgram(programs, existing.programId);
      const at = now().toISOString();
      return db.transaction(() => {
        if (repo.competencyUse(id) > 0) throw new AppError('competency-in-use');
        const before = readCompetency(id);
        repo.deleteCompetency(id);
        audit.record(ctx, at, {
          action: 'instruments:delete-competency',
          entity: 'competency',
          entityId: id,
          programId: existing.programId,
          before,
        });
        return { deleted: true as const };
      })();
    },

    saveMethod(input: OpParsedInput<'instruments:save-method'>, ctx: CallContext): AssessmentMethod {
      writableProgram(programs, input.programId);
      if (input.rubricId !== null) sameProgram(repo.rubric(input.rubricId), input.programId);
      const at = now().toISOString();
      try {
        return db.transaction(() => {
          let id: number;
          let before: AssessmentMethod | undefined;
          if (input.id === undefined) {
            id = repo.insertMethod({
              programId: input.programId,
              code: input.code,
              name: input.name,
              rubricId: input.rubricId,
            });
            // Switching on a preset method brings its default evidence matrix along.
            const preset = METHOD_PRESETS.find((m) => m.code === input.code);
            for (const code of preset?.evidenceFor ?? []) {
              const competency = repo.competencyByCode(input.programId, code);
              if (competency) repo.addCell(competency.id, id);
            }
          } else {
            const existing = sameProgram(repo.method(input.id), input.programId);
            before = readMethod(existing);
            id = existing.id;
            repo.updateMethod(id, input.code, input.name, input.rubricId);
          }
          const after = readMethod(repo.method(id) as MethodRecord);
          audit.record(ctx, at, {
            action: 'instruments:save-method',
            entity: 'method',
            entityId: id,
            programId: input.programId,
            before,
            after,
          });
          return after;
        })();
      } catch (error) {
        if (isUniqueViolation(error)) throw new AppError('method-code-taken');
        throw error;
      }
    },

    deleteMethod(id: number, ctx: CallContext): { deleted: true } {
      const existing = repo.method(id);
      if (!existing) throw new AppError('not-found');
      writableProgram(programs, existing.programId);
      const at = now().toISOString();
      return db.transaction(() => {
        if (repo.methodUse(id) > 0) throw new AppError('method-in-use');
        const before = readMethod(existing);
        repo.deleteMethod(id);
        audit.record(ctx, at, {
          action: 'instruments:delete-method',
          entity: 'method',
          entityId: id,
          programId: existing.programId,
          before,
        });
        return { deleted: true as const };
      })();
    },

    setMatrix(input: OpParsedInput<'instruments:set-matrix'>, ctx: CallContext): MatrixCell[] {
      writableProgram(programs, input.programId);
      const competencyIds = new Set(repo.competencies(input.programId).map((c) => c.id));
      const methodIds = new Set(repo.methods(input.programId).map((m) => m.id));
      const foreign = input.cells.find(
        (c) => !competencyIds.has(c.competencyId) || !methodIds.has(c.methodId),
      );
      if (foreign) throw new AppError('matrix-invalid', undefined, foreign);
      const at = now().toISOString();
      return db.transaction(() => {
        const before = repo.matrix(input.programId);
        const kept = new Set(input.cells.map((c) => `${c.competencyId}:${c.methodId}`));
        const rated = before.find(
          (c) => !kept.has(`${c.competencyId}:${c.methodId}`) && repo.cellRated(c.competencyId, c.methodId),
        );
        if (rated) {
          const competency = repo.competency(rated.competencyId)?.code ?? '';
          const method = repo.method(rated.methodId)?.code ?? '';
          throw new AppError(
            'matrix-in-use',
            `Kompetensi ${competency} sudah dinilai melalui metode ${method} sehingga sel itu tidak dapat dilepas dari matriks.`,
          );
        }
        repo.replaceMatrix(input.programId, input.cells);
        const after = repo.matrix(input.programId);
        audit.record(ctx, at, {
          action: 'instruments:set-matrix',
          entity: 'matrix',
          entityId: null,
          programId: input.programId,
          before,
          after,
        });
        return after;
      })();
    },

    setStandard(input: OpParsedInput<'instruments:set-standard'>, ctx: CallContext): StandardLevel {
      writableProgram(programs, input.programId);
      competencyOf(input.programId, input.competencyId);
      const positionLevel = parsePositionLevel(input.positionLevel);
      if (!positionLevel) throw new AppError('standard-position-unknown');
      const at = now().toISOString();
      return db.transaction(() => {
        const before = repo.standard(input.programId, positionLevel, input.competencyId);
        repo.setStandard(input.programId, positionLevel, input.competencyId, input.level);
        const after = { positionLevel, competencyId: input.competencyId, level: input.level };
        audit.record(ctx, at, {
          action: 'instruments:set-standard',
          entity: 'standard',
          entityId: input.competencyId,
          programId: input.programId,
          before: before ?? null,
          after,
        });
        return after;
      })();
    },

    ...rubrics,
  };
}

export type InstrumentsService = ReturnType<typeof createInstrumentsService>;
