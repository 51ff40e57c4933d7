import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAsesa } from '../fixtures/cli';
import { makeDataDir, removeDir } from '../fixtures/data-dir';

let dataDir: string;

beforeEach(() => {
  dataDir = makeDataDir();
});
afterEach(() => removeDir(dataDir));

const asesa = (...args: string[]) => runAsesa(dataDir, ...args);

describe('asesa command', () => {
  it('creates a programme and lists it as JSON', async () => {
    const created = await asesa(
      'program',
      'create',
      '--code',
      'ta-2023',
      '--name',
      'ASN Talent Academy',
      '--purpose',
      'pengisian',
      '--date',
      '2023-02-25',
      '--json',
    );
    expect(created.code).toBe(0);
    expect(JSON.parse(created.stdout)).toMatchObject({
      code: 'TA-2023',
      purpose: 'pengisian',
      startDate: '2023-02-25',
    });

    const listed = await asesa('program', 'list', '--json');
    expect(listed.code).toBe(0);
    const programs = JSON.parse(listed.stdout) as Array<{ code: string; name: string }>;
    expect(programs.map((p) => p.code)).toEqual(['TA-2023']);
  });

  it('updates and archives a programme by its code', async () => {
    await asesa('program', 'create', '--code', 'TA-2023', '--name', 'Talent Academy');
    const updated = await asesa(
      'program',
      'update',
      '--code',
      'ta-2023',
      '--city',
      'Bekasi',
      '--acting',
      '--json',
    );
    expect(updated.code).toBe(0);
    expect(JSON.parse(updated.stdout)).toMatchObject({ city: 'Bekasi', signatory: { acting: true } });
    expect((await asesa('program', 'archive', '--code', 'TA-2023')).code).toBe(0);
    expect(JSON.parse((await asesa('program', 'list', '--json')).stdout)).toEqual([]);
    expect(JSON.parse((await asesa('program', 'list', '--all', '--json')).stdout)).toHaveLength(1);
  });

  it('exits 1 with one Indonesian line on stderr for a user error', async () => {
    await asesa('program', 'create', '--code', 'TA-2023', '--name', 'Talent Academy');
    const duplicate = await asesa('program', 'create', '--code', 'ta-2023', '--name', 'Lagi');
    expect(duplicate.code).toBe(1);
    expect(duplicate.stderr.trim().split('\n')).toHaveLength(1);
    expect(duplicate.stderr).toContain('Kode program sudah dipakai');
    const missing = await asesa('program', 'show', '--code', 'NOPE');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('tidak ditemukan');
  });

  it('exits 2 on a usage error', async () => {
    expect((await asesa('program', 'create', '--name', 'Tanpa kode')).code).toBe(2);
    expect((await asesa('program', 'frobnicate')).code).toBe(2);
    expect((await asesa('demo', '--candidates', 'banyak')).code).toBe(2);
    expect((await asesa('--no-such-flag')).code).toBe(2);
  });

  it('prints help for every command and exits 0', async () => {
    for (const command of [
      [],
      ['program'],
      ['program', 'create'],
      ['program', 'list'],
      ['demo'],
      ['serve'],
      ['info'],
    ]) {
      const result = await asesa(...command, '--help');
      expect(result.code, command.join(' ')).toBe(0);
      expect(result.stdout).toMatch(/Usage: asesa/);
    }
  });

  it('creates a demo programme and reports where the data lives', async () => {
    const demo = await asesa('demo', '--candidates', '30', '--json');
    expect(demo.code).toBe(0);
    expect(JSON.parse(demo.stdout)).toMatchObject({ code: 'CONTOH', candidates: 30 });
    const info = await asesa('info', '--json');
    expect(JSON.parse(info.stdout)).toMatchObject({ door: 'cli', dataDir });
    const programs = JSON.parse((await asesa('program', 'list', '--json')).stdout) as Array<{
      candidateCount: number;
    }>;
    expect(programs[0]?.candidateCount).toBe(30);
  });
});
