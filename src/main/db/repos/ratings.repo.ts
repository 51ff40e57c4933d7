import type { Db } from '../open';

/**
 * Reads and writes of the scoring day: assignments (one sheet = assessor × candidate × method),
 * their ratings, and the standard copied per candidate when scoring starts. The 0030 tables
 * belong to the instruments/assignment work; this repo only reads them, apart from ratings,
 * the sheet status and candidate_standards.
 */

/**
 * A candidate is absent from a method when marked `tidak-hadir` in a session of that method (or
 * a session without a method, e.g. the day's registration) and present in no session of it.
 * `$a` is the alias of the assignments row.
 */
const absentSql = (a: string) => `(
  EXISTS (SELECT 1 FROM attendance t JOIN sessions s ON s.id = t.session_id
          WHERE t.candidate_id = ${a}.candidate_id AND t.status = 'tidak-hadir'
            AND (s.method_id = ${a}.method_id OR s.method_id IS NULL))
  AND NOT EXISTS (SELECT 1 FROM attendance t JOIN sessions s ON s.id = t.session_id
          WHERE t.candidate_id = ${a}.candidate_id AND t.status IN ('hadir', 'terlambat')
            AND s.method_id = ${a}.method_id)
)`;

/**
 * Counts of one sheet: the competencies its method rates, plus the criteria of its rubric when
 * the method is judged on a weighted rubric instead. `$a` is the assignments alias.
 */
const countsSql = (a: string) => `
  (SELECT count(*) FROM competency_methods cm WHERE cm.method_id = ${a}.method_id)
  + (SELECT count(*) FROM methods m JOIN rubric_criteria rc ON rc.rubric_id = m.rubric_id
     WHERE m.id = ${a}.method_id) AS total,
  (SELECT count(*) FROM ratings r JOIN competency_methods cm
     ON cm.competency_id = r.competency_id AND cm.method_id = ${a}.method_id
   WHERE r.assignment_id = ${a}.id AND r.level IS NOT NULL)
  + (SELECT count(*) FROM rubric_scores x
     JOIN rubric_criteria rc ON rc.id = x.criterion_id
     JOIN methods m ON m.rubric_id = rc.rubric_id AND m.id = ${a}.method_id
     WHERE x.assignment_id = ${a}.id AND x.score IS NOT NULL) AS rated,
  (SELECT count(*) FROM ratings r JOIN competency_methods cm
     ON cm.competency_id = r.competency_id AND cm.method_id = ${a}.method_id
   WHERE r.assignment_id = ${a}.id AND r.level IN (1, 5) AND r.evidence = '') AS needs_evidence`;

export interface AssignmentRecord {
  id: number;
  programId: number;
  candidateId: number;
  assessorId: number;
  methodId: number;
  status: 'open' | 'submitted';
  submittedAt: string | null;
  programArchived: boolean;
  /** Finalised results freeze every score of the programme (issue 5 §5). */
  programFinalized: boolean;
}

export interface RatingRecord {
  competencyId: number;
  level: number | null;
  evidence: string;
  updatedAt: string;
}

export interface SheetCountsRecord {
  total: number;
  rated: number;
  needsEvidence: number;
}

export interface SheetListRecord extends SheetCountsRecord {
  assignmentId: number;
  status: 'open' | 'submitted';
  submittedAt: string | null;
  candidateId: number;
  participantNo: string;
  nip: string;
  name: string;
  unit: string;
  methodId: number;
  methodCode: string;
  methodName: string;
}

export interface CompetencyRecord {
  id: number;
  code: string;
  name: string;
  kind: string;
}

export interface LevelRecord {
  competencyId: number;
  level: number;
  title: string;
  description: string;
}

export interface RubricRecord {
  id: number;
  name: string;
  scaleMin: number;
  scaleMax: number;
}

export interface CriterionRecord {
  id: number;
  name: string;
  description: string;
  weight: number;
}

export interface RubricScoreRecord {
  criterionId: number;
  score: number | null;
  evidence: string;
  updatedAt: string;
}

