import type { CompetencyKind } from '../../../shared/domain/competencies';
import type { Db } from '../open';

export interface CompetencyRecord {
  id: number;
  programId: number;
  code: string;
  name: string;
  kind: CompetencyKind;
  sortOrder: number;
}

export interface LevelRecord {
  competencyId: number;
  level: number;
  title: string;
  description: string;
}

export interface MethodRecord {
  id: number;
  programId: number;
  code: string;
  name: string;
  sortOrder: number;
  rubricId: number | null;
}

export interface StandardRecord {
  positionLevel: string;
  competencyId: number;
  level: number;
}

export interface RubricRecord {
  id: number;
  programId: number;
  name: string;
  scaleMin: number;
  scaleMax: number;
}

export interface CriterionRecord {
  id: number;
  rubricId: number;
  name: string;
  description: string;
  weight: number;
  sortOrder: number;
}

const COMPETENCY = `SELECT id, program_id AS programId, code, name, kind, sort_order AS sortOrder FROM competencies`;
const METHOD = `SELECT id, program_id AS programId, code, name, sort_order AS sortOrder, rubric_id AS rubricId
  FROM methods`;
const RUBRIC = `SELECT id, program_id AS programId, name, scale_min AS scaleMin, scale_max AS scaleMax FROM rubrics`;
const CRITERION = `SELECT id, rubric_id AS rubricId, name, description, weight, sort_order AS sortOrder
  FROM rubric_criteria`;

