import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeDataDir, removeDir } from '../fixtures/data-dir';
import { messyRosterXlsx, plainRosterXlsx, writeFixture } from '../fixtures/roster-workbooks';
import { runAsesa } from '../fixtures/cli';

let dataDir: string;

beforeEach(async () => {
  dataDir = makeDataDir();
  await asesa('program', 'create', '--code', 'TA-2023', '--name', 'Talent Academy');
});
afterEach(() => removeDir(dataDir));

const asesa = (...args: string[]) => runAsesa(dataDir, ...args);

interface Report {
  sheet: string;
  headerRow: number;
  rows: number;
  imported: number;
  updated: number;
  skipped: number;
  errors: Array<{ row: number; column: string; code: string; message: string }>;
  warnings: unknown[];
}

describe('asesa roster', () => {
  it('imports a clean roster, exits 0, and lists the candidates with their fields', async () => {
    const file = writeFixture(dataDir, 'peserta.xlsx', await plainRosterXlsx(12));
    const imported = await asesa('roster', 'import', file, '--program', 'TA-2023', '--json');
    expect(imported.code).toBe(0);
    const report = JSON.parse(imported.stdout) as Report;
    expect(report).toMatchObject({ rows: 12, imported: 12, updated: 0, errors: [] });
    const listed = await asesa('roster', 'list', '--program', 'ta-2023', '--json');
    const people = JSON.parse(listed.stdout) as Array<Record<string, string>>;
    expect(people).toHaveLength(12);
    expect(Object.keys(people[0] ?? {}).sort()).toEqual(
      ['gender', 'grade', 'name', 'nip', 'participantNo', 'position', 'positionLevel', 'unit'].sort(),
    );
    expect(people.every((p) => typeof p.nip === 'string' && /^\d{18}$/.test(p.nip))).toBe(true);

    const again = await asesa('roster', 'import', file, '--program', 'TA-2023', '--json');
    expect(JSON.parse(again.stdout)).toMatchObject({ imported: 0, updated: 0 });
  });

  it('reports problem rows, exits 1 and writes nothing unless --valid-only', async () => {
    const file = writeFixture(dataDir, 'berantakan.xlsx', await messyRosterXlsx());
    const refused = await asesa('roster', 'import', file, '--program', 'TA-2023', '--json');
    expect(refused.code).toBe(1);
    const report = JSON.parse(refused.stdout) as Report;
    expect(report.errors.length).toBeGreaterThan(0);
    expect(report.errors[0]).toEqual(
      expect.objectContaining({
        row: expect.any(Number),
        column: expect.any(String),
        code: expect.any(String),
      }),
    );
    expect(report.imported).toBe(0);
    expect(JSON.parse((await asesa('roster', 'list', '--program', 'TA-2023', '--json')).stdout)).toEqual([]);

    const dry = await asesa('roster', 'import', file, '--program', 'TA-2023', '--dry-run', '--json');
    expect(JSON.parse(dry.stdout)).toMatchObject({ imported: 0 });

    const validOnly = await asesa('roster', 'import', file, '--program', 'TA-2023', '--valid-only', '--json');
    expect(validOnly.code).toBe(1);
    const partial = JSON.parse(validOnly.stdout) as Report;
    expect(partial.imported).toBeGreaterThan(0);
    const listed = JSON.parse(
      (await asesa('roster', 'list', '--program', 'TA-2023', '--json')).stdout,
    ) as unknown[];
    expect(listed).toHaveLength(partial.imported);
  });

  it('says in one Indonesian line when the file does not exist', async () => {
    const missing = await asesa('roster', 'import', join(dataDir, 'tidak-ada.xlsx'), '--program', 'TA-2023');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('tidak ditemukan');
  });

  it('writes the roster template to the chosen file', async () => {
    const out = join(dataDir, 'templat.xlsx');
    const written = await asesa('roster', 'template', '--out', out);
    expect(written.code).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    expect(existsSync(`${out}.tmp`)).toBe(false);
  });
});
