import type { Db } from '../open';

export interface AssignmentListRecord {
  id: number;
  candidateId: number;
  participantNo: string;
  candidateName: string;
  candidateUnit: string;
  assessorId: number;
  assessorName: string;
  assessorUnit: string;
  methodId: number;
  methodCode: string;
  status: 'open' | 'submitted';
  manual: boolean;
  scored: boolean;
}

export interface NewAssignment {
  programId: number;
  candidateId: number;
  assessorId: number;
  methodId: number;
  manual: boolean;
}

const SCORED = `(EXISTS (SELECT 1 FROM ratings r WHERE r.assignment_id = a.id)
  OR EXISTS (SELECT 1 FROM rubric_scores r WHERE r.assignment_id = a.id))`;

const LIST = `
  SELECT a.id, a.candidate_id AS candidateId, c.participant_no AS participantNo, c.name AS candidateName,
    c.unit AS candidateUnit, a.assessor_id AS assessorId, s.name AS assessorName, s.unit AS assessorUnit,
    a.method_id AS methodId, m.code AS methodCode, a.status, a.manual, ${SCORED} AS scored
  FROM assignments a
  JOIN candidates c ON c.id = a.candidate_id
  JOIN assessors s ON s.id = a.assessor_id
  JOIN methods m ON m.id = a.method_id`;

const ORDER = 'ORDER BY length(c.participant_no), c.participant_no, m.sort_order, s.name, a.id';

type Row = Omit<AssignmentListRecord, 'manual' | 'scored'> & { manual: number; scored: number };
const toRecord = (row: Row): AssignmentListRecord => ({
  ...row,
  manual: row.manual === 1,
  scored: row.scored === 1,
});

/** Who observes whom in which method: one row is one score sheet. */
export function createAssignmentsRepo(db: Db) {
  const list = db.prepare(`${LIST} WHERE a.program_id = ? ${ORDER}`);
  const forSlot = db.prepare(`${LIST} WHERE a.candidate_id = ? AND a.method_id = ? ${ORDER}`);
  const forPlanning = db.prepare(`
    SELECT a.id, a.candidate_id AS candidateId, a.method_id AS methodId, a.assessor_id AS assessorId,
      (a.manual = 1 OR a.status = 'submitted' OR ${SCORED}) AS fixed
    FROM assignments a WHERE a.program_id = ? ORDER BY a.id`);
  const insert = db.prepare(`
    INSERT INTO assignments (program_id, candidate_id, assessor_id, method_id, manual, created_at)
    VALUES (@programId, @candidateId, @assessorId, @methodId, @manual, @now)`);
  // The guard repeats the rule in SQL: a sheet with a score or a submission is never deleted here.
  const removeFree = db.prepare(
    `DELETE FROM assignments AS a WHERE a.id = ? AND a.status = 'open' AND NOT ${SCORED}`,
  );
  const setManual = db.prepare('UPDATE assignments SET manual = 1 WHERE id = ?');
  const scheduled = db.prepare(`
    SELECT DISTINCT gm.candidate_id AS candidateId, s.method_id AS methodId
    FROM sessions s
    JOIN session_groups sg ON sg.session_id = s.id
    JOIN group_members gm ON gm.group_id = sg.group_id
    WHERE s.program_id = ? AND s.method_id IS NOT NULL`);

  return {
    list: (programId: number) => (list.all(programId) as Row[]).map(toRecord),
    forSlot: (candidateId: number, methodId: number) =>
      (forSlot.all(candidateId, methodId) as Row[]).map(toRecord),
    forPlanning: (programId: number) =>
      (
        forPlanning.all(programId) as Array<{
          id: number;
          candidateId: number;
          methodId: number;
          assessorId: number;
          fixed: number;
        }>
      ).map((row) => ({ ...row, fixed: row.fixed === 1 })),
    insert: (row: NewAssignment, now: string) =>
      Number(insert.run({ ...row, manual: row.manual ? 1 : 0, now }).lastInsertRowid),
    /** Deletes an unscored, open assignment; returns false (and deletes nothing) otherwise. */
    removeFree: (id: number) => removeFree.run(id).changes === 1,
    setManual: (id: number) => void setManual.run(id),
    /** (candidate, method) pairs the schedule asks for: each group's sessions with a method. */
    scheduled: (programId: number) =>
      scheduled.all(programId) as Array<{ candidateId: number; methodId: number }>,
  };
}

export type AssignmentsRepo = ReturnType<typeof createAssignmentsRepo>;
