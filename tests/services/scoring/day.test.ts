/**
 * The scoring day through operations only, the set-up included (assessors, the national preset,
 * automatic assignment, sessions, attendance): proves the two halves of the day fit together.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../src/main/app';
import type { Candidate } from '../../../src/shared/contract';
import { makeDataDir, removeDir } from '../../fixtures/data-dir';
import { ADMIN, caller, fakeDoor, OPERATOR } from './fixtures';

let dataDir: string;
let app: App;
let api: ReturnType<typeof caller>;

beforeEach(async () => {
  dataDir = makeDataDir();
  app = await createApp({ dataDir });
  api = caller(app);
});

afterEach(async () => {
  await app.close();
  removeDir(dataDir);
});

const NIPS = ['198609262015051001', '199001012015012002', '198512312010011003', '197708172005012004'];

describe('a scoring day set up through operations', () => {
  it('signs an assessor in with the PIN they were given, lists their assigned candidates, and drops an absent one', async () => {
    const program = await api.ok('program:create', { code: 'HARI-1', name: 'Asesmen hari pertama' }, ADMIN);
    const candidates: Candidate[] = [];
    for (const [i, nip] of NIPS.entries()) {
      candidates.push(
        await api.ok(
          'roster:add',
          {
            programId: program.id,
            candidate: { nip, name: `Peserta ${i + 1}`, unit: `Dinas ${i % 2}`, positionLevel: 'Pengawas' },
          },
          ADMIN,
        ),
      );
    }
    const ani = await api.ok(
      'assessor:add',
      { programId: program.id, name: 'Dr. Ani, M.Psi.', unit: 'Biro Psikologi', pin: '1357' },
      ADMIN,
    );
    await api.ok(
      'assessor:add',
      { programId: program.id, name: 'Budi, S.Psi.', unit: 'Biro Psikologi', pin: '2468' },
      ADMIN,
    );
    const assigned = await api.ok('assign:auto', { programId: program.id, perCandidate: 2 }, ADMIN);
    expect(assigned.created).toBeGreaterThan(0);

    const door = fakeDoor('browser');
    await api.fails('auth:login', { assessorId: ani.id, pin: '2468' }, door.ctx, 'pin-wrong');
    await api.ok('auth:login', { assessorId: ani.id, pin: '1357' }, door.ctx);
    const mine = await api.ok('scoring:my-sheets', { programId: program.id }, door.ctx);
    const methods = [...new Set(mine.sheets.map((s) => s.method.code))];
    expect(mine.sheets.length).toBe(NIPS.length * methods.length);

    // Candidate 1 misses the first method's session.
    const firstMethod = mine.sheets[0]?.method as { id: number; code: string };
    const session = await api.ok(
      'schedule:save-session',
      { programId: program.id, day: '2023-02-25', start: '08:00', end: '10:00', methodId: firstMethod.id },
      ADMIN,
    );
    const groups = await api.ok('schedule:form-groups', { programId: program.id, size: 4 }, ADMIN);
    await api.ok(
      'schedule:set-session-groups',
      { sessionId: session.id, groupIds: groups.groups.map((g) => g.id) },
      ADMIN,
    );
    await api.ok(
      'attendance:mark',
      { sessionId: session.id, candidateId: candidates[0]!.id, status: 'tidak-hadir' },
      OPERATOR,
    );

    const after = await api.ok('scoring:my-sheets', { programId: program.id }, door.ctx);
    expect(after.sheets.length).toBe(mine.sheets.length - 1);
    expect(
      after.sheets.some((s) => s.candidateId === candidates[0]!.id && s.method.code === firstMethod.code),
    ).toBe(false);

    const sheet = after.sheets[0]!;
    const got = await api.ok('scoring:get-sheet', { assignmentId: sheet.assignmentId }, door.ctx);
    for (const c of got.competencies) {
      await api.ok(
        'scores:save',
        { assignmentId: sheet.assignmentId, competencyId: c.id, level: 3 },
        door.ctx,
      );
    }
    await api.ok('scores:submit', { assignmentId: sheet.assignmentId }, door.ctx);
    const progress = await api.ok('progress:get', { programId: program.id }, OPERATOR);
    expect(progress.assessors.find((a) => a.assessorId === ani.id)).toMatchObject({
      submitted: 1,
      absent: 1,
    });
    expect(progress.sessions[0]).toMatchObject({
      candidates: NIPS.length,
      absent: 1,
      unmarked: NIPS.length - 1,
    });
  });
});
