import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/main/app';
import type { Candidate } from '../../src/shared/contract';
import { ADMIN, makeDataDir, removeDir } from '../fixtures/data-dir';

let dataDir: string;
let app: App;
let programId: number;

const NIP = '198609262015051001';

async function call<T>(operation: string, input: unknown) {
  return (await app.dispatcher.dispatch(operation, input, ADMIN)) as
    | { ok: true; value: T }
    | {
        ok: false;
        error: { code: string; message: string; details?: Array<{ path: string; code: string }> };
      };
}

beforeEach(async () => {
  dataDir = makeDataDir();
  app = await createApp({ dataDir });
  const created = await call<{ id: number }>('program:create', { code: 'TA-2023', name: 'Talent Academy' });
  if (!created.ok) throw new Error(created.error.message);
  programId = created.value.id;
});

afterEach(async () => {
  await app.close();
  removeDir(dataDir);
});

describe('adding and editing single candidates', () => {
  it('adds a candidate with the next participant number and facts taken from the NIP', async () => {
    const added = await call<Candidate>('roster:add', {
      programId,
      candidate: {
        nip: '19860926 201505 1 001',
        name: '  Dra. Hj.  Siti Aminah, M.Si. ',
        grade: 'Penata Muda (III/a)',
      },
    });
    expect(added.ok).toBe(true);
    if (!added.ok) return;
    expect(added.value).toMatchObject({
      participantNo: '001',
      nip: NIP,
      name: 'Dra. Hj. Siti Aminah, M.Si.',
      gender: 'L',
      birthDate: '1986-09-26',
      grade: 'III/a',
    });
    const second = await call<Candidate>('roster:add', {
      programId,
      candidate: { nip: '199203142019032004', name: "Nur'aini" },
    });
    expect(second.ok && second.value.participantNo).toBe('002');
  });

  it('refuses an invalid NIP and a missing name with per-field problems, writing nothing', async () => {
    const refused = await call('roster:add', { programId, candidate: { nip: '19860926', name: '' } });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('candidate-invalid');
    const paths = (refused.error.details ?? []).map((d) => `${d.path}:${d.code}`);
    expect(paths).toEqual(expect.arrayContaining(['nip:nip-length', 'name:name-missing']));
    const list = await call<Candidate[]>('roster:list', { programId });
    expect(list.ok && list.value).toEqual([]);
  });

  it('refuses a second candidate with the same NIP', async () => {
    await call('roster:add', { programId, candidate: { nip: NIP, name: 'Budi Santoso' } });
    const duplicate = await call('roster:add', { programId, candidate: { nip: NIP, name: 'Budi Lain' } });
    expect(duplicate).toMatchObject({ ok: false, error: { code: 'candidate-nip-taken' } });
  });

  it('edits a candidate in place and records the change in the audit log without personal data', async () => {
    const added = await call<Candidate>('roster:add', {
      programId,
      candidate: { nip: NIP, name: 'Budi Santoso' },
    });
    if (!added.ok) throw new Error('add failed');
    const edited = await call<Candidate>('roster:update', {
      id: added.value.id,
      candidate: { unit: 'Dinas Pendidikan', name: 'Drs. Budi Santoso' },
    });
    expect(edited.ok && edited.value).toMatchObject({
      id: added.value.id,
      unit: 'Dinas Pendidikan',
      name: 'Drs. Budi Santoso',
      nip: NIP,
    });
    const audit = app.db
      .prepare("SELECT action, after_json FROM audit_log WHERE action LIKE 'roster:%' ORDER BY id")
      .all() as Array<{ action: string; after_json: string | null }>;
    expect(audit.map((a) => a.action)).toEqual(['roster:add', 'roster:update']);
    expect(JSON.stringify(audit)).not.toContain('Budi');
    expect(JSON.stringify(audit)).not.toContain(NIP);
  });

  it('deletes a candidate and refuses to delete one that no longer exists', async () => {
    const added = await call<Candidate>('roster:add', {
      programId,
      candidate: { nip: NIP, name: 'Budi Santoso' },
    });
    if (!added.ok) throw new Error('add failed');
    expect(await call('roster:delete', { id: added.value.id })).toMatchObject({ ok: true });
    expect(await call('roster:delete', { id: added.value.id })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('refuses changes to the roster of an archived programme', async () => {
    await call('program:archive', { id: programId, archived: true });
    const refused = await call('roster:add', { programId, candidate: { nip: NIP, name: 'Budi Santoso' } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'program-archived' } });
  });
});
