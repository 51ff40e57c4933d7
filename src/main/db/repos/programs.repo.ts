import type { Program } from '../../../shared/contract';
import type { Db } from '../open';

interface ProgramRow {
  id: number;
  code: string;
  name: string;
  organiser: string;
  venue: string;
  start_date: string | null;
  end_date: string | null;
  purpose: Program['purpose'];
  city: string;
  signatory_name: string;
  signatory_position: string;
  signatory_rank: string;
  signatory_nip: string;
  signatory_acting: number;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
  candidate_count: number;
  assessor_count: number;
}

export type ProgramRecord = Omit<
  Program,
  'id' | 'archived' | 'candidateCount' | 'assessorCount' | 'createdAt' | 'updatedAt'
>;

const SELECT = `
  SELECT p.*,
    (SELECT count(*) FROM candidates c WHERE c.program_id = p.id) AS candidate_count,
    (SELECT count(*) FROM assessors a WHERE a.program_id = p.id) AS assessor_count
  FROM programs p`;

function toProgram(row: ProgramRow): Program {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    organiser: row.organiser,
    venue: row.venue,
    startDate: row.start_date,
    endDate: row.end_date,
    purpose: row.purpose,
    city: row.city,
    signatory: {
      name: row.signatory_name,
      position: row.signatory_position,
      rank: row.signatory_rank,
      nip: row.signatory_nip,
      acting: row.signatory_acting === 1,
    },
    archived: row.archived_at !== null,
    candidateCount: row.candidate_count,
    assessorCount: row.assessor_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toParams(record: ProgramRecord) {
  return {
    code: record.code,
    name: record.name,
    organiser: record.organiser,
    venue: record.venue,
    start_date: record.startDate,
    end_date: record.endDate,
    purpose: record.purpose,
    city: record.city,
    signatory_name: record.signatory.name,
    signatory_position: record.signatory.position,
    signatory_rank: record.signatory.rank,
    signatory_nip: record.signatory.nip,
    signatory_acting: record.signatory.acting ? 1 : 0,
  };
}

export function createProgramsRepo(db: Db) {
  const byId = db.prepare(`${SELECT} WHERE p.id = ?`);
  const byCode = db.prepare(`${SELECT} WHERE p.code = ?`);
  const listActive = db.prepare(
    `${SELECT} WHERE p.archived_at IS NULL ORDER BY p.start_date DESC, p.id DESC`,
  );
  const listAll = db.prepare(`${SELECT} ORDER BY p.archived_at IS NOT NULL, p.start_date DESC, p.id DESC`);
  const insert = db.prepare(`
    INSERT INTO programs (code, name, organiser, venue, start_date, end_date, purpose, city,
      signatory_name, signatory_position, signatory_rank, signatory_nip, signatory_acting,
      created_at, updated_at)
    VALUES (@code, @name, @organiser, @venue, @start_date, @end_date, @purpose, @city,
      @signatory_name, @signatory_position, @signatory_rank, @signatory_nip, @signatory_acting,
      @now, @now)
  `);
  const update = db.prepare(`
    UPDATE programs SET code = @code, name = @name, organiser = @organiser, venue = @venue,
      start_date = @start_date, end_date = @end_date, purpose = @purpose, city = @city,
      signatory_name = @signatory_name, signatory_position = @signatory_position,
      signatory_rank = @signatory_rank, signatory_nip = @signatory_nip,
      signatory_acting = @signatory_acting, updated_at = @now
    WHERE id = @id
  `);
  const setArchived = db.prepare(
    'UPDATE programs SET archived_at = @archivedAt, updated_at = @now WHERE id = @id',
  );

  return {
    get(id: number): Program | null {
      const row = byId.get(id) as ProgramRow | undefined;
      return row ? toProgram(row) : null;
    },
    getByCode(code: string): Program | null {
      const row = byCode.get(code) as ProgramRow | undefined;
      return row ? toProgram(row) : null;
    },
    list(includeArchived: boolean): Program[] {
      return ((includeArchived ? listAll : listActive).all() as ProgramRow[]).map(toProgram);
    },
    insert(record: ProgramRecord, now: string): number {
      return Number(insert.run({ ...toParams(record), now }).lastInsertRowid);
    },
    update(id: number, record: ProgramRecord, now: string): void {
      update.run({ ...toParams(record), id, now });
    },
    setArchived(id: number, archivedAt: string | null, now: string): void {
      setArchived.run({ id, archivedAt, now });
    },
  };
}

export type ProgramsRepo = ReturnType<typeof createProgramsRepo>;
