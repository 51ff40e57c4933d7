import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CATEGORY_LABELS, type CategoryCode } from '../../src/shared/domain/categories';
import { removeDir } from '../fixtures/data-dir';
import { seedExportProgram } from '../documents/results-workbook/export-fixture';
import { readWorkbook, rowValues, sheetOf } from '../documents/results-workbook/read-back';
import { runAsesa, seededDataDir } from '../fixtures/cli';

let dataDir: string;

beforeEach(async () => {
  dataDir = await seededDataDir((app) => seedExportProgram(app));
});
afterEach(() => removeDir(dataDir));

const asesa = (...args: string[]) => runAsesa(dataDir, ...args);

/** One candidate as `asesa results --json` prints it. */
interface ScriptResult {
  nip: string;
  name: string;
  participantNo: string;
  competencies: Array<{ code: string; standard: number | null; achieved: number | null; gap: number | null }>;
  totalAchieved: number | null;
  totalStandard: number | null;
  jpm: number | null;
  category: CategoryCode | null;
  rank: number | null;
  passed: boolean | null;
}

const leftovers = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.tmp'));

describe('asesa export results', () => {
  it('writes the workbook to --out, and every Rekapitulasi value matches `asesa results`', async () => {
    const out = join(dataDir, 'hasil.xlsx');
    const run = await asesa('export', 'results', '--program', 'hasil', '--out', out, '--json');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as {
      out: string;
      format: string;
      rows: { candidates: number };
      dataSha256: string;
    };
    expect(report).toMatchObject({ out, format: 'xlsx', rows: { candidates: 11 } });
    expect(report.dataSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(leftovers(dataDir)).toEqual([]);

    const listed = await asesa('results', '--program', 'HASIL', '--json');
    const expected = JSON.parse(listed.stdout) as ScriptResult[];
    const sheet = sheetOf(await readWorkbook(out), 'Rekapitulasi');
    const header = rowValues(sheet, 5);
    const at = (row: (string | number | null)[], name: string) => row[header.indexOf(name)];
    expected.forEach((c, i) => {
      const row = rowValues(sheet, 6 + i, header.length);
      expect(row.slice(1, 4)).toEqual([c.participantNo, c.nip, c.name]);
      expect(typeof row[2]).toBe('string');
      const levels = c.competencies.flatMap((k) => [k.standard, k.achieved, k.gap]);
      expect(row.slice(9, 9 + levels.length)).toEqual(levels);
      expect(at(row, 'Total Capaian')).toBe(c.totalAchieved);
      expect(at(row, 'Total Standar')).toBe(c.totalStandard);
      const jpm = at(row, 'JPM') as number | null;
      if (c.jpm === null) expect(jpm).toBeNull();
      // The workbook shows the JPM cut to one decimal; the script gets it rounded to two.
      else expect(Math.abs(jpm! * 100 - c.jpm)).toBeLessThan(0.1 + 0.006);
      expect(at(row, 'Kategori')).toBe(c.category ? `${CATEGORY_LABELS[c.category]} (${c.category})` : null);
      expect(at(row, 'Peringkat')).toBe(c.rank);
      expect(at(row, 'Lulus')).toBe(c.passed === null ? '—' : c.passed ? 'Ya' : 'Tidak');
    });
  });

  it("writes the CSV with --csv and --separator ';'", async () => {
    const out = join(dataDir, 'rekap.csv');
    const run = await asesa(
      'export',
      'results',
      '--program',
      'HASIL',
      '--out',
      out,
      '--csv',
      '--separator',
      ';',
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('CSV rekapitulasi ditulis ke');
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('\uFEFFNo;No. Peserta;NIP;Nama;')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(1 + 11 + 1);
  });

  it('writes nothing at --out when the export cannot be made', async () => {
    const out = join(dataDir, 'tidak-ada.xlsx');
    const missing = await asesa('export', 'results', '--program', 'TIDAK-ADA', '--out', out, '--json');
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.stdout)).toMatchObject({ ok: false, error: { code: 'not-found' } });
    await asesa('program', 'create', '--code', 'KOSONG', '--name', 'Program kosong');
    const empty = await asesa('export', 'results', '--program', 'KOSONG', '--out', out);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain('belum memiliki peserta');
    expect(existsSync(out)).toBe(false);
    expect(leftovers(dataDir)).toEqual([]);
  });

  it('refuses an unknown separator as a usage error', async () => {
    const run = await asesa('export', 'results', '--program', 'HASIL', '--out', 'x.csv', '--separator', '|');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("pemisah harus ',' atau ';'");
  });
});
