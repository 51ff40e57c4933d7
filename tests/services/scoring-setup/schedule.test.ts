import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addCandidates, createProgram, startApp, type Harness, type PersonSpec } from './fixture';

let h: Harness;
let programId: number;

beforeEach(async () => {
  h = await startApp();
  programId = (await createProgram(h)).id;
});
afterEach(async () => h.close());

const AGENCIES = ['Dinas Pendidikan', 'Bappeda', 'Dinas Kesehatan', 'Satpol PP'];

function people(n: number, spec: (i: number) => PersonSpec = () => ({})): PersonSpec[] {
  return Array.from({ length: n }, (_, i) => ({ unit: AGENCIES[i % AGENCIES.length], ...spec(i) }));
}

async function methodId(code: string): Promise<number> {
  return (await h.ok('instruments:get', { programId })).methods.find((m) => m.code === code)?.id as number;
}

describe('forming groups', () => {
  it('forms four balanced groups of 7, 7, 6 and 6 from 26 candidates at target 6', async () => {
    const candidates = await addCandidates(h, programId, people(26));
    const { groups, warnings } = await h.ok('schedule:form-groups', {
      programId,
      size: 6,
      mixAgencies: true,
      sameLevel: false,
    });
    expect(groups.map((g) => [g.name, g.members.length])).toEqual([
      ['Kelompok 1', 7],
      ['Kelompok 2', 7],
      ['Kelompok 3', 6],
      ['Kelompok 4', 6],
    ]);
    expect(warnings).toEqual([]);
    const members = groups.flatMap((g) => g.members.map((m) => m.candidateId)).sort((a, b) => a - b);
    expect(members).toEqual(candidates.map((c) => c.id));
    expect((await h.ok('schedule:get', { programId })).ungrouped).toEqual([]);
  });

  it('spreads each agency over the groups when mixing', async () => {
    await addCandidates(h, programId, people(24));
    const { groups } = await h.ok('schedule:form-groups', {
      programId,
      size: 6,
      mixAgencies: true,
      sameLevel: false,
    });
    for (const group of groups) {
      const agencies = group.members.map((m) => m.unit);
      // 6 per agency over 4 groups: never more than 2 from one agency in a group.
      for (const agency of AGENCIES)
        expect(agencies.filter((a) => a === agency).length).toBeLessThanOrEqual(2);
      expect(new Set(agencies).size).toBe(4);
    }
  });

  it('keeps one position level per group and warns about a level too small to fill a group', async () => {
    await addCandidates(
      h,
      programId,
      people(14, (i) => ({ positionLevel: i < 2 ? 'Administrator' : 'Pelaksana' })),
    );
    const { groups, warnings } = await h.ok('schedule:form-groups', {
      programId,
      size: 6,
      mixAgencies: true,
      sameLevel: true,
    });
    expect(groups.map((g) => new Set(g.members.map((m) => m.positionLevel)).size)).toEqual([1, 1, 1]);
    expect(groups.map((g) => g.members.length)).toEqual([2, 6, 6]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ code: 'group-too-small' });
    expect(warnings[0]?.message).toContain('Kelompok 1 hanya berisi 2 peserta');
    expect(warnings[0]?.message).toContain('Administrator');
  });

  it('re-forming keeps the group ids, so sessions keep hosting their groups', async () => {
    await addCandidates(h, programId, people(18));
    const first = await h.ok('schedule:form-groups', {
      programId,
      size: 6,
      mixAgencies: true,
      sameLevel: false,
    });
    const session = await h.ok('schedule:save-session', {
      programId,
      day: '2023-02-27',
      start: '08:00',
      end: '10:00',
      room: 'Ruang Diklat 1',
      methodId: await methodId('LGD'),
    });
    await h.ok('schedule:set-session-groups', {
      sessionId: session.id,
      groupIds: [first.groups[0]?.id as number],
    });
    const again = await h.ok('schedule:form-groups', {
      programId,
      size: 4,
      mixAgencies: false,
      sameLevel: false,
    });
    expect(again.groups.map((g) => g.members.length)).toEqual([5, 5, 4, 4]);
    expect(again.groups.slice(0, 3).map((g) => g.id)).toEqual(first.groups.map((g) => g.id));
    expect(again.groups[0]?.sessionIds).toEqual([session.id]);
  });

  it('moves a member between groups and warns when a group leaves the 4–8 range', async () => {
    const candidates = await addCandidates(h, programId, people(16));
    const { groups } = await h.ok('schedule:form-groups', {
      programId,
      size: 8,
      mixAgencies: false,
      sameLevel: false,
    });
    expect(groups.map((g) => g.members.length)).toEqual([8, 8]);
    const moved = await h.ok('schedule:move-member', {
      candidateId: candidates[0]?.id as number,
      groupId: groups[1]?.id as number,
    });
    expect(moved.from?.members).toHaveLength(7);
    expect(moved.to.members).toHaveLength(9);
    expect(moved.to.members.map((m) => m.candidateId)).toContain(candidates[0]?.id);
    expect(moved.warnings.map((w) => w.code)).toEqual(['group-too-large', 'group-same-agency']);
    expect(moved.warnings[0]?.message).toContain('Kelompok 2 berisi 9 peserta');
  });

  it('adds an empty group and deletes it only when empty', async () => {
    const [candidate] = await addCandidates(h, programId, people(1));
    const group = await h.ok('schedule:add-group', { programId });
    expect(group).toMatchObject({ name: 'Kelompok 1', members: [] });
    await h.ok('schedule:move-member', { candidateId: candidate?.id as number, groupId: group.id });
    expect((await h.fail('schedule:delete-group', { id: group.id })).code).toBe('group-not-empty');
    const other = await h.ok('schedule:add-group', { programId });
    await h.ok('schedule:move-member', { candidateId: candidate?.id as number, groupId: other.id });
    expect(await h.ok('schedule:delete-group', { id: group.id })).toEqual({ deleted: true });
  });
});

