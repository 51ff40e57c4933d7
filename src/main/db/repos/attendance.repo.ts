import type { AttendanceStatus } from '../../../shared/contract';
import type { Db } from '../open';

export interface AttendanceListRecord {
  candidateId: number;
  participantNo: string;
  nip: string;
  name: string;
  unit: string;
  groupId: number;
  groupName: string;
  status: AttendanceStatus | null;
  at: string | null;
}

export interface MarkRecord {
  sessionId: number;
  status: AttendanceStatus;
  at: string;
}

/**
 * A candidate is absent from a method when marked `tidak-hadir` in a session of that method (or
 * in a session without a method, such as the day's registration) and present in no session of
 * that method. The same rule as the scoring lists use, so "absent" means one thing everywhere.
 */
const ABSENT_FROM_METHOD = `
  EXISTS (SELECT 1 FROM attendance t JOIN sessions s ON s.id = t.session_id
          WHERE t.candidate_id = @candidateId AND t.status = 'tidak-hadir'
            AND (s.method_id = @methodId OR s.method_id IS NULL))
  AND NOT EXISTS (SELECT 1 FROM attendance t JOIN sessions s ON s.id = t.session_id
          WHERE t.candidate_id = @candidateId AND t.status IN ('hadir', 'terlambat')
            AND s.method_id = @methodId)`;

/** Absent from the whole programme: marked absent somewhere, present nowhere. */
const ABSENT_FROM_ALL = `
  EXISTS (SELECT 1 FROM attendance t WHERE t.candidate_id = @candidateId AND t.status = 'tidak-hadir')
  AND NOT EXISTS (SELECT 1 FROM attendance t
                  WHERE t.candidate_id = @candidateId AND t.status IN ('hadir', 'terlambat'))`;

/** The smallest text greater than every text starting with `prefix` (for index range scans). */
function prefixEnd(prefix: string): string {
  return prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
}

/**
 * Turns typed text into an FTS5 query: every word must start a word of the name, in any order
 * ("siti ami" → "siti"* AND "ami"*). Quotes are doubled, so no input can inject FTS syntax.
 */
export function nameMatchQuery(text: string): string | null {
  const words = text
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 8);
  if (words.length === 0) return null;
  return words.map((w) => `"${w.replace(/"/g, '""')}"*`).join(' ');
}

