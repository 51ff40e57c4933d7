import type { Db } from '../open';

export interface SessionRecord {
  id: number;
  programId: number;
  day: string;
  start: string;
  end: string;
  room: string;
  methodId: number | null;
  methodCode: string | null;
}

export interface GroupRecord {
  id: number;
  programId: number;
  name: string;
}

export interface MemberRecord {
  groupId: number | null;
  candidateId: number;
  participantNo: string;
  name: string;
  unit: string;
  positionLevel: string;
}

const SESSION = `
  SELECT s.id, s.program_id AS programId, s.day, s.start_time AS start, s.end_time AS "end", s.room,
    s.method_id AS methodId, m.code AS methodCode
  FROM sessions s LEFT JOIN methods m ON m.id = s.method_id`;

/** Sessions (day, time, room, method), candidate groups, and which groups a session hosts. */
export function createScheduleRepo(db: Db) {
  const session = db.prepare(`${SESSION} WHERE s.id = ?`);
  const sessions = db.prepare(`${SESSION} WHERE s.program_id = ? ORDER BY s.day, s.start_time, s.room, s.id`);
  const insertSession = db.prepare(`
    INSERT INTO sessions (program_id, day, start_time, end_time, room, method_id)
    VALUES (@programId, @day, @start, @end, @room, @methodId)`);
  const updateSession = db.prepare(`
    UPDATE sessions SET day = @day, start_time = @start, end_time = @end, room = @room, method_id = @methodId
    WHERE id = @id`);
  const deleteSession = db.prepare('DELETE FROM sessions WHERE id = ?');
  const overlapping = db.prepare(`${SESSION}
    WHERE s.program_id = @programId AND s.day = @day AND s.id != @id
      AND s.start_time < @end AND @start < s.end_time`);
  const attendanceCount = db.prepare('SELECT count(*) FROM attendance WHERE session_id = ?').pluck();

  const group = db.prepare('SELECT id, program_id AS programId, name FROM groups WHERE id = ?');
  const groups = db.prepare(
    'SELECT id, program_id AS programId, name FROM groups WHERE program_id = ? ORDER BY id',
  );
  const insertGroup = db.prepare('INSERT INTO groups (program_id, name) VALUES (?, ?)');
  const renameGroup = db.prepare('UPDATE groups SET name = ? WHERE id = ?');
  const deleteGroup = db.prepare('DELETE FROM groups WHERE id = ?');
  const clearMembers = db.prepare(
    'DELETE FROM group_members WHERE group_id IN (SELECT id FROM groups WHERE program_id = ?)',
  );
  const removeMember = db.prepare('DELETE FROM group_members WHERE candidate_id = ?');
  const addMember = db.prepare('INSERT INTO group_members (group_id, candidate_id) VALUES (?, ?)');
  const groupOf = db.prepare('SELECT group_id FROM group_members WHERE candidate_id = ?').pluck();
  const members = db.prepare(`
    SELECT g.group_id AS groupId, c.id AS candidateId, c.participant_no AS participantNo, c.name, c.unit,
      c.position_level AS positionLevel
    FROM candidates c LEFT JOIN group_members g ON g.candidate_id = c.id
    WHERE c.program_id = ?
    ORDER BY length(c.participant_no), c.participant_no, c.id`);
  const membersOf = db.prepare(`
    SELECT g.group_id AS groupId, c.id AS candidateId, c.participant_no AS participantNo, c.name, c.unit,
      c.position_level AS positionLevel
    FROM group_members g JOIN candidates c ON c.id = g.candidate_id
    WHERE g.group_id = ?
    ORDER BY length(c.participant_no), c.participant_no, c.id`);
  const nameTaken = db.prepare('SELECT 1 FROM groups WHERE program_id = ? AND name = ?').pluck();

  const sessionGroups = db.prepare(`
    SELECT sg.session_id AS sessionId, sg.group_id AS groupId
    FROM session_groups sg JOIN sessions s ON s.id = sg.session_id
    WHERE s.program_id = ? ORDER BY sg.session_id, sg.group_id`);
  const groupsOfSession = db
    .prepare('SELECT group_id FROM session_groups WHERE session_id = ? ORDER BY group_id')
    .pluck();
  const sessionsOfGroup = db
    .prepare('SELECT session_id FROM session_groups WHERE group_id = ? ORDER BY session_id')
    .pluck();
  const clearSessionGroups = db.prepare('DELETE FROM session_groups WHERE session_id = ?');
  const addSessionGroup = db.prepare('INSERT INTO session_groups (session_id, group_id) VALUES (?, ?)');
  const programAttendance = db
    .prepare(
      'SELECT count(*) FROM attendance a JOIN sessions s ON s.id = a.session_id WHERE s.program_id = ?',
    )
    .pluck();

  return {
    session: (id: number) => session.get(id) as SessionRecord | undefined,
    sessions: (programId: number) => sessions.all(programId) as SessionRecord[],
    insertSession: (record: Omit<SessionRecord, 'id' | 'methodCode'>) =>
      Number(insertSession.run(record).lastInsertRowid),
    updateSession: (record: Omit<SessionRecord, 'programId' | 'methodCode'>) =>
      void updateSession.run(record),
    deleteSession: (id: number) => void deleteSession.run(id),
    /** Sessions of the programme on the same day whose time overlaps [start, end). */
    overlapping: (programId: number, day: string, start: string, end: string, id = 0) =>
      overlapping.all({ programId, day, start, end, id }) as SessionRecord[],
    attendanceCount: (sessionId: number) => attendanceCount.get(sessionId) as number,
    programAttendance: (programId: number) => programAttendance.get(programId) as number,

    group: (id: number) => group.get(id) as GroupRecord | undefined,
    groups: (programId: number) => groups.all(programId) as GroupRecord[],
    insertGroup: (programId: number, name: string) =>
      Number(insertGroup.run(programId, name).lastInsertRowid),
    renameGroup: (id: number, name: string) => void renameGroup.run(name, id),
    deleteGroup: (id: number) => void deleteGroup.run(id),
    nameTaken: (programId: number, name: string) => nameTaken.get(programId, name) === 1,
    clearMembers: (programId: number) => void clearMembers.run(programId),
    /** Puts a candidate in a group, taking them out of any other. */
    setMember(candidateId: number, groupId: number): void {
      removeMember.run(candidateId);
      addMember.run(groupId, candidateId);
    },
    groupOf: (candidateId: number) => (groupOf.get(candidateId) as number | undefined) ?? null,
    /** Every candidate of the programme with their group (null: in none), in roster order. */
    members: (programId: number) => members.all(programId) as MemberRecord[],
    membersOf: (groupId: number) => membersOf.all(groupId) as MemberRecord[],

    sessionGroups: (programId: number) =>
      sessionGroups.all(programId) as Array<{ sessionId: number; groupId: number }>,
    groupsOfSession: (sessionId: number) => groupsOfSession.all(sessionId) as number[],
    sessionsOfGroup: (groupId: number) => sessionsOfGroup.all(groupId) as number[],
    setSessionGroups(sessionId: number, groupIds: readonly number[]): void {
      clearSessionGroups.run(sessionId);
      for (const groupId of groupIds) addSessionGroup.run(sessionId, groupId);
    },
  };
}

export type ScheduleRepo = ReturnType<typeof createScheduleRepo>;
