import type { Db } from '../open';

export interface NewAssessor {
  programId: number;
  name: string;
  nip: string | null;
  role: 'assessor' | 'lead';
  unit: string;
  pinHash: string;
}

/** An assessor without the PIN hash: what every list and screen gets. */
export interface AssessorRecord {
  id: number;
  programId: number;
  name: string;
  nip: string | null;
  role: 'assessor' | 'lead';
  unit: string;
  assignments: number;
  submitted: number;
}

const SELECT = `
  SELECT a.id, a.program_id AS programId, a.name, a.nip, a.role, a.unit,
    (SELECT count(*) FROM assignments s WHERE s.assessor_id = a.id) AS assignments,
    (SELECT count(*) FROM assignments s WHERE s.assessor_id = a.id AND s.status = 'submitted') AS submitted
  FROM assessors a`;

export function createAssessorsRepo(db: Db) {
  const insert = db.prepare(`
    INSERT INTO assessors (program_id, name, nip, role, unit, pin_hash, created_at)
    VALUES (@programId, @name, @nip, @role, @unit, @pinHash, @now)
  `);
  const byId = db.prepare(`${SELECT} WHERE a.id = ?`);
  const list = db.prepare(`${SELECT} WHERE a.program_id = ? ORDER BY a.role = 'assessor', a.name, a.id`);
  const update = db.prepare(
    'UPDATE assessors SET name = @name, nip = @nip, role = @role, unit = @unit WHERE id = @id',
  );
  const setPin = db.prepare('UPDATE assessors SET pin_hash = ? WHERE id = ?');
  const pinHash = db.prepare('SELECT pin_hash FROM assessors WHERE id = ?').pluck();
  const scoredAssignments = db
    .prepare(
      `SELECT count(*) FROM assignments s WHERE s.assessor_id = ? AND (s.status = 'submitted'
         OR EXISTS (SELECT 1 FROM ratings r WHERE r.assignment_id = s.id)
         OR EXISTS (SELECT 1 FROM rubric_scores r WHERE r.assignment_id = s.id))`,
    )
    .pluck();
  const removeAssignments = db.prepare('DELETE FROM assignments WHERE assessor_id = ?');
  const remove = db.prepare('DELETE FROM assessors WHERE id = ?');

  return {
    insert(assessor: NewAssessor, now: string): number {
      return Number(insert.run({ ...assessor, now }).lastInsertRowid);
    },
    get: (id: number) => byId.get(id) as AssessorRecord | undefined,
    list: (programId: number) => list.all(programId) as AssessorRecord[],
    update: (record: Pick<AssessorRecord, 'id' | 'name' | 'nip' | 'role' | 'unit'>) =>
      void update.run(record),
    setPinHash: (id: number, hash: string) => void setPin.run(hash, id),
    /** For verifying a PIN; never leaves the main process. */
    pinHash: (id: number) => pinHash.get(id) as string | undefined,
    /** Assignments that carry a score or are submitted. */
    scoredAssignments: (id: number) => scoredAssignments.get(id) as number,
    remove(id: number): void {
      removeAssignments.run(id);
      remove.run(id);
    },
  };
}

export type AssessorsRepo = ReturnType<typeof createAssessorsRepo>;
