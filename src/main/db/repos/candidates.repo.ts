import type { Candidate } from '../../../shared/contract';
import type { Db } from '../open';

interface CandidateRow {
  id: number;
  program_id: number;
  participant_no: string;
  nip: string;
  name: string;
  gender: 'L' | 'P' | null;
  birth_date: string | null;
  grade: string | null;
  position: string;
  position_level: string;
  unit: string;
  phone: string;
  email: string;
}

function toCandidate(row: CandidateRow): Candidate {
  return {
    id: row.id,
    programId: row.program_id,
    participantNo: row.participant_no,
    nip: row.nip,
    name: row.name,
    gender: row.gender,
    birthDate: row.birth_date,
    grade: row.grade,
    position: row.position,
    positionLevel: row.position_level,
    unit: row.unit,
    phone: row.phone,
    email: row.email,
  };
}

export type NewCandidate = Omit<Candidate, 'id'>;

export function createCandidatesRepo(db: Db) {
  const list = db.prepare('SELECT * FROM candidates WHERE program_id = ? ORDER BY participant_no');
  const insert = db.prepare(`
    INSERT INTO candidates (program_id, participant_no, nip, name, gender, birth_date, grade,
      position, position_level, unit, phone, email, created_at, updated_at)
    VALUES (@programId, @participantNo, @nip, @name, @gender, @birthDate, @grade,
      @position, @positionLevel, @unit, @phone, @email, @now, @now)
  `);

  return {
    list(programId: number): Candidate[] {
      return (list.all(programId) as CandidateRow[]).map(toCandidate);
    },
    insert(candidate: NewCandidate, now: string): number {
      return Number(insert.run({ ...candidate, now }).lastInsertRowid);
    },
  };
}

export type CandidatesRepo = ReturnType<typeof createCandidatesRepo>;
