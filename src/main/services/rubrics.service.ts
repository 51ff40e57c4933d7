import type { OpParsedInput, Rubric } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { CallContext } from '../context';
import type { CriterionRecord, RubricRecord } from '../db/repos/instruments.repo';
import type { InstrumentsServiceDeps } from './instruments.service';
import { isUniqueViolation, sameProgram, writableProgram } from './program-guard';

export function toRubric(record: RubricRecord, criteria: CriterionRecord[], scored: boolean): Rubric {
  return {
    id: record.id,
    name: record.name,
    scaleMin: record.scaleMin,
    scaleMax: record.scaleMax,
    criteria: criteria.map((c) => ({
      id: c.id,
      name: c.name,
      description: c.description,
      weight: c.weight,
      sortOrder: c.sortOrder,
    })),
    weightTotal: criteria.reduce((sum, c) => sum + c.weight, 0),
    scored,
  };
}

/**
 * Weighted rubrics (e.g. a panel judging project presentations): criteria with relative weights,
 * scored on the rubric's scale. Once a criterion carries a score it stays, and the scale is fixed.
 */
export function createRubricsService({
  db,
  instruments: repo,
  programs,
  audit,
  now,
}: InstrumentsServiceDeps) {
  function readRubric(id: number): Rubric {
    const record = repo.rubric(id) as RubricRecord;
    return toRubric(record, repo.criteriaOf(id), repo.scoredCriteria(id).length > 0);
  }

  return {
    saveRubric(input: OpParsedInput<'instruments:save-rubric'>, ctx: CallContext): Rubric {
      writableProgram(programs, input.programId);
      const names = input.criteria.map((c) => c.name.toLowerCase());
      const duplicate = names.find((n, i) => names.indexOf(n) !== i);
      if (duplicate !== undefined) {
        throw new AppError(
          'rubric-invalid',
          `Nama kriteria "${duplicate}" dipakai lebih dari sekali. Beri nama yang berbeda.`,
        );
      }
      const at = now().toISOString();
      try {
        return db.transaction(() => {
          let id: number;
          let before: Rubric | undefined;
          if (input.id === undefined) {
            id = repo.insertRubric({
              programId: input.programId,
              name: input.name,
              scaleMin: input.scaleMin,
              scaleMax: input.scaleMax,
            });
          } else {
            const existing = sameProgram(repo.rubric(input.id), input.programId);
            id = existing.id;
            before = readRubric(id);
            const scored = new Set(repo.scoredCriteria(id));
            const scaleChanged = existing.scaleMin !== input.scaleMin || existing.scaleMax !== input.scaleMax;
            if (scored.size > 0 && scaleChanged) {
              throw new AppError(
                'rubric-in-use',
                'Skala rubrik tidak dapat diubah karena sudah ada nilai yang diberikan.',
              );
            }
            const kept = new Set(input.criteria.map((c) => c.id).filter((c) => c !== undefined));
            const current = repo.criteriaOf(id);
            const unknown = [...kept].find((c) => !current.some((k) => k.id === c));
            if (unknown !== undefined)
              throw new AppError('not-found', 'Kriteria yang diubah bukan milik rubrik ini.');
            for (const criterion of current) {
              if (kept.has(criterion.id)) continue;
              if (scored.has(criterion.id)) {
                throw new AppError(
                  'rubric-in-use',
                  `Kriteria "${criterion.name}" sudah dinilai sehingga tidak dapat dihapus. Ubah nama atau bobotnya saja.`,
                );
              }
              repo.deleteCriterion(criterion.id);
            }
            repo.updateRubric({ id, name: input.name, scaleMin: input.scaleMin, scaleMax: input.scaleMax });
          }
          input.criteria.forEach((c, index) => {
            const fields = {
              name: c.name,
              description: c.description,
              weight: c.weight,
              sortOrder: index + 1,
            };
            if (c.id === undefined) repo.insertCriterion({ rubricId: id, ...fields });
            else repo.updateCriterion({ id: c.id, ...fields });
          });
          const after = readRubric(id);
          audit.record(ctx, at, {
            action: 'instruments:save-rubric',
            entity: 'rubric',
            entityId: id,
            programId: input.programId,
            before,
            after,
          });
          return after;
        })();
      } catch (error) {
        if (isUniqueViolation(error)) throw new AppError('rubric-name-taken');
        throw error;
      }
    },

    deleteRubric(id: number, ctx: CallContext): { deleted: true } {
      const existing = repo.rubric(id);
      if (!existing) throw new AppError('not-found');
      writableProgram(programs, existing.programId);
      const at = now().toISOString();
      return db.transaction(() => {
        if (repo.scoredCriteria(id).length > 0) throw new AppError('rubric-in-use');
        if (repo.rubricMethods(id) > 0) {
          throw new AppError(
            'rubric-in-use',
            'Rubrik ini masih dipakai sebuah metode. Lepaskan dari metode itu dulu.',
          );
        }
        const before = readRubric(id);
        repo.deleteRubric(id);
        audit.record(ctx, at, {
          action: 'instruments:delete-rubric',
          entity: 'rubric',
          entityId: id,
          programId: existing.programId,
          before,
        });
        return { deleted: true as const };
      })();
    },
  };
}