export interface AssessorRecord {
  id: number;
  programId: number;
  name: string;
  role: 'assessor' | 'lead';
}

export interface CandidateRecord {
  id: number;
  participantNo: string;
  nip: string;
  name: string;
  unit: string;
  position: string;
  positionLevel: string;
}

export function createRatingsRepo(db: Db) {
  const assignment = db.prepare(`
    SELECT a.id, a.program_id AS programId, a.candidate_id AS candidateId, a.assessor_id AS assessorId,
           a.method_id AS methodId, a.status, a.submitted_at AS submittedAt,
           p.archived_at IS NOT NULL AS programArchived, p.finalized_at IS NOT NULL AS programFinalized
    FROM assignments a JOIN programs p ON p.id = a.program_id
    WHERE a.id = ?`);
  const absent = db.prepare(`SELECT ${absentSql('a')} FROM assignments a WHERE a.id = ?`).pluck();
  const inMethod = db
    .prepare('SELECT 1 FROM competency_methods WHERE competency_id = ? AND method_id = ?')
    .pluck();
  const rating = db.prepare(`
    SELECT competency_id AS competencyId, level, evidence, updated_at AS updatedAt
    FROM ratings WHERE assignment_id = ? AND competency_id = ?`);
  const ratingsOf = db.prepare(`
    SELECT competency_id AS competencyId, level, evidence, updated_at AS updatedAt
    FROM ratings WHERE assignment_id = ?`);
  const upsert = db.prepare(`
    INSERT INTO ratings (assignment_id, competency_id, level, evidence, updated_at)
    VALUES (@assignmentId, @competencyId, @level, @evidence, @at)
    ON CONFLICT (assignment_id, competency_id)
    DO UPDATE SET level = excluded.level, evidence = excluded.evidence, updated_at = excluded.updated_at`);
  const copyStandards = db.prepare(`
    INSERT OR IGNORE INTO candidate_standards (candidate_id, competency_id, level, copied_at)
    SELECT c.id, s.competency_id, s.level, @at
    FROM candidates c
    JOIN standard_levels s ON s.program_id = c.program_id AND s.position_level = c.position_level
    WHERE c.id = @candidateId`);
  const counts = db.prepare(`SELECT ${countsSql('a')} FROM assignments a WHERE a.id = ?`);
  const setStatus = db.prepare('UPDATE assignments SET status = ?, submitted_at = ? WHERE id = ?');
  const sheetsOf = db.prepare(`
    SELECT a.id AS assignmentId, a.status, a.submitted_at AS submittedAt, a.candidate_id AS candidateId,
           c.participant_no AS participantNo, c.nip, c.name, c.unit,
           m.id AS methodId, m.code AS methodCode, m.name AS methodName,
           ${countsSql('a')}
    FROM assignments a
    JOIN candidates c ON c.id = a.candidate_id
    JOIN methods m ON m.id = a.method_id
    WHERE a.program_id = ? AND a.assessor_id = ? AND NOT ${absentSql('a')}
    ORDER BY m.sort_order, m.code, length(c.participant_no), c.participant_no`);
  const methodCompetencies = db.prepare(`
    SELECT c.id, c.code, c.name, c.kind
    FROM competency_methods cm JOIN competencies c ON c.id = cm.competency_id
    WHERE cm.method_id = ?
    ORDER BY c.sort_order, c.code`);
  const methodLevels = db.prepare(`
    SELECT cl.competency_id AS competencyId, cl.level, cl.title, cl.description
    FROM competency_levels cl JOIN competency_methods cm ON cm.competency_id = cl.competency_id
    WHERE cm.method_id = ?
    ORDER BY cl.competency_id, cl.level`);
  const programCompetencies = db.prepare(`
    SELECT id, code, name, kind FROM competencies WHERE program_id = ? ORDER BY sort_order, code`);
  const programLevels = db.prepare(`
    SELECT cl.competency_id AS competencyId, cl.level, cl.title, cl.description
    FROM competency_levels cl JOIN competencies c ON c.id = cl.competency_id
    WHERE c.program_id = ? ORDER BY c.sort_order, c.code, cl.level`);
  const programMatrix = db.prepare(`
    SELECT cm.method_id AS methodId, cm.competency_id AS competencyId
    FROM competency_methods cm JOIN methods m ON m.id = cm.method_id WHERE m.program_id = ?`);
  const method = db.prepare('SELECT id, code, name FROM methods WHERE id = ?');
  const candidate = db.prepare(`
    SELECT id, participant_no AS participantNo, nip, name, unit, position, position_level AS positionLevel
    FROM candidates WHERE id = ?`);
  const assessor = db.prepare('SELECT id, program_id AS programId, name, role FROM assessors WHERE id = ?');
  const rubricOf = db.prepare(`
    SELECT r.id, r.name, r.scale_min AS scaleMin, r.scale_max AS scaleMax
    FROM methods m JOIN rubrics r ON r.id = m.rubric_id WHERE m.id = ?`);
  const criteriaOf = db.prepare(`
    SELECT rc.id, rc.name, rc.description, rc.weight
    FROM methods m JOIN rubric_criteria rc ON rc.rubric_id = m.rubric_id
    WHERE m.id = ? ORDER BY rc.sort_order, rc.id`);
  const isCriterionOf = db
    .prepare(
      'SELECT 1 FROM methods m JOIN rubric_criteria rc ON rc.rubric_id = m.rubric_id WHERE m.id = ? AND rc.id = ?',
    )
    .pluck();
  const rubricScore = db.prepare(`
    SELECT criterion_id AS criterionId, score, evidence, updated_at AS updatedAt
    FROM rubric_scores WHERE assignment_id = ? AND criterion_id = ?`);
  const rubricScoresOf = db.prepare(`
    SELECT criterion_id AS criterionId, score, evidence, updated_at AS updatedAt
    FROM rubric_scores WHERE assignment_id = ?`);
  const upsertRubricScore = db.prepare(`
    INSERT INTO rubric_scores (assignment_id, criterion_id, score, evidence, updated_at)
    VALUES (@assignmentId, @criterionId, @score, @evidence, @at)
    ON CONFLICT (assignment_id, criterion_id)
    DO UPDATE SET score = excluded.score, evidence = excluded.evidence, updated_at = excluded.updated_at`);

  return {
    assignment(id: number): AssignmentRecord | undefined {
      const row = assignment.get(id) as
        | (Omit<AssignmentRecord, 'programArchived' | 'programFinalized'> & {
            programArchived: number;
            programFinalized: number;
          })
        | undefined;
      return (
        row && {
          ...row,
          programArchived: row.programArchived === 1,
          programFinalized: row.programFinalized === 1,
        }
      );
    },
    isAbsent(assignmentId: number): boolean {
      return absent.get(assignmentId) === 1;
    },
    isRatedBy(competencyId: number, methodId: number): boolean {
      return inMethod.get(competencyId, methodId) === 1;
    },
    rating(assignmentId: number, competencyId: number): RatingRecord | undefined {
      return rating.get(assignmentId, competencyId) as RatingRecord | undefined;
    },
    ratingsOf(assignmentId: number): RatingRecord[] {
      return ratingsOf.all(assignmentId) as RatingRecord[];
    },
    upsert(
      assignmentId: number,
      competencyId: number,
      level: number | null,
      evidence: string,
      at: string,
    ): void {
      upsert.run({ assignmentId, competencyId, level, evidence, at });
    },
    /** Freezes the candidate's standard; rows already copied never change. */
    copyStandards(candidateId: number, at: string): void {
      copyStandards.run({ candidateId, at });
    },
    counts(assignmentId: number): SheetCountsRecord {
      const row = counts.get(assignmentId) as { total: number; rated: number; needs_evidence: number };
      return { total: row.total, rated: row.rated, needsEvidence: row.needs_evidence };
    },
    setStatus(assignmentId: number, status: 'open' | 'submitted', submittedAt: string | null): void {
      setStatus.run(status, submittedAt, assignmentId);
    },
    /** An assessor's sheets, absent candidates left out, by method then participant number. */
    sheetsOf(programId: number, assessorId: number): SheetListRecord[] {
      return (sheetsOf.all(programId, assessorId) as Array<SheetListRecord & { needs_evidence: number }>).map(
        ({ needs_evidence, ...row }) => ({ ...row, needsEvidence: needs_evidence }),
      );
    },
    methodCompetencies(methodId: number): CompetencyRecord[] {
      return methodCompetencies.all(methodId) as CompetencyRecord[];
    },
    methodLevels(methodId: number): LevelRecord[] {
      return methodLevels.all(methodId) as LevelRecord[];
    },
    programCompetencies(programId: number): CompetencyRecord[] {
      return programCompetencies.all(programId) as CompetencyRecord[];
    },
    programLevels(programId: number): LevelRecord[] {
      return programLevels.all(programId) as LevelRecord[];
    },
    programMatrix(programId: number): Array<{ methodId: number; competencyId: number }> {
      return programMatrix.all(programId) as Array<{ methodId: number; competencyId: number }>;
    },
    method(id: number): { id: number; code: string; name: string } | undefined {
      return method.get(id) as { id: number; code: string; name: string } | undefined;
    },
    candidate(id: number): CandidateRecord | undefined {
      return candidate.get(id) as CandidateRecord | undefined;
    },
    assessor(id: number): AssessorRecord | undefined {
      return assessor.get(id) as AssessorRecord | undefined;
    },
    /** The weighted rubric a method is judged on, if it is judged on one. */
    rubricOf(methodId: number): RubricRecord | undefined {
      return rubricOf.get(methodId) as RubricRecord | undefined;
    },
    criteriaOf(methodId: number): CriterionRecord[] {
      return criteriaOf.all(methodId) as CriterionRecord[];
    },
    isCriterionOf(methodId: number, criterionId: number): boolean {
      return isCriterionOf.get(methodId, criterionId) === 1;
    },
    rubricScore(assignmentId: number, criterionId: number): RubricScoreRecord | undefined {
      return rubricScore.get(assignmentId, criterionId) as RubricScoreRecord | undefined;
    },
    rubricScoresOf(assignmentId: number): RubricScoreRecord[] {
      return rubricScoresOf.all(assignmentId) as RubricScoreRecord[];
    },
    upsertRubricScore(
      assignmentId: number,
      criterionId: number,
      score: number | null,
      evidence: string,
      at: string,
    ) {
      upsertRubricScore.run({ assignmentId, criterionId, score, evidence, at });
    },
  };
}

