import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError, ERROR_MESSAGES, type ErrorCode } from '../../../src/shared/errors';
import { FILE_LIMITS, guardFile } from '../../../src/main/services/roster/file-guard';
import { analyseRosterFile } from '../../../src/main/services/roster/roster-import';
import { makeDataDir, removeDir } from '../../fixtures/data-dir';
import {
  declaredBombXlsx,
  encryptedXlsx,
  legacyXls,
  lyingBombXlsx,
  messyRosterXlsx,
  plainRosterXlsx,
  randomBytes,
  semicolonCsv,
  tooManyRowsCsv,
  truncatedXlsx,
  writeFixture,
  writeSparseFile,
} from '../../fixtures/roster-workbooks';

let dir: string;
beforeEach(() => {
  dir = makeDataDir();
});
afterEach(() => removeDir(dir));

async function refusal(run: () => unknown): Promise<{ code: ErrorCode; message: string }> {
  try {
    await run();
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected the file to be refused');
}

const analyse = (path: string, name: string) => analyseRosterFile(path, name, new Set());

describe('refused files', () => {
  it('refuses a legacy .xls and tells the operator to save it as .xlsx', async () => {
    const path = writeFixture(dir, 'peserta.xls', legacyXls());
    const refused = await refusal(() => analyse(path, 'peserta.xls'));
    expect(refused.code).toBe('file-legacy-xls');
    expect(refused.message).toMatch(/\.xlsx/);
  });

  it('recognises a password-protected .xlsx inside its OLE wrapper and says how to remove the password', async () => {
    const path = writeFixture(dir, 'peserta.xlsx', encryptedXlsx());
    const refused = await refusal(() => analyse(path, 'peserta.xlsx'));
    expect(refused.code).toBe('file-encrypted');
    expect(refused.message).toMatch(/kata sandi/);
  });

  it('refuses bytes that are no spreadsheet at all', async () => {
    const path = writeFixture(dir, 'peserta.xlsx', randomBytes());
    expect((await refusal(() => analyse(path, 'peserta.xlsx'))).code).toBe('file-not-spreadsheet');
  });

  it('refuses an empty file as not a spreadsheet', async () => {
    const path = writeFixture(dir, 'kosong.csv', '');
    expect((await refusal(() => analyse(path, 'kosong.csv'))).code).toBe('file-not-spreadsheet');
  });

  it('refuses an HTML table saved under an Excel name and says to save it as .xlsx', async () => {
    const path = writeFixture(
      dir,
      'simpeg.xls',
      '<html><body><table><tr><td>NIP</td></tr></table></body></html>',
    );
    const refused = await refusal(() => analyse(path, 'simpeg.xls'));
    expect(refused.code).toBe('file-not-spreadsheet');
    expect(refused.message).toMatch(/HTML/);
  });

  it('refuses a zip archive cut short as corrupt', async () => {
    const path = writeFixture(dir, 'peserta.xlsx', await truncatedXlsx());
    expect((await refusal(() => analyse(path, 'peserta.xlsx'))).code).toBe('file-corrupt');
  });

  it('refuses a file over 50 MB before reading its content', async () => {
    const path = `${dir}/besar.xlsx`;
    writeSparseFile(path, FILE_LIMITS.maxBytes + 1);
    expect((await refusal(() => analyse(path, 'besar.xlsx'))).code).toBe('file-too-large');
  });

  it('refuses a file of more than 100,000 rows', async () => {
    const path = writeFixture(dir, 'banyak.csv', tooManyRowsCsv(100_000));
    expect((await refusal(() => analyse(path, 'banyak.csv'))).code).toBe('file-too-many-rows');
  });

  it('accepts a file of exactly 100,000 rows, its header included', async () => {
    const path = writeFixture(dir, 'pas.csv', tooManyRowsCsv(99_999));
    const analysis = await analyse(path, 'pas.csv');
    expect(analysis.preview.rows).toBe(99_999);
  });

  it('refuses an .xlsx with more rows than the limit while streaming it', async () => {
    const path = writeFixture(dir, 'banyak.xlsx', await plainRosterXlsx(30));
    const refused = await refusal(() =>
      analyseRosterFile(path, 'banyak.xlsx', new Set(), { limits: { ...FILE_LIMITS, maxRows: 20 } }),
    );
    expect(refused.code).toBe('file-too-many-rows');
  });

  it('refuses a zip whose directory declares a huge inflated size, from the directory alone', async () => {
    const path = writeFixture(dir, 'bom.xlsx', await declaredBombXlsx());
    expect((await refusal(() => guardFile(path, 'bom.xlsx'))).code).toBe('file-bomb');
  });

  it('stops inflating an entry that inflates past the size it declared', async () => {
    const path = writeFixture(dir, 'bom.xlsx', await lyingBombXlsx());
    // The directory looks harmless: the guard lets it through …
    expect(guardFile(path, 'bom.xlsx').kind).toBe('xlsx');
    const before = process.memoryUsage().rss;
    // … and reading stops at the declared size.
    expect((await refusal(() => analyse(path, 'bom.xlsx'))).code).toBe('file-bomb');
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
  });

  it('refuses a zip with more entries than a workbook ever has', async () => {
    const path = writeFixture(dir, 'peserta.xlsx', await messyRosterXlsx());
    const refused = await refusal(() => guardFile(path, 'peserta.xlsx', { ...FILE_LIMITS, maxEntries: 3 }));
    expect(refused.code).toBe('file-bomb');
  });

  it('gives every refusal a message in Bahasa Indonesia from the error table', () => {
    const codes: ErrorCode[] = [
      'file-legacy-xls',
      'file-encrypted',
      'file-not-spreadsheet',
      'file-corrupt',
      'file-too-large',
      'file-too-many-rows',
      'file-bomb',
      'roster-no-header',
      'roster-sheet-not-found',
      'roster-has-errors',
    ];
    for (const code of codes) expect(ERROR_MESSAGES[code]).toMatch(/\S{3,}/);
  });
});

describe('accepted files', () => {
  it('lets an .xlsx through with its list of entries', async () => {
    const path = writeFixture(dir, 'peserta.xlsx', await messyRosterXlsx());
    const guarded = guardFile(path, 'peserta.xlsx');
    expect(guarded.kind).toBe('xlsx');
    expect(guarded.kind === 'xlsx' && guarded.entries.map((e) => e.name)).toContain('xl/workbook.xml');
  });

  it('lets a text file through as CSV, whatever its extension', () => {
    const path = writeFixture(dir, 'peserta.txt', semicolonCsv());
    expect(guardFile(path, 'peserta.txt').kind).toBe('csv');
  });

  it('reports a file that has gone missing as upload-not-found', async () => {
    expect((await refusal(() => guardFile(`${dir}/hilang.xlsx`, 'hilang.xlsx'))).code).toBe(
      'upload-not-found',
    );
  });
});
