import { closeSync, openSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderRosterProblems } from '../../../src/main/documents/roster-problems.xlsx';
import { renderRosterTemplate, TEMPLATE_SHEET } from '../../../src/main/documents/roster-template.xlsx';
import { guardFile } from '../../../src/main/services/roster/file-guard';
import { readXlsxSheet } from '../../../src/main/services/roster/read-xlsx';
import { analyseRosterFile } from '../../../src/main/services/roster/roster-import';
import { openXlsx, type XlsxWorkbook } from '../../../src/main/services/roster/xlsx-workbook';
import { readEntry } from '../../../src/main/services/roster/zip-archive';
import { GRADES } from '../../../src/shared/domain/grades';
import { makeDataDir, removeDir } from '../../fixtures/data-dir';

let dir: string;
beforeEach(() => {
  dir = makeDataDir();
});
afterEach(() => removeDir(dir));

async function withWorkbook<T>(path: string, use: (workbook: XlsxWorkbook) => Promise<T>): Promise<T> {
  const guarded = guardFile(path, 'book.xlsx');
  if (guarded.kind !== 'xlsx') throw new Error('not an xlsx');
  const fd = openSync(path, 'r');
  try {
    return await use(await openXlsx(path, fd, guarded.entries));
  } finally {
    closeSync(fd);
  }
}

async function part(workbook: XlsxWorkbook, name: string): Promise<string> {
  const entry = workbook.entries.get(name);
  if (!entry) throw new Error(`no part ${name}`);
  return (await readEntry(workbook.file, workbook.fd, entry)).toString('utf8');
}

describe('roster template', () => {
  it('opens with the instructions, then the roster, and hides the lists behind the drop-downs', async () => {
    const path = `${dir}/templat.xlsx`;
    await renderRosterTemplate(path);
    const sheets = await withWorkbook(path, async (wb) => wb.sheets.map((s) => [s.name, s.hidden]));
    expect(sheets).toEqual([
      ['Petunjuk', false],
      [TEMPLATE_SHEET, false],
      ['Pilihan', true],
    ]);
  });

  it('formats the NIP column as text and puts a golongan drop-down on the grade column', async () => {
    const path = `${dir}/templat.xlsx`;
    await renderRosterTemplate(path);
    const { sheetXml, stylesXml } = await withWorkbook(path, async (wb) => ({
      sheetXml: await part(wb, 'xl/worksheets/sheet2.xml'),
      stylesXml: await part(wb, 'xl/styles.xml'),
    }));
    const nipStyle = /<col min="2" max="2"[^>]*style="(\d+)"/.exec(sheetXml)?.[1];
    const xfs = [
      ...(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(stylesXml)?.[1] ?? '').matchAll(/<xf [^>]*>/g),
    ].map((m) => m[0]);
    // Number format 49 is "@", Excel's Text format.
    expect(xfs[Number(nipStyle)]).toContain('numFmtId="49"');
    expect(sheetXml).toMatch(
      /<dataValidation type="list"[^>]*sqref="F2:F2000"><formula1>Pilihan!\$A\$2:\$A\$18<\/formula1>/,
    );
    expect(sheetXml).toMatch(
      /<dataValidation type="textLength" operator="equal"[^>]*sqref="B2:B2000"><formula1>18<\/formula1>/,
    );
  });

  it('lists every golongan with its rank on the lists sheet', async () => {
    const path = `${dir}/templat.xlsx`;
    await renderRosterTemplate(path);
    const grid = await withWorkbook(path, (wb) =>
      readXlsxSheet(wb, wb.sheets[2] as XlsxWorkbook['sheets'][number], { maxRows: 100 }),
    );
    const listed = grid.rows.slice(1).map((r) => r.cells[0]);
    expect(listed).toEqual(GRADES.map((g) => `${g.rank} (${g.code})`));
  });

  it('imports as an empty roster: the header is found and the example row is passed over', async () => {
    const path = `${dir}/templat.xlsx`;
    await renderRosterTemplate(path);
    const { preview } = await analyseRosterFile(path, 'templat.xlsx', new Set());
    expect(preview.sheet).toBe(TEMPLATE_SHEET);
    expect(preview.headerRow).toBe(1);
    expect(preview.rows).toBe(0);
    expect(preview.columns.filter((c) => c.field !== null)).toHaveLength(10);
  });
});

describe('roster problem report', () => {
  const view = {
    fileName: 'Peserta Bekasi.xlsx',
    sheet: 'Data Peserta',
    errors: [
      { row: 12, column: 'NIP BARU', code: 'nip-length', message: 'NIP harus 18 digit.' },
      { row: 8, column: 'NIP BARU', code: 'nip-stored-as-number', message: 'NIP tersimpan sebagai angka.' },
    ],
    warnings: [{ row: 8, column: 'L/P', code: 'gender-mismatch', message: 'Jenis kelamin tidak sesuai.' }],
  };

  it('lists the problems in file order, errors before warnings on the same row', async () => {
    const path = `${dir}/masalah.xlsx`;
    await renderRosterProblems(view, path);
    const grid = await withWorkbook(path, (wb) =>
      readXlsxSheet(wb, wb.sheets[0] as XlsxWorkbook['sheets'][number], { maxRows: 100 }),
    );
    expect(grid.rows[3]?.cells).toEqual(['Baris', 'Kolom', 'Jenis', 'Kode', 'Pesan']);
    expect(grid.rows.slice(4).map((r) => r.cells)).toEqual([
      [8, 'NIP BARU', 'Kesalahan', 'nip-stored-as-number', 'NIP tersimpan sebagai angka.'],
      [8, 'L/P', 'Peringatan', 'gender-mismatch', 'Jenis kelamin tidak sesuai.'],
      [12, 'NIP BARU', 'Kesalahan', 'nip-length', 'NIP harus 18 digit.'],
    ]);
  });

  it('writes NIPs and formula-looking text as text cells, never as numbers or formulas', async () => {
    const path = `${dir}/masalah.xlsx`;
    await renderRosterProblems(
      {
        ...view,
        people: new Map([
          [8, { nip: '198609262015051001', name: '=HYPERLINK("x")' }],
          [12, { nip: '1986092620150', name: 'Budi' }],
        ]),
      },
      path,
    );
    const { grid, sheetXml } = await withWorkbook(path, async (wb) => ({
      grid: await readXlsxSheet(wb, wb.sheets[0] as XlsxWorkbook['sheets'][number], { maxRows: 100 }),
      sheetXml: await part(wb, 'xl/worksheets/sheet1.xml'),
    }));
    expect(grid.rows[4]?.cells.slice(5)).toEqual(['198609262015051001', '=HYPERLINK("x")']);
    expect(sheetXml).not.toContain('<f>');
  });
});
