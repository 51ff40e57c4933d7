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
  const byId = db.prepare('SELECT * FROM candidates WHERE id = ?');
  const numbers = db.prepare('SELECT participant_no FROM candidates WHERE program_id = ?').pluck();
  const update = db.prepare(`
    UPDATE candidates SET participant_no = @participantNo, nip = @nip, name = @name, gender = @gender,
      birth_date = @birthDate, grade = @grade, position = @position, position_level = @positionLevel,
      unit = @unit, phone = @phone, email = @email, updated_at = @now
    WHERE id = @id
  `);
  const remove = db.prepare('DELETE FROM candidates WHERE id = ?');
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
    get(id: number): Candidate | null {
      const row = byId.get(id) as CandidateRow | undefined;
      return row ? toCandidate(row) : null;
    },
    insert(candidate: NewCandidate, now: string): number {
      return Number(insert.run({ ...candidate, now }).lastInsertRowid);
    },
    update(id: number, candidate: Omit<NewCandidate, 'programId'>, now: string): void {
      update.run({ ...candidate, id, now });
    },
    remove(id: number): void {
      remove.run(id);
    },
    /** The next free participant number: one past the highest numeric one, zero-padded (001, 002, …). */
    nextParticipantNo(programId: number): string {
      const existing = numbers.all(programId) as string[];
      const numeric = existing.filter((n) => /^\d+$/.test(n));
      const next = numeric.reduce((max, n) => Math.max(max, Number(n)), 0) + 1;
      const width = Math.max(3, ...numeric.map((n) => n.length));
      return String(next).padStart(width, '0');
    },
  };
}

export type CandidatesRepo = ReturnType<typeof createCandidatesRepo>;
