import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAttendanceRepo } from '../../../src/main/db/repos/attendance.repo';
import { addCandidates, createProgram, nipFor, startApp, type Harness } from './fixture';

let h: Harness;
let programId: number;

beforeEach(async () => {
  h = await startApp();
  programId = (await createProgram(h)).id;
});
afterEach(async () => h.close());

const NAMES = [
  'Dra. Hj. Siti Aminah, M.Si.',
  'dr. Rina Kartika',
  "Nur'aini",
  'Ni Luh Putu Ayu',
  'Budi Santoso, S.E.',
  'Ahmad Hidayat',
  'Dewi Lestari, S.Kom.',
  'Bambang Sutrisno',
];

async function methodId(code: string): Promise<number> {
  return (await h.ok('instruments:get', { programId })).methods.find((m) => m.code === code)?.id as number;
}

/** Eight candidates in two groups; an LGD session at 08:00 hosting both groups. */
async function day() {
  const candidates = await addCandidates(
    h,
    programId,
    NAMES.map((name, i) => ({ name, unit: i % 2 ? 'Bappeda' : 'Dinas Pendidikan' })),
  );
  const { groups } = await h.ok('schedule:form-groups', {
    programId,
    size: 4,
    mixAgencies: false,
    sameLevel: false,
  });
  const lgd = await h.ok('schedule:save-session', {
    programId,
    day: '2023-02-27',
    start: '08:00',
    end: '10:00',
    room: 'Aula',
    methodId: await methodId('LGD'),
  });
  await h.ok('schedule:set-session-groups', { sessionId: lgd.id, groupIds: groups.map((g) => g.id) });
  return { candidates, groups, lgd };
}

describe('checking in', () => {
  it('lists the candidates of the session’s groups, not yet checked in', async () => {
    const { lgd, groups } = await day();
    const list = await h.ok('attendance:list', { sessionId: lgd.id });
    expect(list.session).toMatchObject({ id: lgd.id, methodCode: 'LGD', candidateCount: 8 });
    expect(list.rows.map((r) => r.name)).toEqual(NAMES);
    expect(list.rows.map((r) => r.groupId)).toEqual([
      ...Array(4).fill(groups[0]?.id),
      ...Array(4).fill(groups[1]?.id),
    ]);
    expect(list.rows.every((r) => r.status === null && r.at === null)).toBe(true);
    expect(list.counts).toEqual({ hadir: 0, terlambat: 0, tidakHadir: 0, belum: 8 });
  });

  it('records hadir, terlambat and tidak hadir with the time, and can undo a mark', async () => {
    const { lgd, candidates } = await day();
    const [a, b, c] = candidates;
    h.clock.ms = Date.parse('2023-02-27T01:05:00.000Z');
    const late = await h.ok('attendance:mark', {
      sessionId: lgd.id,
      candidateId: b?.id as number,
      status: 'terlambat',
    });
    expect(late).toMatchObject({ candidateId: b?.id, status: 'terlambat', at: '2023-02-27T01:05:01.000Z' });
    await h.ok('attendance:mark', { sessionId: lgd.id, candidateId: a?.id as number, status: 'hadir' });
    await h.ok('attendance:mark', { sessionId: lgd.id, candidateId: c?.id as number, status: 'tidak-hadir' });
    expect((await h.ok('attendance:list', { sessionId: lgd.id })).counts).toEqual({
      hadir: 1,
      terlambat: 1,
      tidakHadir: 1,
      belum: 5,
    });
    const undone = await h.ok('attendance:mark', {
      sessionId: lgd.id,
      candidateId: c?.id as number,
      status: null,
    });
    expect(undone).toMatchObject({ status: null, at: null });
    const audit = h.app.db
      .prepare("SELECT count(*) FROM audit_log WHERE action = 'attendance:mark'")
      .pluck()
      .get();
    expect(audit).toBe(4);
  });

  it('refuses a candidate who is not in the session’s groups', async () => {
    const { lgd } = await day();
    const [outsider] = await addCandidates(h, programId, [{ name: 'Peserta Lain', nip: nipFor(999) }]);
    const refused = await h.fail('attendance:mark', {
      sessionId: lgd.id,
      candidateId: outsider?.id as number,
      status: 'hadir',
    });
    expect(refused.code).toBe('attendance-not-in-session');
    expect(refused.message).toContain('tidak termasuk kelompok');
  });

  it('marks a candidate absent from the method of the missed session only, until they attend a make-up', async () => {
    const { lgd, candidates, groups } = await day();
    const absentee = candidates[2]?.id as number;
    const present = candidates[0]?.id as number;
    const repo = createAttendanceRepo(h.app.db);
    const [lgdId, itId] = [await methodId('LGD'), await methodId('IT')];
    await h.ok('attendance:mark', { sessionId: lgd.id, candidateId: absentee, status: 'tidak-hadir' });
    await h.ok('attendance:mark', { sessionId: lgd.id, candidateId: present, status: 'terlambat' });
    expect(repo.isAbsent(absentee, lgdId)).toBe(true);
    expect(repo.isAbsent(absentee, itId)).toBe(false);
    expect(repo.isAbsent(absentee)).toBe(true);
    expect(repo.isAbsent(present, lgdId)).toBe(false);
    expect(repo.absentCandidateIds(programId)).toEqual([absentee]);

    const makeUp = await h.ok('schedule:save-session', {
      programId,
      day: '2023-02-28',
      start: '08:00',
      end: '10:00',
      methodId: lgdId,
    });
    await h.ok('schedule:set-session-groups', { sessionId: makeUp.id, groupIds: groups.map((g) => g.id) });
    await h.ok('attendance:mark', { sessionId: makeUp.id, candidateId: absentee, status: 'hadir' });
    expect(repo.isAbsent(absentee, lgdId)).toBe(false);
    expect(repo.isAbsent(absentee)).toBe(false);
  });
});

