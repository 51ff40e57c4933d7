import ExcelJS from 'exceljs';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderRosterProblems } from '../../../src/main/documents/roster-problems.xlsx';
import { renderRosterTemplate, TEMPLATE_SHEET } from '../../../src/main/documents/roster-template.xlsx';
import { guardFile } from '../../../src/main/services/roster/file-guard';
import { readXlsxSheet } from '../../../src/main/services/roster/read-xlsx';
import { analyseRosterFile } from '../../../src/main/services/roster/roster-import';
import type { SheetGrid } from '../../../src/main/services/roster/sheet-grid';
import { openXlsx } from '../../../src/main/services/roster/xlsx-workbook';
import { GRADES } from '../../../src/shared/domain/grades';
import { makeDataDir, removeDir } from '../../fixtures/data-dir';
import { unzip } from '../../fixtures/raw-zip';

let dir: string;
beforeEach(() => {
  dir = makeDataDir();
});
afterEach(() => removeDir(dir));

/** Reads a written workbook back with exceljs's document reader, as another program would. */
async function load(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** The grid our own import reads from sheet `index`. */
async function grid(path: string, index: number): Promise<SheetGrid> {
  const guarded = guardFile(path, 'book.xlsx');
  if (guarded.kind !== 'xlsx') throw new Error('not an xlsx');
  const fd = openSync(path, 'r');
  try {
    const workbook = await openXlsx(path, fd, guarded.entries);
    const sheet = workbook.sheets[index];
    if (!sheet) throw new Error(`no sheet ${index}`);
    return await readXlsxSheet(workbook, sheet, { maxRows: 100 });
  } finally {
    closeSync(fd);
  }
}

describe('roster template', () => {
  it('opens with the instructions, then the roster, and hides the lists behind the drop-downs', async () => {
    const path = `${dir}/templat.xlsx`;
    await renderRosterTemplate(path);
    const workbook = await load(path);
    expect(workbook.worksheets.map((s) => [s.name, s.state])).toEqual([
      ['Petunjuk', 'visible'],
      [TEMPLATE_SHEET, 'visible'],
      ['Pilihan', 'hidden'],
    ]);
  });

  it('formats the NIP column as text, writes the example NIP as a text cell and puts drop-downs on it', async () => {
    const path = `${dir}/templat.xlsx`;
    await renderRosterTemplate(path);
    const sheet = (await load(path)).getWorksheet(TEMPLATE_SHEET);
    if (!sheet) throw new Error('no roster sheet');
    // "@" is Excel's Text format: an NIP typed into the column stays 18 digits.
    expect(sheet.getColumn(2).numFmt).toBe('@');
    expect(sheet.getColumn(10).numFmt).toBe('@');
    const nip = sheet.getCell('B2');
    expect(nip.type).toBe(ExcelJS.ValueType.String);
    expect(nip.value).toBe('198609262015051001');
    expect(nip.numFmt).toBe('@');
    expect(sheet.getCell('F2000').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['Pilihan!$A$2:$A$18'],
    });
    expect(sheet.getCell('B2000').dataValidation).toMatchObject({
      type: 'textLength',
      operator: 'equal',
      formulae: [18],
    });
    expect(sheet.getCell('D2').dataValidation).toMatchObject({ type: 'list', formulae: ['"L,P"'] });
    expect(sheet.getCell('F2001').dataValidation).toBeUndefined();
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('lists every golongan with its rank on the lists sheet', async () => {
    const path = `${dir}/templat.xlsx`;
    await renderRosterTemplate(path);
    const listed = (await grid(path, 2)).rows.slice(1).map((r) => r.cells[0]);
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
    const { rows } = await grid(path, 0);
    expect(rows[3]?.cells).toEqual(['Baris', 'Kolom', 'Jenis', 'Kode', 'Pesan']);
    expect(rows.slice(4).map((r) => r.cells)).toEqual([
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
    expect((await grid(path, 0)).rows[4]?.cells.slice(5)).toEqual(['198609262015051001', '=HYPERLINK("x")']);
    const sheet = (await load(path)).worksheets[0];
    expect(sheet?.getCell('F5').type).toBe(ExcelJS.ValueType.String);
    expect(sheet?.getCell('F5').numFmt).toBe('@');
    expect(sheet?.getCell('G5').type).toBe(ExcelJS.ValueType.String);
    const xml = unzip(readFileSync(path)).find((e) => e.name === 'xl/worksheets/sheet1.xml');
    expect(xml?.data.toString('utf8')).not.toContain('<f>');
  });
});
