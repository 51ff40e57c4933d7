import type { Statement } from 'better-sqlite3';
import type { Db } from '../open';

/**
 * Reads behind results (issue 5): a programme's candidates, the competencies rated on levels,
 * standards, every rating with its sheet status, agreed levels, rubric scores and the selection,
 * each in one query per programme so 10,000 candidates cost a handful of statements, not
 * thousands. Writes: agreed levels, result settings, finalisation and the selection.
 */

export interface ResultSettingsRow {
  programId: number;
  purpose: 'pemetaan' | 'pengisian';
  reconciliation: 'consensus' | 'median' | 'mean';
  extraAssessorSpread: number;
  thresholdMs: number;
  thresholdMms: number;
  thresholdO: number;
  thresholdCo: number;
  passRule: string | null;
  finalizedAt: string | null;
  finalizedBy: string | null;
  archived: boolean;
}

export interface ResultCandidateRow {
  id: number;
  participantNo: string;
  nip: string;
  name: string;
  grade: string | null;
  position: string;
  positionLevel: string;
  unit: string;
}

export interface ResultCompetencyRow {
  id: number;
  code: string;
  name: string;
}

export interface RatingRow {
  candidateId: number;
  competencyId: number;
  assessorId: number;
  assessorName: string;
  methodCode: string;
  methodName: string;
  level: number | null;
  evidence: string;
  submitted: number;
}

export interface AgreedRow {
  candidateId: number;
  competencyId: number;
  level: number;
  rationale: string;
  decidedBy: string;
  decidedAt: string;
}

export interface RubricScoreRow {
  candidateId: number;
  assignmentId: number;
  methodId: number;
  methodCode: string;
  rubricName: string;
  scaleMin: number;
  scaleMax: number;
  criterionId: number;
  weight: number;
  score: number | null;
  submitted: number;
}

export interface RubricMethodRow {
  methodId: number;
  methodCode: string;
  rubricName: string;
  scaleMax: number;
}

/** Competencies rated on levels: in the matrix under at least one method without a rubric. */
const LEVEL_COMPETENCIES = `
  SELECT c.id, c.code, c.name FROM competencies c
  WHERE c.program_id = ? AND EXISTS (
    SELECT 1 FROM competency_methods cm JOIN methods m ON m.id = cm.method_id
    WHERE cm.competency_id = c.id AND m.rubric_id IS NULL)
  ORDER BY c.sort_order, c.code`;

const RATINGS = `
  SELECT a.candidate_id AS candidateId, r.competency_id AS competencyId, a.assessor_id AS assessorId,
         s.name AS assessorName, m.code AS methodCode, m.name AS methodName,
         r.level, r.evidence, a.status = 'submitted' AS submitted
  FROM ratings r
  JOIN assignments a ON a.id = r.assignment_id
  JOIN methods m ON m.id = a.method_id
  JOIN assessors s ON s.id = a.assessor_id
  JOIN competency_methods cm ON cm.competency_id = r.competency_id AND cm.method_id = a.method_id
  WHERE a.program_id = ? AND m.rubric_id IS NULL`;

/** [candidateId, competencyId, assessorId, level] of every submitted rating of a programme. */
export type SubmittedRatingTuple = [number, number, number, number];
/** [candidateId, competencyId, level] */
export type StandardTuple = [number, number, number];

