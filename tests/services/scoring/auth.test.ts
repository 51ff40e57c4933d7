import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../src/main/app';
import { makeDataDir, removeDir } from '../../fixtures/data-dir';
import { ADMIN, auditRows, caller, fakeDoor, setUpScenario, type Scenario } from './fixtures';

let dataDir: string;
let app: App;
let clock: number;
let s: Scenario;
let api: ReturnType<typeof caller>;

beforeEach(async () => {
  dataDir = makeDataDir();
  clock = Date.parse('2023-02-25T08:00:00.000Z');
  app = await createApp({ dataDir, now: () => new Date(clock) });
  s = await setUpScenario(app);
  api = caller(app);
});

afterEach(async () => {
  await app.close();
  removeDir(dataDir);
});

describe('signing in with a PIN', () => {
  it('turns the door into the assessor, or the lead assessor, with the right PIN', async () => {
    const door = fakeDoor();
    const signedIn = await api.ok('auth:login', { assessorId: s.assessors.a, pin: '1111' }, door.ctx);
    expect(signedIn).toMatchObject({
      role: 'assessor',
      actor: `assessor:${s.assessors.a}`,
      programId: s.programId,
    });
    expect(door.identity).toEqual({
      role: 'assessor',
      actor: `assessor:${s.assessors.a}`,
      assessorId: s.assessors.a,
    });

    await api.ok('auth:login', { assessorId: s.assessors.lead, pin: '9999' }, door.ctx);
    expect(door.identity.role).toBe('lead-assessor');
    expect(await api.ok('auth:whoami', {}, door.ctx)).toMatchObject({
      role: 'lead-assessor',
      assessorName: 'Ketua Asesor',
      door: 'browser',
      adminPinSet: false,
    });
  });

  it('refuses a wrong PIN, says how many tries are left, and leaves the door as it was', async () => {
    const door = fakeDoor();
    const error = await api.fails(
      'auth:login',
      { assessorId: s.assessors.a, pin: '2222' },
      door.ctx,
      'pin-wrong',
    );
    expect(error.message).toMatch(/Sisa 4 kali/);
    expect(door.identity.role).toBe('admin');
  });

  it('locks an assessor out for 60 seconds after 5 wrong PINs in a row, even for the right PIN', async () => {
    const door = fakeDoor();
    for (let i = 0; i < 4; i++) {
      await api.fails('auth:login', { assessorId: s.assessors.a, pin: '0000' }, door.ctx, 'pin-wrong');
    }
    const fifth = await api.fails(
      'auth:login',
      { assessorId: s.assessors.a, pin: '0000' },
      door.ctx,
      'pin-locked-out',
    );
    expect(fifth.message).toMatch(/60 detik/);

    clock += 15_000;
    const locked = await api.fails(
      'auth:login',
      { assessorId: s.assessors.a, pin: '1111' },
      door.ctx,
      'pin-locked-out',
    );
    expect(locked.message).toMatch(/45 detik/);
    expect(locked.details).toEqual({ retryAfterSeconds: 45 });
    // The lockout is per assessor: B can still sign in at the same laptop.
    await api.ok('auth:login', { assessorId: s.assessors.b, pin: '2222' }, door.ctx);

    clock += 45_000;
    await api.ok('auth:login', { assessorId: s.assessors.a, pin: '1111' }, door.ctx);
    expect(door.identity.assessorId).toBe(s.assessors.a);
  });

  it('starts counting again after a right PIN', async () => {
    const door = fakeDoor();
    for (let i = 0; i < 4; i++)
      await api.fails('auth:login', { assessorId: s.assessors.a, pin: '0000' }, door.ctx);
    await api.ok('auth:login', { assessorId: s.assessors.a, pin: '1111' }, door.ctx);
    const error = await api.fails(
      'auth:login',
      { assessorId: s.assessors.a, pin: '0000' },
      door.ctx,
      'pin-wrong',
    );
    expect(error.message).toMatch(/Sisa 4 kali/);
  });

  it('is not available where there is no session to switch (the command line)', async () => {
    await api.fails(
      'auth:login',
      { assessorId: s.assessors.a, pin: '1111' },
      { ...ADMIN, door: 'cli' },
      'not-supported-here',
    );
  });

  it('refuses a PIN that is not 4–8 digits before checking it', async () => {
    const error = await api.fails(
      'auth:login',
      { assessorId: s.assessors.a, pin: '12' },
      fakeDoor().ctx,
      'invalid-input',
    );
    expect(JSON.stringify(error.details)).toMatch(/4–8 angka/);
  });
});

