import type { AttendanceMark, AttendanceRow, ExportProgram } from '../../documents/results-workbook/view';
import type { Db } from '../open';

/**
 * Read-only queries behind the results workbook (issue 7): the programme header, the long list of
 * ratings and the attendance list — both streamed with `.iterate()` so 180,000 rows never sit in
 * memory — and each candidate's assessment day.
 *
 * Candidates come in participant-number order; `length, text` sorts "9" before "10" whether or
 * not the numbers were zero-padded.
 */

const BY_PARTICIPANT = 'length(c.participant_no), c.participant_no';

/**
 * Ratings counted the way results count them: of submitted sheets (a draft can still change), in
 * the competency × method matrix, on levels (rubric methods are scored differently). Ids only:
 * names come from maps the caller already holds, which keeps 180,000 rows cheap to read.
 */
const DETAIL = `
  SELECT a.candidate_id, r.competency_id, a.method_id, a.assessor_id, r.level
  FROM ratings r
  JOIN assignments a ON a.id = r.assignment_id
  JOIN candidates c ON c.id = a.candidate_id
  JOIN competencies k ON k.id = r.competency_id
  JOIN methods m ON m.id = a.method_id
  JOIN competency_methods cm ON cm.competency_id = r.competency_id AND cm.method_id = a.method_id
  WHERE a.program_id = ? AND a.status = 'submitted' AND r.level IS NOT NULL AND m.rubric_id IS NULL`;

/** [candidateId, competencyId, methodId, assessorId, level] */
export type DetailRating = [number, number, number, number, number];

/** Every (candidate, session) pair: scheduled through the candidate's group, or checked in. */
const SLOTS = `
  WITH slots AS (
    SELECT gm.candidate_id AS candidateId, sg.session_id AS sessionId
    FROM groups g
    JOIN group_members gm ON gm.group_id = g.id
    JOIN session_groups sg ON sg.group_id = g.id
    WHERE g.program_id = @programId
    UNION
    SELECT t.candidate_id, t.session_id
    FROM attendance t JOIN sessions s ON s.id = t.session_id
    WHERE s.program_id = @programId
  )`;

export function createResultsExportRepo(db: Db) {
  const program = db.prepare(`
    SELECT code, name, organiser, venue, purpose, start_date AS startDate, end_date AS endDate
    FROM programs WHERE id = ?`);
  const detailCount = db.prepare(`SELECT count(*) FROM (${DETAIL})`).pluck();
  const detail = db
    .prepare(
      `${DETAIL} ORDER BY ${BY_PARTICIPANT}, a.candidate_id, k.sort_order, k.code, m.sort_order, m.code, a.assessor_id`,
    )
    .raw();
  const methodNames = db.prepare('SELECT id, name FROM methods WHERE program_id = ?').raw();
  const assessorNames = db.prepare('SELECT id, name FROM assessors WHERE program_id = ?').raw();
  const attendanceCount = db.prepare(`${SLOTS} SELECT count(*) FROM slots`).pluck();
  const attendance = db.prepare(`
    ${SLOTS}
    SELECT c.participant_no AS participantNo, c.nip, c.name, c.unit,
           s.day, s.start_time AS startTime, s.end_time AS endTime, s.room,
           m.name AS methodName, t.status, t.at
    FROM slots x
    JOIN candidates c ON c.id = x.candidateId
    JOIN sessions s ON s.id = x.sessionId
    LEFT JOIN methods m ON m.id = s.method_id
    LEFT JOIN attendance t ON t.session_id = x.sessionId AND t.candidate_id = x.candidateId
    ORDER BY ${BY_PARTICIPANT}, s.day, s.start_time, s.id`);
  // The first day the candidate was present; without any check-in, the first day scheduled.
  const days = db.prepare(`
    ${SLOTS}
    SELECT x.candidateId AS candidateId,
           coalesce(min(CASE WHEN t.status IN ('hadir', 'terlambat') THEN s.day END), min(s.day)) AS day
    FROM slots x
    JOIN sessions s ON s.id = x.sessionId
    LEFT JOIN attendance t ON t.session_id = x.sessionId AND t.candidate_id = x.candidateId
    GROUP BY x.candidateId`);

  return {
    program: (programId: number) => program.get(programId) as ExportProgram | undefined,
    detailCount: (programId: number) => detailCount.get(programId) as number,
    detail: (programId: number) => detail.iterate(programId) as IterableIterator<DetailRating>,
    methodNames: (programId: number) => new Map(methodNames.all(programId) as Array<[number, string]>),
    assessorNames: (programId: number) => new Map(assessorNames.all(programId) as Array<[number, string]>),
    attendanceCount: (programId: number) => attendanceCount.get({ programId }) as number,
    attendance: (programId: number) =>
      attendance.iterate({ programId }) as IterableIterator<
        AttendanceRow & { status: AttendanceMark | null }
      >,
    assessmentDays(programId: number): Map<number, string> {
      const rows = days.all({ programId }) as Array<{ candidateId: number; day: string }>;
      return new Map(rows.map((r) => [r.candidateId, r.day]));
    },
  };
}

export type ResultsExportRepo = ReturnType<typeof createResultsExportRepo>;
