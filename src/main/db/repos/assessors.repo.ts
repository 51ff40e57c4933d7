import type { Db } from '../open';

export interface NewAssessor {
  programId: number;
  name: string;
  nip: string | null;
  role: 'assessor' | 'lead';
  unit: string;
  pinHash: string;
}

export function createAssessorsRepo(db: Db) {
  const insert = db.prepare(`
    INSERT INTO assessors (program_id, name, nip, role, unit, pin_hash, created_at)
    VALUES (@programId, @name, @nip, @role, @unit, @pinHash, @now)
  `);
  return {
    insert(assessor: NewAssessor, now: string): number {
      return Number(insert.run({ ...assessor, now }).lastInsertRowid);
    },
  };
}

export type AssessorsRepo = ReturnType<typeof createAssessorsRepo>;