/** Competencies, methods, the matrix, standard levels and rubrics of a programme. */
export function createInstrumentsRepo(db: Db) {
  const competency = db.prepare(`${COMPETENCY} WHERE id = ?`);
  const competencyByCode = db.prepare(`${COMPETENCY} WHERE program_id = ? AND code = ?`);
  const competencies = db.prepare(`${COMPETENCY} WHERE program_id = ? ORDER BY sort_order, id`);
  const nextCompetencyOrder = db
    .prepare('SELECT coalesce(max(sort_order), 0) + 1 FROM competencies WHERE program_id = ?')
    .pluck();
  const insertCompetency = db.prepare(`
    INSERT INTO competencies (program_id, code, name, kind, sort_order)
    VALUES (@programId, @code, @name, @kind, @sortOrder)`);
  const updateCompetency = db.prepare('UPDATE competencies SET code = @code, name = @name WHERE id = @id');
  const deleteCompetency = db.prepare('DELETE FROM competencies WHERE id = ?');
  const competencyUse = db
    .prepare(
      `SELECT (SELECT count(*) FROM ratings WHERE competency_id = @id)
            + (SELECT count(*) FROM candidate_standards WHERE competency_id = @id)`,
    )
    .pluck();

  const levels = db.prepare(`
    SELECT l.competency_id AS competencyId, l.level, l.title, l.description
    FROM competency_levels l JOIN competencies c ON c.id = l.competency_id
    WHERE c.program_id = ? ORDER BY l.competency_id, l.level`);
  const levelsOf = db.prepare(`
    SELECT competency_id AS competencyId, level, title, description
    FROM competency_levels WHERE competency_id = ? ORDER BY level`);
  const upsertLevel = db.prepare(`
    INSERT INTO competency_levels (competency_id, level, title, description)
    VALUES (@competencyId, @level, @title, @description)
    ON CONFLICT (competency_id, level) DO UPDATE SET title = excluded.title, description = excluded.description`);

  const method = db.prepare(`${METHOD} WHERE id = ?`);
  const methods = db.prepare(`${METHOD} WHERE program_id = ? ORDER BY sort_order, id`);
  const nextMethodOrder = db
    .prepare('SELECT coalesce(max(sort_order), 0) + 1 FROM methods WHERE program_id = ?')
    .pluck();
  const insertMethod = db.prepare(`
    INSERT INTO methods (program_id, code, name, sort_order, rubric_id)
    VALUES (@programId, @code, @name, @sortOrder, @rubricId)`);
  const updateMethod = db.prepare(
    'UPDATE methods SET code = @code, name = @name, rubric_id = @rubricId WHERE id = @id',
  );
  const deleteMethod = db.prepare('DELETE FROM methods WHERE id = ?');
  const methodUse = db
    .prepare(
      `SELECT (SELECT count(*) FROM assignments WHERE method_id = @id)
            + (SELECT count(*) FROM sessions WHERE method_id = @id)`,
    )
    .pluck();

  const matrix = db.prepare(`
    SELECT cm.competency_id AS competencyId, cm.method_id AS methodId
    FROM competency_methods cm JOIN methods m ON m.id = cm.method_id
    WHERE m.program_id = ? ORDER BY cm.method_id, cm.competency_id`);
  const clearMatrix = db.prepare(
    'DELETE FROM competency_methods WHERE method_id IN (SELECT id FROM methods WHERE program_id = ?)',
  );
  const cellRated = db
    .prepare(
      `SELECT 1 FROM ratings r JOIN assignments a ON a.id = r.assignment_id
       WHERE a.method_id = ? AND r.competency_id = ? LIMIT 1`,
    )
    .pluck();
  const insertCell = db.prepare(
    'INSERT OR IGNORE INTO competency_methods (competency_id, method_id) VALUES (?, ?)',
  );

  const standards = db.prepare(`
    SELECT position_level AS positionLevel, competency_id AS competencyId, level
    FROM standard_levels WHERE program_id = ? ORDER BY position_level, competency_id`);
  const standard = db.prepare(`
    SELECT position_level AS positionLevel, competency_id AS competencyId, level
    FROM standard_levels WHERE program_id = ? AND position_level = ? AND competency_id = ?`);
  const upsertStandard = db.prepare(`
    INSERT INTO standard_levels (program_id, position_level, competency_id, level)
    VALUES (@programId, @positionLevel, @competencyId, @level)
    ON CONFLICT (program_id, position_level, competency_id) DO UPDATE SET level = excluded.level`);
  const positionLevels = db
    .prepare('SELECT DISTINCT position_level FROM standard_levels WHERE program_id = ? ORDER BY 1')
    .pluck();

  const rubric = db.prepare(`${RUBRIC} WHERE id = ?`);
  const rubrics = db.prepare(`${RUBRIC} WHERE program_id = ? ORDER BY id`);
  const insertRubric = db.prepare(`
    INSERT INTO rubrics (program_id, name, scale_min, scale_max)
    VALUES (@programId, @name, @scaleMin, @scaleMax)`);
  const updateRubric = db.prepare(
    'UPDATE rubrics SET name = @name, scale_min = @scaleMin, scale_max = @scaleMax WHERE id = @id',
  );
  const deleteRubric = db.prepare('DELETE FROM rubrics WHERE id = ?');
  const criteria = db.prepare(`
    SELECT k.id, k.rubric_id AS rubricId, k.name, k.description, k.weight, k.sort_order AS sortOrder
    FROM rubric_criteria k JOIN rubrics r ON r.id = k.rubric_id
    WHERE r.program_id = ? ORDER BY k.rubric_id, k.sort_order, k.id`);
  const criteriaOf = db.prepare(`${CRITERION} WHERE rubric_id = ? ORDER BY sort_order, id`);
  const insertCriterion = db.prepare(`
    INSERT INTO rubric_criteria (rubric_id, name, description, weight, sort_order)
    VALUES (@rubricId, @name, @description, @weight, @sortOrder)`);
  const updateCriterion = db.prepare(`
    UPDATE rubric_criteria SET name = @name, description = @description, weight = @weight,
      sort_order = @sortOrder WHERE id = @id`);
  const deleteCriterion = db.prepare('DELETE FROM rubric_criteria WHERE id = ?');
  const scoredCriteria = db
    .prepare(
      `SELECT DISTINCT s.criterion_id FROM rubric_scores s JOIN rubric_criteria k ON k.id = s.criterion_id
       WHERE k.rubric_id = ?`,
    )
    .pluck();
  const rubricMethods = db.prepare('SELECT count(*) FROM methods WHERE rubric_id = ?').pluck();

  return {
    competency: (id: number) => competency.get(id) as CompetencyRecord | undefined,
    competencyByCode: (programId: number, code: string) =>
      competencyByCode.get(programId, code) as CompetencyRecord | undefined,
    competencies: (programId: number) => competencies.all(programId) as CompetencyRecord[],
    insertCompetency(record: Omit<CompetencyRecord, 'id' | 'sortOrder'> & { sortOrder?: number }): number {
      const sortOrder = record.sortOrder ?? (nextCompetencyOrder.get(record.programId) as number);
      return Number(insertCompetency.run({ ...record, sortOrder }).lastInsertRowid);
    },
    updateCompetency: (id: number, code: string, name: string) =>
      void updateCompetency.run({ id, code, name }),
    deleteCompetency: (id: number) => void deleteCompetency.run(id),
    /** Ratings and frozen standards that refer to the competency. */
    competencyUse: (id: number) => competencyUse.get({ id }) as number,

    levels: (programId: number) => levels.all(programId) as LevelRecord[],
    levelsOf: (competencyId: number) => levelsOf.all(competencyId) as LevelRecord[],
    upsertLevel: (record: LevelRecord) => void upsertLevel.run(record),

    method: (id: number) => method.get(id) as MethodRecord | undefined,
    methods: (programId: number) => methods.all(programId) as MethodRecord[],
    insertMethod(record: Omit<MethodRecord, 'id' | 'sortOrder'>): number {
      const sortOrder = nextMethodOrder.get(record.programId) as number;
      return Number(insertMethod.run({ ...record, sortOrder }).lastInsertRowid);
    },
    updateMethod: (id: number, code: string, name: string, rubricId: number | null) =>
      void updateMethod.run({ id, code, name, rubricId }),
    deleteMethod: (id: number) => void deleteMethod.run(id),
    /** Assignments and sessions that refer to the method. */
    methodUse: (id: number) => methodUse.get({ id }) as number,

    matrix: (programId: number) => matrix.all(programId) as Array<{ competencyId: number; methodId: number }>,
    replaceMatrix(programId: number, cells: ReadonlyArray<{ competencyId: number; methodId: number }>): void {
      clearMatrix.run(programId);
      for (const cell of cells) insertCell.run(cell.competencyId, cell.methodId);
    },
    addCell: (competencyId: number, methodId: number) => void insertCell.run(competencyId, methodId),
    /** Some rating of the competency was given through the method. */
    cellRated: (competencyId: number, methodId: number) => cellRated.get(methodId, competencyId) === 1,

    standards: (programId: number) => standards.all(programId) as StandardRecord[],
    standard: (programId: number, positionLevel: string, competencyId: number) =>
      standard.get(programId, positionLevel, competencyId) as StandardRecord | undefined,
    setStandard: (programId: number, positionLevel: string, competencyId: number, level: number) =>
      void upsertStandard.run({ programId, positionLevel, competencyId, level }),
    positionLevels: (programId: number) => positionLevels.all(programId) as string[],

    rubric: (id: number) => rubric.get(id) as RubricRecord | undefined,
    rubrics: (programId: number) => rubrics.all(programId) as RubricRecord[],
    insertRubric: (record: Omit<RubricRecord, 'id'>) => Number(insertRubric.run(record).lastInsertRowid),
    updateRubric: (record: Omit<RubricRecord, 'programId'>) => void updateRubric.run(record),
    deleteRubric: (id: number) => void deleteRubric.run(id),
    criteria: (programId: number) => criteria.all(programId) as CriterionRecord[],
    criteriaOf: (rubricId: number) => criteriaOf.all(rubricId) as CriterionRecord[],
    insertCriterion: (record: Omit<CriterionRecord, 'id'>) =>
      Number(insertCriterion.run(record).lastInsertRowid),
    updateCriterion: (record: Omit<CriterionRecord, 'rubricId'>) => void updateCriterion.run(record),
    deleteCriterion: (id: number) => void deleteCriterion.run(id),
    /** Criteria of the rubric that already carry a score. */
    scoredCriteria: (rubricId: number) => scoredCriteria.all(rubricId) as number[],
    rubricMethods: (rubricId: number) => rubricMethods.get(rubricId) as number,
  };
}

export type InstrumentsRepo = ReturnType<typeof createInstrumentsRepo>;