export function createResultsRepo(db: Db) {
  // The bulk reads return arrays, not objects: 180,000 ratings cost a tenth of the memory.
  // A rating belongs to a competency its method rates (scores:save checks it and the matrix
  // cell cannot be removed once rated), so no join with the matrix is needed here.
  const submittedTuples = db
    .prepare(
      `SELECT a.candidate_id, r.competency_id, a.assessor_id, r.level
       FROM assignments a JOIN ratings r ON r.assignment_id = a.id
       WHERE a.program_id = ? AND a.status = 'submitted' AND r.level IS NOT NULL`,
    )
    .raw();
  // The same rows packed into one integer each, ids taken relative to the programme's lowest
  // competency and assessor id: one number per row costs a third of a four-column array. Usable
  // while the programme's competency ids span < 256 and assessor ids < 1024 (candidate ids then
  // have 32 bits of the 53 a double holds exactly); otherwise the tuples above are read.
  const submittedPacked = db
    .prepare(
      `SELECT ((a.candidate_id * 256 + (r.competency_id - @k)) * 1024 + (a.assessor_id - @s)) * 8 + r.level
       FROM assignments a JOIN ratings r ON r.assignment_id = a.id
       WHERE a.program_id = @programId AND a.status = 'submitted' AND r.level IS NOT NULL`,
    )
    .pluck();
  const idRanges = db.prepare(`
    SELECT (SELECT min(id) FROM competencies WHERE program_id = @programId) AS minK,
           (SELECT max(id) FROM competencies WHERE program_id = @programId) AS maxK,
           (SELECT min(id) FROM assessors WHERE program_id = @programId) AS minS,
           (SELECT max(id) FROM assessors WHERE program_id = @programId) AS maxS,
           (SELECT max(id) FROM candidates WHERE program_id = @programId) AS maxC`);
  // Standards and agreed levels packed the same way: candidate, competency offset, level.
  const packedLevels = (sql: string) => db.prepare(sql).pluck();
  const copiedPacked = packedLevels(`
    SELECT (cs.candidate_id * 256 + (cs.competency_id - @k)) * 8 + cs.level
    FROM candidate_standards cs JOIN candidates c ON c.id = cs.candidate_id WHERE c.program_id = @programId`);
  const agreedPacked = packedLevels(`
    SELECT (g.candidate_id * 256 + (g.competency_id - @k)) * 8 + g.level
    FROM agreed_levels g JOIN candidates c ON c.id = g.candidate_id WHERE c.program_id = @programId`);
  const copiedStandards = db
    .prepare(
      `SELECT cs.candidate_id, cs.competency_id, cs.level
       FROM candidate_standards cs JOIN candidates c ON c.id = cs.candidate_id WHERE c.program_id = ?`,
    )
    .raw();
  const programStandards = db.prepare(
    'SELECT position_level AS positionLevel, competency_id AS competencyId, level FROM standard_levels WHERE program_id = ?',
  );
  const programAssessors = db.prepare(
    'SELECT id, name FROM assessors WHERE program_id = ? ORDER BY name, id',
  );
  const candidateAssessors = db
    .prepare('SELECT DISTINCT candidate_id, assessor_id FROM assignments WHERE program_id = ?')
    .raw();
  const settings = db.prepare(`
    SELECT id AS programId, purpose, reconciliation_rule AS reconciliation,
           extra_assessor_spread AS extraAssessorSpread, threshold_ms AS thresholdMs,
           threshold_mms AS thresholdMms, threshold_o AS thresholdO, threshold_co AS thresholdCo,
           pass_rule AS passRule, finalized_at AS finalizedAt, finalized_by AS finalizedBy,
           archived_at IS NOT NULL AS archived
    FROM programs WHERE id = ?`);
  const candidates = db.prepare(`
    SELECT id, participant_no AS participantNo, nip, name, grade, position,
           position_level AS positionLevel, unit
    FROM candidates WHERE program_id = ?`);
  const candidate = db.prepare(`
    SELECT id, participant_no AS participantNo, nip, name, grade, position,
           position_level AS positionLevel, unit
    FROM candidates WHERE id = ? AND program_id = ?`);
  const competencies = db.prepare(LEVEL_COMPETENCIES);
  const ratingsOf = db.prepare(`${RATINGS} AND a.candidate_id = ? ORDER BY m.sort_order, s.name, s.id`);
  const agreedSql = `
    SELECT g.candidate_id AS candidateId, g.competency_id AS competencyId, g.level, g.rationale,
           g.decided_by AS decidedBy, g.decided_at AS decidedAt
    FROM agreed_levels g JOIN candidates c ON c.id = g.candidate_id`;
  const agreedOf = db.prepare(`${agreedSql} WHERE c.id = ?`);
  const agreedOne = db.prepare(`${agreedSql} WHERE g.candidate_id = ? AND g.competency_id = ?`);
  const upsertAgreed = db.prepare(`
    INSERT INTO agreed_levels (candidate_id, competency_id, level, rationale, decided_by, decided_at)
    VALUES (@candidateId, @competencyId, @level, @rationale, @decidedBy, @decidedAt)
    ON CONFLICT (candidate_id, competency_id) DO UPDATE SET level = excluded.level,
      rationale = excluded.rationale, decided_by = excluded.decided_by, decided_at = excluded.decided_at`);
  const deleteAgreed = db.prepare('DELETE FROM agreed_levels WHERE candidate_id = ? AND competency_id = ?');
  const rubricMethods = db.prepare(`
    SELECT m.id AS methodId, m.code AS methodCode, r.name AS rubricName, r.scale_max AS scaleMax
    FROM methods m JOIN rubrics r ON r.id = m.rubric_id
    WHERE m.program_id = ? ORDER BY m.sort_order, m.code`);
  const rubricScores = db.prepare(`
    SELECT a.candidate_id AS candidateId, a.id AS assignmentId, m.id AS methodId, m.code AS methodCode,
           r.name AS rubricName, r.scale_min AS scaleMin, r.scale_max AS scaleMax,
           rc.id AS criterionId, rc.weight, x.score, a.status = 'submitted' AS submitted
    FROM assignments a
    JOIN methods m ON m.id = a.method_id
    JOIN rubrics r ON r.id = m.rubric_id
    JOIN rubric_criteria rc ON rc.rubric_id = r.id
    LEFT JOIN rubric_scores x ON x.assignment_id = a.id AND x.criterion_id = rc.id
    WHERE a.program_id = ?`);
  const selection = db.prepare(
    'SELECT candidate_id AS candidateId, group_no AS groupNo FROM selection_members WHERE program_id = ?',
  );
  const clearSelection = db.prepare('DELETE FROM selection_members WHERE program_id = ?');
  const addSelected = db.prepare(
    'INSERT INTO selection_members (program_id, candidate_id, group_no) VALUES (?, ?, ?)',
  );
  const moveSelected = db.prepare(`
    INSERT INTO selection_members (program_id, candidate_id, group_no) VALUES (?, ?, ?)
    ON CONFLICT (program_id, candidate_id) DO UPDATE SET group_no = excluded.group_no`);
  const unselect = db.prepare('DELETE FROM selection_members WHERE program_id = ? AND candidate_id = ?');
  const updateSettings = db.prepare(`
    UPDATE programs SET reconciliation_rule = @reconciliation, extra_assessor_spread = @extraAssessorSpread,
      threshold_ms = @thresholdMs, threshold_mms = @thresholdMms, threshold_o = @thresholdO,
      threshold_co = @thresholdCo, pass_rule = @passRule, updated_at = @at
    WHERE id = @programId`);
  const setFinalized = db.prepare('UPDATE programs SET finalized_at = ?, finalized_by = ? WHERE id = ?');

  const agreedTuples = db
    .prepare(
      `SELECT g.candidate_id, g.competency_id, g.level
       FROM agreed_levels g JOIN candidates c ON c.id = g.candidate_id WHERE c.program_id = ?`,
    )
    .raw();

  function forEachPackedLevel(
    programId: number,
    packed: Statement,
    tuples: Statement,
    visit: (candidateId: number, competencyId: number, level: number) => void,
  ): void {
    const { minK, maxK } = idRanges.get({ programId }) as { minK: number | null; maxK: number | null };
    if (minK === null || maxK === null) return;
    if (maxK - minK >= 256) {
      for (const [c, k, level] of tuples.all(programId) as StandardTuple[]) visit(c, k, level);
      return;
    }
    for (const value of packed.all({ programId, k: minK }) as number[]) {
      const level = value % 8;
      const rest = (value - level) / 8;
      const competency = rest % 256;
      visit((rest - competency) / 256, competency + minK, level);
    }
  }

  return {
    /** Calls `visit` once per copied standard level of the programme's candidates. */
    forEachCopiedStandard(
      programId: number,
      visit: (candidateId: number, competencyId: number, level: number) => void,
    ) {
      forEachPackedLevel(programId, copiedPacked, copiedStandards, visit);
    },
    /** Calls `visit` once per agreed level recorded in the programme. */
    forEachAgreedLevel(
      programId: number,
      visit: (candidateId: number, competencyId: number, level: number) => void,
    ) {
      forEachPackedLevel(programId, agreedPacked, agreedTuples, visit);
    },
    /** Calls `visit` once per submitted rating of the programme. */
    forEachSubmitted(
      programId: number,
      visit: (candidateId: number, competencyId: number, assessorId: number, level: number) => void,
    ): void {
      const range = idRanges.get({ programId }) as Record<
        'minK' | 'maxK' | 'minS' | 'maxS' | 'maxC',
        number | null
      >;
      const { minK, maxK, minS, maxS, maxC } = range;
      if (minK === null || maxK === null || minS === null || maxS === null || maxC === null) return;
      if (maxK - minK >= 256 || maxS - minS >= 1024 || maxC >= 2 ** 32) {
        for (const [c, k, a, level] of submittedTuples.all(programId) as SubmittedRatingTuple[])
          visit(c, k, a, level);
        return;
      }
      for (const packed of submittedPacked.all({ programId, k: minK, s: minS }) as number[]) {
        const level = packed % 8;
        let rest = (packed - level) / 8;
        const assessor = rest % 1024;
        rest = (rest - assessor) / 1024;
        const competency = rest % 256;
        visit((rest - competency) / 256, competency + minK, assessor + minS, level);
      }
    },
    programStandards: (programId: number) =>
      programStandards.all(programId) as Array<{
        positionLevel: string;
        competencyId: number;
        level: number;
      }>,
    programAssessors: (programId: number) =>
      programAssessors.all(programId) as Array<{ id: number; name: string }>,
    candidateAssessors: (programId: number) => candidateAssessors.all(programId) as Array<[number, number]>,
    settings(programId: number): ResultSettingsRow | undefined {
      const row = settings.get(programId) as
        (Omit<ResultSettingsRow, 'archived'> & { archived: number }) | undefined;
      return row && { ...row, archived: row.archived === 1 };
    },
    candidates: (programId: number) => candidates.all(programId) as ResultCandidateRow[],
    candidate: (candidateId: number, programId: number) =>
      candidate.get(candidateId, programId) as ResultCandidateRow | undefined,
    competencies: (programId: number) => competencies.all(programId) as ResultCompetencyRow[],
    ratingsOf: (programId: number, candidateId: number) =>
      ratingsOf.all(programId, candidateId) as RatingRow[],
    agreedOf: (candidateId: number) => agreedOf.all(candidateId) as AgreedRow[],
    agreedOne: (candidateId: number, competencyId: number) =>
      agreedOne.get(candidateId, competencyId) as AgreedRow | undefined,
    saveAgreed: (row: AgreedRow) => void upsertAgreed.run(row),
    clearAgreed: (candidateId: number, competencyId: number) =>
      void deleteAgreed.run(candidateId, competencyId),
    rubricMethods: (programId: number) => rubricMethods.all(programId) as RubricMethodRow[],
    rubricScores: (programId: number) => rubricScores.all(programId) as RubricScoreRow[],
    selection: (programId: number) =>
      selection.all(programId) as Array<{ candidateId: number; groupNo: number }>,
    replaceSelection(programId: number, members: ReadonlyArray<{ candidateId: number; groupNo: number }>) {
      clearSelection.run(programId);
      for (const member of members) addSelected.run(programId, member.candidateId, member.groupNo);
    },
    moveSelected(programId: number, candidateId: number, groupNo: number | null) {
      if (groupNo === null) unselect.run(programId, candidateId);
      else moveSelected.run(programId, candidateId, groupNo);
    },
    updateSettings(
      row: Omit<ResultSettingsRow, 'purpose' | 'finalizedAt' | 'finalizedBy' | 'archived'> & { at: string },
    ) {
      updateSettings.run(row);
    },
    setFinalized(programId: number, at: string | null, by: string | null) {
      setFinalized.run(at, by, programId);
    },
  };
}

export type ResultsRepo = ReturnType<typeof createResultsRepo>;