describe('looking a candidate up', () => {
  it('finds by any word prefix of the name, titles and apostrophes included, in any case', async () => {
    const { groups } = await day();
    const names = async (query: string) =>
      (await h.ok('attendance:lookup', { programId, query })).map((hit) => hit.name);
    expect(await names('siti ami')).toEqual(['Dra. Hj. Siti Aminah, M.Si.']);
    expect(await names('AMINAH')).toEqual(['Dra. Hj. Siti Aminah, M.Si.']);
    expect(await names("nur'aini")).toEqual(["Nur'aini"]);
    expect(await names('putu')).toEqual(['Ni Luh Putu Ayu']);
    expect(await names('kartika rina')).toEqual(['dr. Rina Kartika']);
    expect(await names('xyz')).toEqual([]);
    const hit = (await h.ok('attendance:lookup', { programId, query: 'budi' }))[0];
    expect(hit).toMatchObject({ groupId: groups[1]?.id, groupName: 'Kelompok 2', marks: [] });
  });

  it('finds by participant number, with or without leading zeros, and by NIP prefix with separators', async () => {
    const { candidates } = await day();
    const seventh = candidates[6];
    expect((await h.ok('attendance:lookup', { programId, query: '7' }))[0]?.candidateId).toBe(seventh?.id);
    expect((await h.ok('attendance:lookup', { programId, query: '007' }))[0]?.candidateId).toBe(seventh?.id);
    const nip = seventh?.nip as string;
    const typed = `${nip.slice(0, 8)} ${nip.slice(8, 12)}`;
    expect(
      (await h.ok('attendance:lookup', { programId, query: typed })).map((x) => x.candidateId),
    ).toContain(seventh?.id);
  });

  it('treats search syntax in the query as plain text', async () => {
    await day();
    for (const query of ['"', 'siti OR budi', 'NEAR(a b)', '*', 'a"b', "'", '-']) {
      const result = await h.call('attendance:lookup', { programId, query });
      expect(result.ok).toBe(true);
    }
  });

  it('stays instant on 10,000 candidates and uses indexes, never a scan of the roster', async () => {
    const insert = h.app.db.prepare(
      `INSERT INTO candidates (program_id, participant_no, nip, name, unit, created_at, updated_at)
       VALUES (?, ?, ?, ?, 'Dinas', 'x', 'x')`,
    );
    const first = ['Siti', 'Budi', 'Dewi', 'Ahmad', 'Rina', 'Putu', 'Nur', 'Joko', 'Wahyu', 'Ayu'];
    const last = ['Aminah', 'Santoso', 'Lestari', 'Hidayat', 'Kartika', 'Wijaya', 'Saputra', 'Rahayu'];
    h.app.db.transaction(() => {
      for (let i = 0; i < 10_000; i++) {
        const name = `${first[i % 10]} ${last[Math.floor(i / 10) % 8]} ${i}, S.Sos.`;
        insert.run(programId, String(i + 1).padStart(5, '0'), String(198001012005011000n + BigInt(i)), name);
      }
    })();
    const timings: number[] = [];
    for (const query of ['siti', 'dewi les', '1980010120050110', '00421', 'rahayu 77', 'x']) {
      const started = performance.now();
      const hits = await h.ok('attendance:lookup', { programId, query });
      timings.push(performance.now() - started);
      if (query !== 'x') expect(hits.length).toBeGreaterThan(0);
    }
    timings.sort((a, b) => a - b);
    expect(timings[Math.floor(timings.length / 2)]).toBeLessThan(50);

    const plan = (sql: string, ...params: unknown[]) =>
      (h.app.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>)
        .map((r) => r.detail)
        .join(' | ');
    const byName = plan(
      `SELECT c.id FROM candidate_names f JOIN candidates c ON c.id = f.rowid
       WHERE candidate_names MATCH ? AND c.program_id = ? ORDER BY c.name LIMIT 20`,
      '"siti"*',
      programId,
    );
    expect(byName).toMatch(/VIRTUAL TABLE INDEX/);
    expect(byName).not.toMatch(/SCAN c\b/);
    const byNip = plan(
      'SELECT id FROM candidates WHERE program_id = ? AND nip >= ? AND nip < ? LIMIT 20',
      programId,
      '1980',
      '1981',
    );
    expect(byNip).toMatch(/SEARCH candidates USING (COVERING )?INDEX/);
  });
});