export function createAttendanceRepo(db: Db) {
  const list = db.prepare(`
    SELECT c.id AS candidateId, c.participant_no AS participantNo, c.nip, c.name, c.unit,
      g.id AS groupId, g.name AS groupName, t.status, t.at
    FROM session_groups sg
    JOIN groups g ON g.id = sg.group_id
    JOIN group_members gm ON gm.group_id = g.id
    JOIN candidates c ON c.id = gm.candidate_id
    LEFT JOIN attendance t ON t.session_id = sg.session_id AND t.candidate_id = c.id
    WHERE sg.session_id = ?
    ORDER BY g.id, length(c.participant_no), c.participant_no, c.id`);
  const inSession = db
    .prepare(
      `SELECT 1 FROM session_groups sg JOIN group_members gm ON gm.group_id = sg.group_id
       WHERE sg.session_id = ? AND gm.candidate_id = ?`,
    )
    .pluck();
  const mark = db.prepare(`
    INSERT INTO attendance (session_id, candidate_id, status, at) VALUES (@sessionId, @candidateId, @status, @at)
    ON CONFLICT (session_id, candidate_id) DO UPDATE SET status = excluded.status, at = excluded.at`);
  const clear = db.prepare('DELETE FROM attendance WHERE session_id = ? AND candidate_id = ?');
  const markOf = db.prepare(
    'SELECT session_id AS sessionId, status, at FROM attendance WHERE session_id = ? AND candidate_id = ?',
  );
  const marksOf = db.prepare(`
    SELECT t.session_id AS sessionId, t.status, t.at
    FROM attendance t JOIN sessions s ON s.id = t.session_id
    WHERE t.candidate_id = ? ORDER BY s.day, s.start_time, s.id`);
  const absentFromMethod = db.prepare(`SELECT ${ABSENT_FROM_METHOD}`).pluck();
  const absentFromAll = db.prepare(`SELECT ${ABSENT_FROM_ALL}`).pluck();
  const absentInProgram = db
    .prepare(
      `SELECT c.id FROM candidates c WHERE c.program_id = ? AND ${ABSENT_FROM_ALL.replaceAll('@candidateId', 'c.id')}`,
    )
    .pluck();

  // Look-ups: each one an index range scan or a full-text match, never a scan of the roster.
  const byNumber = db
    .prepare('SELECT id FROM candidates WHERE program_id = ? AND participant_no IN (?, ?, ?, ?, ?)')
    .pluck();
  const byNumberPrefix = db
    .prepare(
      `SELECT id FROM candidates WHERE program_id = ? AND participant_no >= ? AND participant_no < ?
       ORDER BY participant_no LIMIT ?`,
    )
    .pluck();
  const byNipPrefix = db
    .prepare('SELECT id FROM candidates WHERE program_id = ? AND nip >= ? AND nip < ? ORDER BY nip LIMIT ?')
    .pluck();
  const byName = db
    .prepare(
      `SELECT c.id FROM candidate_names f JOIN candidates c ON c.id = f.rowid
       WHERE candidate_names MATCH ? AND c.program_id = ? ORDER BY c.name, c.id LIMIT ?`,
    )
    .pluck();

  return {
    list: (sessionId: number) => list.all(sessionId) as AttendanceListRecord[],
    inSession: (sessionId: number, candidateId: number) => inSession.get(sessionId, candidateId) === 1,
    mark: (sessionId: number, candidateId: number, status: AttendanceStatus, at: string) =>
      void mark.run({ sessionId, candidateId, status, at }),
    clear: (sessionId: number, candidateId: number) => void clear.run(sessionId, candidateId),
    markOf: (sessionId: number, candidateId: number) =>
      markOf.get(sessionId, candidateId) as MarkRecord | undefined,
    marksOf: (candidateId: number) => marksOf.all(candidateId) as MarkRecord[],
    /**
     * Whether the candidate is absent — from one method when `methodId` is given (what scoring
     * lists use), otherwise from the whole programme.
     */
    isAbsent(candidateId: number, methodId?: number): boolean {
      return methodId === undefined
        ? absentFromAll.get({ candidateId }) === 1
        : absentFromMethod.get({ candidateId, methodId }) === 1;
    },
    absentCandidateIds: (programId: number) => absentInProgram.all(programId) as number[],

    /** Candidate ids matching typed text: participant number, NIP prefix, or words of the name. */
    lookup(programId: number, query: string, limit: number): number[] {
      const found: number[] = [];
      const add = (ids: number[]) => {
        for (const id of ids) if (!found.includes(id)) found.push(id);
      };
      const text = query.trim();
      const digits = text.replace(/^['‘’`]/, '').replace(/[\s.\-\u00a0]/g, '');
      if (/^\d+$/.test(digits)) {
        const padded = [3, 4, 5, 6].map((w) => digits.padStart(w, '0'));
        add(byNumber.all(programId, digits, ...padded) as number[]);
        if (digits.length >= 2) add(byNipPrefix.all(programId, digits, prefixEnd(digits), limit) as number[]);
      }
      add(byNumberPrefix.all(programId, text, prefixEnd(text), limit) as number[]);
      const match = /\p{L}/u.test(text) ? nameMatchQuery(text) : null;
      if (match && found.length < limit) add(byName.all(match, programId, limit) as number[]);
      return found.slice(0, limit);
    },
  };
}

export type AttendanceRepo = ReturnType<typeof createAttendanceRepo>;