describe('sessions', () => {
  it('saves a session with day, time, room and method, and refuses an end before the start', async () => {
    const lgd = await methodId('LGD');
    const session = await h.ok('schedule:save-session', {
      programId,
      day: '2023-02-27',
      start: '08:00',
      end: '09:30',
      room: 'Ruang Diklat 1',
      methodId: lgd,
    });
    expect(session).toMatchObject({
      day: '2023-02-27',
      start: '08:00',
      end: '09:30',
      methodCode: 'LGD',
      groupIds: [],
    });
    const { day, start, room } = session;
    const edited = await h.ok('schedule:save-session', {
      programId,
      id: session.id,
      day,
      start,
      end: '10:00',
      room,
      methodId: lgd,
    });
    expect(edited.end).toBe('10:00');
    expect(
      (await h.fail('schedule:save-session', { programId, day: '2023-02-27', start: '10:00', end: '09:00' }))
        .code,
    ).toBe('session-time-invalid');
    const badTime = await h.call('schedule:save-session', {
      programId,
      day: '2023-02-27',
      start: '8:00',
      end: '09:00',
    });
    expect(badTime.ok).toBe(false);
  });

  it('refuses a room used by another session at an overlapping time, whatever its spelling', async () => {
    await h.ok('schedule:save-session', {
      programId,
      day: '2023-02-27',
      start: '08:00',
      end: '10:00',
      room: 'Ruang Diklat 1',
    });
    const clash = await h.fail('schedule:save-session', {
      programId,
      day: '2023-02-27',
      start: '09:00',
      end: '11:00',
      room: 'ruang  diklat 1',
    });
    expect(clash.code).toBe('session-room-busy');
    expect(clash.message).toContain('2023-02-27 08:00–10:00');
    // Back to back is fine, and so is another day.
    await h.ok('schedule:save-session', {
      programId,
      day: '2023-02-27',
      start: '10:00',
      end: '11:00',
      room: 'Ruang Diklat 1',
    });
    await h.ok('schedule:save-session', {
      programId,
      day: '2023-02-28',
      start: '09:00',
      end: '11:00',
      room: 'Ruang Diklat 1',
    });
  });

  it('refuses to put a group into two sessions at the same time', async () => {
    await addCandidates(h, programId, people(8));
    const { groups } = await h.ok('schedule:form-groups', {
      programId,
      size: 4,
      mixAgencies: true,
      sameLevel: false,
    });
    const a = await h.ok('schedule:save-session', {
      programId,
      day: '2023-02-27',
      start: '08:00',
      end: '10:00',
      room: 'A',
    });
    const b = await h.ok('schedule:save-session', {
      programId,
      day: '2023-02-27',
      start: '09:00',
      end: '11:00',
      room: 'B',
    });
    const hosted = await h.ok('schedule:set-session-groups', {
      sessionId: a.id,
      groupIds: groups.map((g) => g.id),
    });
    expect(hosted.candidateCount).toBe(8);
    const busy = await h.fail('schedule:set-session-groups', {
      sessionId: b.id,
      groupIds: [groups[1]?.id as number],
    });
    expect(busy.code).toBe('session-group-busy');
    expect(busy.message).toContain('Kelompok 2');
    const schedule = await h.ok('schedule:get', { programId });
    expect(schedule.sessions.map((s) => s.groupIds)).toEqual([groups.map((g) => g.id), []]);
  });

  it('refuses to delete a session or re-form groups once attendance is recorded', async () => {
    const candidates = await addCandidates(h, programId, people(4));
    const { groups } = await h.ok('schedule:form-groups', {
      programId,
      size: 4,
      mixAgencies: true,
      sameLevel: false,
    });
    const session = await h.ok('schedule:save-session', {
      programId,
      day: '2023-02-27',
      start: '08:00',
      end: '10:00',
    });
    await h.ok('schedule:set-session-groups', { sessionId: session.id, groupIds: [groups[0]?.id as number] });
    await h.ok('attendance:mark', {
      sessionId: session.id,
      candidateId: candidates[0]?.id as number,
      status: 'hadir',
    });
    expect((await h.fail('schedule:delete-session', { id: session.id })).code).toBe('session-has-attendance');
    expect((await h.fail('schedule:form-groups', { programId, size: 4 })).code).toBe('groups-locked');
    const empty = await h.ok('schedule:save-session', {
      programId,
      day: '2023-02-28',
      start: '08:00',
      end: '10:00',
    });
    expect(await h.ok('schedule:delete-session', { id: empty.id })).toEqual({ deleted: true });
  });
});