export type RatingsRepo = ReturnType<typeof createRatingsRepo>;

export interface ProgressSheetRecord {
  id: number;
  assessorId: number;
  candidateId: number;
  methodId: number;
  methodCode: string;
  status: 'open' | 'submitted';
}

export interface ProgressSessionRecord {
  id: number;
  day: string;
  startTime: string;
  endTime: string;
  room: string;
  methodCode: string | null;
  candidates: number;
  present: number;
  late: number;
  absent: number;
  sheets: number;
  submitted: number;
}

/** Whole-programme reads for the progress dashboard: counts only, never a level. */
export function createProgressRepo(db: Db) {
  const sheets = db.prepare(`
    SELECT a.id, a.assessor_id AS assessorId, a.candidate_id AS candidateId, a.method_id AS methodId,
           m.code AS methodCode, a.status
    FROM assignments a JOIN methods m ON m.id = a.method_id
    WHERE a.program_id = ?`);
  // A method is rated on competencies, or judged on its rubric's criteria: both count.
  const totals = db.prepare(`
    SELECT methodId, sum(n) AS total FROM (
      SELECT cm.method_id AS methodId, count(*) AS n
      FROM competency_methods cm JOIN methods m ON m.id = cm.method_id
      WHERE m.program_id = @programId GROUP BY cm.method_id
      UNION ALL
      SELECT m.id, count(*) FROM methods m JOIN rubric_criteria rc ON rc.rubric_id = m.rubric_id
      WHERE m.program_id = @programId GROUP BY m.id
    ) GROUP BY methodId`);
  const rated = db.prepare(`
    SELECT assignmentId, sum(n) AS rated FROM (
      SELECT r.assignment_id AS assignmentId, count(*) AS n
      FROM ratings r
      JOIN assignments a ON a.id = r.assignment_id
      JOIN competency_methods cm ON cm.method_id = a.method_id AND cm.competency_id = r.competency_id
      WHERE a.program_id = @programId AND r.level IS NOT NULL
      GROUP BY r.assignment_id
      UNION ALL
      SELECT x.assignment_id, count(*)
      FROM rubric_scores x
      JOIN assignments a ON a.id = x.assignment_id
      JOIN methods m ON m.id = a.method_id
      JOIN rubric_criteria rc ON rc.id = x.criterion_id AND rc.rubric_id = m.rubric_id
      WHERE a.program_id = @programId AND x.score IS NOT NULL
      GROUP BY x.assignment_id
    ) GROUP BY assignmentId`);
  const attendance = db.prepare(`
    SELECT t.candidate_id AS candidateId, t.status, s.method_id AS methodId
    FROM attendance t JOIN sessions s ON s.id = t.session_id
    WHERE s.program_id = ?`);
  const assessors = db.prepare('SELECT id, name, role FROM assessors WHERE program_id = ? ORDER BY name, id');
  const candidates = db.prepare(`
    SELECT id, participant_no AS participantNo, name, unit FROM candidates
    WHERE program_id = ? ORDER BY length(participant_no), participant_no`);
  const sessions = db.prepare(`
    WITH members AS (
      SELECT sg.session_id, gm.candidate_id
      FROM session_groups sg JOIN group_members gm ON gm.group_id = sg.group_id
    )
    SELECT s.id, s.day, s.start_time AS startTime, s.end_time AS endTime, s.room, m.code AS methodCode,
      (SELECT count(*) FROM members x WHERE x.session_id = s.id) AS candidates,
      (SELECT count(*) FROM attendance t WHERE t.session_id = s.id AND t.status = 'hadir') AS present,
      (SELECT count(*) FROM attendance t WHERE t.session_id = s.id AND t.status = 'terlambat') AS late,
      (SELECT count(*) FROM attendance t WHERE t.session_id = s.id AND t.status = 'tidak-hadir') AS absent,
      (SELECT count(*) FROM members x JOIN assignments a ON a.candidate_id = x.candidate_id
        AND (s.method_id IS NULL OR a.method_id = s.method_id) WHERE x.session_id = s.id) AS sheets,
      (SELECT count(*) FROM members x JOIN assignments a ON a.candidate_id = x.candidate_id
        AND (s.method_id IS NULL OR a.method_id = s.method_id)
        WHERE x.session_id = s.id AND a.status = 'submitted') AS submitted
    FROM sessions s LEFT JOIN methods m ON m.id = s.method_id
    WHERE s.program_id = ?
    ORDER BY s.day, s.start_time, s.id`);

  return {
    sheets: (programId: number) => sheets.all(programId) as ProgressSheetRecord[],
    totals: (programId: number) => totals.all({ programId }) as Array<{ methodId: number; total: number }>,
    rated: (programId: number) => rated.all({ programId }) as Array<{ assignmentId: number; rated: number }>,
    attendance: (programId: number) =>
      attendance.all(programId) as Array<{ candidateId: number; status: string; methodId: number | null }>,
    assessors: (programId: number) =>
      assessors.all(programId) as Array<{ id: number; name: string; role: 'assessor' | 'lead' }>,
    candidates: (programId: number) =>
      candidates.all(programId) as Array<{ id: number; participantNo: string; name: string; unit: string }>,
    sessions: (programId: number) => sessions.all(programId) as ProgressSessionRecord[],
  };
}

export type ProgressRepo = ReturnType<typeof createProgressRepo>;
