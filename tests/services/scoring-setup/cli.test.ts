import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../../src/main/app';
import { ADMIN_CONTEXT } from '../../../src/main/context';
import { verifyPin } from '../../../src/main/services/pin';
import { makeDataDir, removeDir } from '../../fixtures/data-dir';
import { nipFor } from './fixture';
import { runAsesa } from '../../fixtures/cli';

let dataDir: string;

beforeEach(() => {
  dataDir = makeDataDir();
});
afterEach(() => removeDir(dataDir));

const asesa = (...args: string[]) => runAsesa(dataDir, ...args);

/** A programme TA-2023 with candidates from the given agencies, written through the dispatcher. */
async function programWith(units: string[]) {
  const app = await createApp({ dataDir });
  const ctx = ADMIN_CONTEXT('cli');
  const created = await app.dispatcher.dispatch(
    'program:create',
    { code: 'TA-2023', name: 'ASN Talent Academy' },
    ctx,
  );
  if (!created.ok) throw new Error(created.error.code);
  const programId = (created.value as { id: number }).id;
  for (const [i, unit] of units.entries()) {
    const added = await app.dispatcher.dispatch(
      'roster:add',
      {
        programId,
        candidate: { nip: nipFor(i + 1), name: `Peserta ${i + 1}`, unit, positionLevel: 'Pengawas' },
      },
      ctx,
    );
    if (!added.ok) throw new Error(added.error.code);
  }
  await app.close();
}

async function pinHashes(): Promise<string[]> {
  const app = await createApp({ dataDir });
  try {
    return app.db.prepare('SELECT pin_hash FROM assessors ORDER BY id').pluck().all() as string[];
  } finally {
    await app.close();
  }
}

describe('asesa assessor', () => {
  it('adds an assessor and prints id, name, role and unit as JSON, never the PIN', async () => {
    await programWith([]);
    const added = await asesa(
      'assessor',
      'add',
      '--program',
      'ta-2023',
      '--name',
      'Dra. Hj. Siti Aminah, M.Si.',
      '--pin',
      '271828',
      '--role',
      'lead',
      '--unit',
      'BKD Provinsi Jawa Barat',
      '--json',
    );
    expect(added.code).toBe(0);
    expect(JSON.parse(added.stdout)).toEqual({
      id: 1,
      name: 'Dra. Hj. Siti Aminah, M.Si.',
      role: 'lead',
      unit: 'BKD Provinsi Jawa Barat',
    });
    const listed = await asesa('assessor', 'list', '--program', 'TA-2023', '--json');
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.stdout)).toMatchObject([{ id: 1, role: 'lead', nip: null }]);
    expect(added.stdout + added.stderr + listed.stdout).not.toContain('271828');
    const [hash] = await pinHashes();
    expect(await verifyPin('271828', hash as string)).toBe(true);
  });

  it('exits 1 with one Indonesian line for a bad PIN and 2 for a missing option', async () => {
    await programWith([]);
    const bad = await asesa('assessor', 'add', '--program', 'TA-2023', '--name', 'Budi', '--pin', '12');
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toContain('PIN harus 4–8 angka');
    expect((await asesa('assessor', 'add', '--program', 'TA-2023', '--name', 'Budi')).code).toBe(2);
  });
});

describe('asesa assign', () => {
  it('exits 0 and prints the created count when every candidate gets their assessors', async () => {
    await programWith(['Bappeda', 'Dinas Pendidikan', 'Satpol PP']);
    for (const [name, unit] of [
      ['Asesor A', 'Lembaga Asesmen Mitra'],
      ['Asesor B', 'BKD Provinsi'],
    ]) {
      expect(
        (
          await asesa(
            'assessor',
            'add',
            '--program',
            'TA-2023',
            '--name',
            name as string,
            '--pin',
            '1234',
            '--unit',
            unit as string,
          )
        ).code,
      ).toBe(0);
    }
    const result = await asesa('assign', '--program', 'TA-2023', '--json');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ created: 3 * 4 * 2, problems: [] });
    const again = await asesa('assign', '--program', 'TA-2023', '--json');
    expect(JSON.parse(again.stdout)).toMatchObject({ created: 0, kept: 24, problems: [] });
  });

  it('exits 1 and lists the problems when some candidates cannot get enough assessors', async () => {
    await programWith(['Bappeda', 'Dinas Pendidikan']);
    await asesa(
      'assessor',
      'add',
      '--program',
      'TA-2023',
      '--name',
      'Asesor A',
      '--pin',
      '1234',
      '--unit',
      'Bappeda',
    );
    const result = await asesa('assign', '--program', 'TA-2023', '--per-candidate', '1', '--json');
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.created).toBe(4);
    expect(report.problems).toHaveLength(4);
    expect(report.problems[0]).toMatchObject({ participantNo: '001', code: 'assign-conflict-of-interest' });
    const human = await asesa('assign', '--program', 'TA-2023', '--per-candidate', '1');
    expect(human.code).toBe(1);
    expect(human.stdout).toContain('Masalah (4):');
    expect(human.stdout).toContain('Peserta 001 (Peserta 1), metode IT');
    expect((await asesa('assign', '--program', 'TA-2023', '--per-candidate', 'dua')).code).toBe(2);
  });
});