describe('locking the screen', () => {
  it('leaves a locked door able to do nothing but sign in again', async () => {
    const door = fakeDoor();
    await api.ok('auth:login', { assessorId: s.assessors.a, pin: '1111' }, door.ctx);
    const locked = await api.ok('auth:lock', {}, door.ctx);
    expect(locked).toMatchObject({ role: 'locked', assessorId: s.assessors.a });

    await api.fails('scoring:my-sheets', { programId: s.programId }, door.ctx, 'forbidden');
    await api.fails('program:list', {}, door.ctx, 'forbidden');
    // The sign-in picker still works on a locked screen.
    const picker = await api.ok('auth:assessors', { programId: s.programId }, door.ctx);
    expect(picker.map((a) => a.name)).toEqual(['Asesor B', 'Dr. Asesor A, M.Psi.', 'Ketua Asesor']);
    expect(JSON.stringify(picker)).not.toMatch(/pin|hash|scrypt/i);

    await api.ok('auth:login', { assessorId: s.assessors.a, pin: '1111' }, door.ctx);
    const mine = await api.ok('scoring:my-sheets', { programId: s.programId }, door.ctx);
    expect(mine.sheets.length).toBe(8);
  });
});

describe('going back to the operator', () => {
  it('needs no PIN until an admin PIN is set, then needs the right one', async () => {
    const door = fakeDoor();
    await api.ok('auth:login', { assessorId: s.assessors.a, pin: '1111' }, door.ctx);
    await api.ok('auth:operator', {}, door.ctx);
    expect(door.identity).toEqual({ role: 'admin', actor: 'admin' });

    await api.ok('auth:set-admin-pin', { pin: '424242' }, door.ctx);
    await api.ok('auth:login', { assessorId: s.assessors.a, pin: '1111' }, door.ctx);
    await api.fails('auth:operator', {}, door.ctx, 'admin-pin-required');
    await api.fails('auth:operator', { pin: '1111' }, door.ctx, 'pin-wrong');
    expect(door.identity.role).toBe('assessor');
    await api.ok('auth:operator', { pin: '424242' }, door.ctx);
    expect(door.identity.role).toBe('admin');
  });

  it('keeps only whether an admin PIN is set in the audit log, never the PIN', async () => {
    await api.ok('auth:set-admin-pin', { pin: '424242' }, ADMIN);
    const rows = auditRows(app.db, 'auth:set-admin-pin');
    expect(rows).toHaveLength(1);
    expect(JSON.parse(rows[0]?.after_json ?? '{}')).toEqual({ adminPinSet: true });
    expect(JSON.stringify(app.db.prepare('SELECT * FROM audit_log').all())).not.toContain('424242');
    const stored = app.db
      .prepare(`SELECT value FROM settings WHERE key = 'admin_pin_hash'`)
      .pluck()
      .get() as string;
    expect(stored).toMatch(/^scrypt\$/);
    expect(stored).not.toContain('424242');
  });

  it('lets only the admin set the admin PIN', async () => {
    const door = fakeDoor();
    await api.ok('auth:login', { assessorId: s.assessors.lead, pin: '9999' }, door.ctx);
    await api.fails('auth:set-admin-pin', { pin: '424242' }, door.ctx, 'forbidden');
  });
});
