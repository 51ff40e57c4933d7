import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyPin } from '../../../src/main/services/pin';
import { OPERATOR } from '../../fixtures/data-dir';
import { addAssessor, addCandidates, createProgram, startApp, type Harness } from './fixture';

let h: Harness;
let programId: number;

beforeEach(async () => {
  h = await startApp();
  programId = (await createProgram(h)).id;
});
afterEach(async () => h.close());

const storedHash = (id: number) =>
  h.app.db.prepare('SELECT pin_hash FROM assessors WHERE id = ?').pluck().get(id) as string;
const auditText = () => JSON.stringify(h.app.db.prepare('SELECT * FROM audit_log').all());

describe('adding an assessor', () => {
  it('stores only a scrypt hash of the PIN, which verifies, and never returns the PIN or the hash', async () => {
    const added = await h.ok('assessor:add', {
      programId,
      name: 'Dra. Hj. Siti Aminah, M.Si.',
      role: 'lead',
      unit: 'BKD Provinsi Jawa Barat',
      pin: '480213',
    });
    expect(added).toEqual({
      id: added.id,
      programId,
      name: 'Dra. Hj. Siti Aminah, M.Si.',
      nip: null,
      role: 'lead',
      unit: 'BKD Provinsi Jawa Barat',
      assignments: 0,
      submitted: 0,
    });
    const hash = storedHash(added.id);
    expect(hash).toMatch(/^scrypt\$/);
    expect(hash).not.toContain('480213');
    expect(await verifyPin('480213', hash)).toBe(true);
    expect(await verifyPin('480214', hash)).toBe(false);

    const everything = JSON.stringify([added, await h.ok('assessor:list', { programId }), auditText()]);
    expect(everything).not.toContain('480213');
    expect(everything).not.toContain(hash.split('$')[5] as string);
    expect(everything).not.toContain('scrypt');
  });

  it('keeps the name with its titles exactly as written', async () => {
    for (const name of ['dr. Rina Kartika', "Nur'aini, S.Psi.", 'Ni Luh Putu Ayu Lestari, S.Psi., M.Psi.']) {
      expect((await addAssessor(h, programId, name, 'Lembaga Asesmen Mitra')).name).toBe(name);
    }
  });

  it('refuses a PIN that is not 4–8 digits with an Indonesian message', async () => {
    for (const pin of ['123', '123456789', '12a4', ' 1234']) {
      const result = await h.call('assessor:add', { programId, name: 'Budi Santoso', pin });
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('invalid-input');
        expect(JSON.stringify(result.error.details)).toContain('PIN harus 4–8 angka');
      }
    }
    expect(await h.ok('assessor:list', { programId })).toEqual([]);
  });

  it('validates a given NIP, stores it normalised, and refuses the same NIP twice in a programme', async () => {
    const bad = await h.fail('assessor:add', {
      programId,
      name: 'Budi',
      nip: '1986092620150510',
      pin: '1234',
    });
    expect(bad.code).toBe('assessor-invalid');
    expect(bad.message).toContain('NIP harus 18 digit');
    const good = await h.ok('assessor:add', {
      programId,
      name: 'Budi',
      nip: "'19860926 201505 1 001",
      pin: '1234',
    });
    expect(good.nip).toBe('198609262015051001');
    const again = await h.fail('assessor:add', {
      programId,
      name: 'Budi Lagi',
      nip: '198609262015051001',
      pin: '1234',
    });
    expect(again.code).toBe('assessor-nip-taken');
    // Empty NIP means none.
    expect(
      (await h.ok('assessor:add', { programId, name: 'Tanpa NIP', nip: '', pin: '1234' })).nip,
    ).toBeNull();
  });

  it('is open to operators but not to assessors', async () => {
    expect((await h.call('assessor:add', { programId, name: 'Budi', pin: '1234' }, OPERATOR)).ok).toBe(true);
    const asAssessor = await h.fail(
      'assessor:list',
      { programId },
      { role: 'assessor', actor: 'assessor:1', door: 'browser' },
    );
    expect(asAssessor.code).toBe('forbidden');
  });
});

describe('changing an assessor', () => {
  it('updates role and unit and leaves the PIN alone', async () => {
    const a = await addAssessor(h, programId, 'Ir. Bambang Sutrisno, M.M.', 'Bappeda');
    const hash = storedHash(a.id);
    const updated = await h.ok('assessor:update', { id: a.id, role: 'lead', unit: 'Lembaga Asesmen Mitra' });
    expect(updated).toMatchObject({
      name: 'Ir. Bambang Sutrisno, M.M.',
      role: 'lead',
      unit: 'Lembaga Asesmen Mitra',
    });
    expect(storedHash(a.id)).toBe(hash);
  });

  it('sets a new PIN: the new one verifies, the old one no longer does', async () => {
    const a = await addAssessor(h, programId, 'Rina Kartika', 'Lembaga Asesmen Mitra');
    expect(await h.ok('assessor:set-pin', { id: a.id, pin: '9876' })).toEqual({ pinSet: true });
    expect(await verifyPin('9876', storedHash(a.id))).toBe(true);
    expect(await verifyPin('123456', storedHash(a.id))).toBe(false);
    expect(auditText()).not.toContain('9876');
  });

  it('deletes an assessor who has not scored, and refuses one who has', async () => {
    const [candidate] = await addCandidates(h, programId, [{ unit: 'Bappeda' }]);
    const idle = await addAssessor(h, programId, 'Tidak Menilai', 'Lembaga');
    const busy = await addAssessor(h, programId, 'Sudah Menilai', 'Lembaga');
    const methodId = (await h.ok('instruments:get', { programId })).methods[0]?.id as number;
    await h.ok('assign:set', {
      candidateId: candidate?.id as number,
      methodId,
      assessorIds: [idle.id, busy.id],
    });
    const busyRow = (await h.ok('assign:list', { programId })).find((r) => r.assessorId === busy.id);
    h.app.db.prepare("UPDATE assignments SET status = 'submitted' WHERE id = ?").run(busyRow?.id);

    expect(await h.ok('assessor:delete', { id: idle.id })).toEqual({ deleted: true });
    expect((await h.fail('assessor:delete', { id: busy.id })).code).toBe('assessor-in-use');
    expect((await h.ok('assessor:list', { programId })).map((a) => a.name)).toEqual(['Sudah Menilai']);
    expect((await h.ok('assign:list', { programId })).map((r) => r.assessorId)).toEqual([busy.id]);
  });
});
