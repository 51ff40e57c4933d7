import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../src/main/app';
import { makeDataDir, removeDir } from '../../fixtures/data-dir';
import { assessorCtx, caller, OPERATOR, setUpScenario, type Scenario } from './fixtures';

let dataDir: string;
let app: App;
let s: Scenario;
let api: ReturnType<typeof caller>;

beforeEach(async () => {
  dataDir = makeDataDir();
  app = await createApp({ dataDir });
  s = await setUpScenario(app);
  api = caller(app);
});

afterEach(async () => {
  await app.close();
  removeDir(dataDir);
});

const M = (code: string) => s.competency[code] as number;

/** One group of all four candidates in an XLGD session: 0 present, 1 late, 2 absent, 3 unmarked. */
function schedule(): void {
  const db = app.db;
  const group = Number(
    db.prepare(`INSERT INTO groups (program_id, name) VALUES (?, 'Kelompok 1')`).run(s.programId)
      .lastInsertRowid,
  );
  for (const candidate of s.candidates) {
    db.prepare('INSERT INTO group_members (group_id, candidate_id) VALUES (?, ?)').run(group, candidate);
  }
  const session = Number(
    db
      .prepare(
        `INSERT INTO sessions (program_id, day, start_time, end_time, room, method_id) VALUES (?, '2023-02-25', '08:00', '10:00', 'Ruang 1', ?)`,
      )
      .run(s.programId, s.method.XLGD).lastInsertRowid,
  );
  db.prepare('INSERT INTO session_groups (session_id, group_id) VALUES (?, ?)').run(session, group);
  const mark = db.prepare(
    `INSERT INTO attendance (session_id, candidate_id, status, at) VALUES (?, ?, ?, '2023-02-25T08:05:00.000Z')`,
  );
  mark.run(session, s.candidates[0], 'hadir');
  mark.run(session, s.candidates[1], 'terlambat');
  mark.run(session, s.candidates[2], 'tidak-hadir');
}

describe('the progress dashboard', () => {
  it('counts per assessor, per candidate and per session as sheets are scored and submitted', async () => {
    schedule();
    const A = assessorCtx(s.assessors.a);
    const sheet = s.sheet('a', 0, 'XLGD');
    for (const code of ['M.1', 'M.2', 'M.3'])
      await api.ok('scores:save', { assignmentId: sheet, competencyId: M(code), level: 3 }, A);
    await api.ok('scores:submit', { assignmentId: sheet }, A);
    await api.ok(
      'scores:save',
      { assignmentId: s.sheet('a', 1, 'XLGD'), competencyId: M('M.1'), level: 2 },
      A,
    );

    const progress = await api.ok('progress:get', { programId: s.programId }, OPERATOR);
    expect(progress.totals).toMatchObject({
      sheets: 17,
      submitted: 1,
      inProgress: 1,
      absent: 2,
      notStarted: 13,
    });
    // 17 sheets, 2 absent (XLGD × 2 assessors for candidate 2): 15 sheets to rate.
    expect(progress.totals.ratingsDone).toBe(4);

    const a = progress.assessors.find((row) => row.assessorId === s.assessors.a);
    expect(a).toMatchObject({
      name: 'Dr. Asesor A, M.Psi.',
      sheets: 8,
      submitted: 1,
      inProgress: 1,
      absent: 1,
      remaining: 6,
    });
    const lead = progress.assessors.find((row) => row.assessorId === s.assessors.lead);
    expect(lead).toMatchObject({ role: 'lead', sheets: 1, remaining: 1 });

    const first = progress.candidates[0];
    expect(first).toMatchObject({ participantNo: '001', sheets: 5, submitted: 1, absentMethods: [] });
    // B's XLGD (3) + A's and B's XBEI (2 + 2) + the lead's XLGD (3).
    expect(first?.missingRatings).toBe(10);
    expect(first?.missing.map((m) => `${m.assessorName}/${m.methodCode}/${m.missingRatings}`).sort()).toEqual(
      ['Asesor B/XBEI/2', 'Asesor B/XLGD/3', 'Dr. Asesor A, M.Psi./XBEI/2', 'Ketua Asesor/XLGD/3'],
    );

    expect(progress.sessions).toEqual([
      {
        sessionId: expect.any(Number),
        day: '2023-02-25',
        startTime: '08:00',
        endTime: '10:00',
        room: 'Ruang 1',
        methodCode: 'XLGD',
        candidates: 4,
        present: 1,
        late: 1,
        absent: 1,
        unmarked: 1,
        sheets: 9,
        submitted: 1,
      },
    ]);
  });

  it('is open to staff and the lead assessor, not to assessors', async () => {
    await api.ok('progress:get', { programId: s.programId }, assessorCtx(s.assessors.lead, 'desktop', true));
    await api.fails('progress:get', { programId: s.programId }, assessorCtx(s.assessors.a), 'forbidden');
    await api.fails('progress:get', { programId: 9999 }, OPERATOR, 'not-found');
  });
});
