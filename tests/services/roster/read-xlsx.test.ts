import { closeSync, openSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { guardFile } from '../../../src/main/services/roster/file-guard';
import { readXlsxSheet } from '../../../src/main/services/roster/read-xlsx';
import type { SheetGrid } from '../../../src/main/services/roster/sheet-grid';
import { openXlsx } from '../../../src/main/services/roster/xlsx-workbook';
import { makeDataDir, removeDir } from '../../fixtures/data-dir';
import { replaceEntry } from '../../fixtures/raw-zip';
import { writeFixture } from '../../fixtures/roster-workbooks';
import { buildXlsx, type XlsxSheetSpec } from '../../fixtures/xlsx-build';

let dir: string;
beforeEach(() => {
  dir = makeDataDir();
});
afterEach(() => removeDir(dir));

async function read(
  bytes: Buffer,
  sheetIndex = 0,
  options: { firstRows?: number; maxRows?: number } = {},
): Promise<{ grid: SheetGrid; sheets: string[] }> {
  const path = writeFixture(dir, 'book.xlsx', bytes);
  const guarded = guardFile(path, 'book.xlsx');
  if (guarded.kind !== 'xlsx') throw new Error('not xlsx');
  const fd = openSync(path, 'r');
  try {
    const workbook = await openXlsx(path, fd, guarded.entries);
    const sheet = workbook.sheets[sheetIndex];
    if (!sheet) throw new Error('no sheet');
    const grid = await readXlsxSheet(workbook, sheet, {
      maxRows: options.maxRows ?? 1000,
      firstRows: options.firstRows,
    });
    return { grid, sheets: workbook.sheets.map((s) => s.name + (s.hidden ? ' (hidden)' : '')) };
  } finally {
    closeSync(fd);
  }
}

const sheet = (rows: XlsxSheetSpec['rows'], extra: Partial<XlsxSheetSpec> = {}): XlsxSheetSpec => ({
  name: 'Data',
  rows,
  ...extra,
});

/** A workbook whose only sheet is replaced by hand-written XML, as other programs write it. */
async function withSheetXml(xml: string): Promise<Buffer> {
  return replaceEntry(await buildXlsx([sheet([['x']])]), 'xl/worksheets/sheet1.xml', Buffer.from(xml));
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

describe('readXlsxSheet', () => {
  it('tells a number cell from a text cell holding digits', async () => {
    const { grid } = await read(await buildXlsx([sheet([['198609262015051001', 198609262015051000]])]));
    expect(grid.rows[0]?.cells).toEqual(['198609262015051001', 198609262015051000]);
  });

  it('reads text from the shared table and from the cell itself alike, XML entities decoded', async () => {
    const rows = [['Budi & <Sons> "x"', "Nur'aini", 'tab\there']];
    for (const sharedStrings of [true, false]) {
      const { grid } = await read(await buildXlsx([sheet(rows)], { sharedStrings }));
      expect(grid.rows[0]?.cells, `sharedStrings ${sharedStrings}`).toEqual(rows[0]);
    }
  });

  it('reads rich text as its plain text, from the shared table or inline', async () => {
    for (const sharedStrings of [true, false]) {
      const { grid } = await read(
        await buildXlsx([sheet([[{ richText: ['Dra. ', 'Siti Aminah'] }]])], { sharedStrings }),
      );
      expect(grid.rows[0]?.cells, `sharedStrings ${sharedStrings}`).toEqual(['Dra. Siti Aminah']);
    }
    const { grid } = await read(
      await withSheetXml(
        `<?xml version="1.0"?><worksheet ${NS}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><r><rPr><b/></rPr><t>Dra. </t></r><r><t>Siti</t></r></is></c></row></sheetData></worksheet>`,
      ),
    );
    expect(grid.rows[0]?.cells).toEqual(['Dra. Siti']);
  });

  it("decodes Excel's _xHHHH_ escapes for characters XML cannot hold", async () => {
    const { grid } = await read(await buildXlsx([sheet([['Ahmad_x000D_ Fauzi']])]));
    expect(grid.rows[0]?.cells).toEqual(['Ahmad\r Fauzi']);
  });

  it('reads a date cell as a date and a boolean as a boolean', async () => {
    const { grid } = await read(await buildXlsx([sheet([[new Date(Date.UTC(1986, 8, 26)), true]])]));
    const [date, flag] = grid.rows[0]?.cells ?? [];
    expect(date).toBeInstanceOf(Date);
    expect((date as Date).toISOString().slice(0, 10)).toBe('1986-09-26');
    expect(flag).toBe(true);
  });

  it('takes the cached result of a formula and never evaluates anything', async () => {
    const { grid } = await read(
      await buildXlsx([
        sheet([
          [{ formula: 'PROPER("eko")', result: 'Eko' }, { formula: '1+1', result: 2 }, { formula: 'NOW()' }],
        ]),
      ]),
    );
    expect(grid.rows[0]?.cells).toEqual(['Eko', 2, '=NOW()']);
  });

  it('keeps the row numbers of the sheet, with blank rows left out', async () => {
    const { grid } = await read(await buildXlsx([sheet([['a'], null, ['  '], ['b']])]));
    expect(grid.rows.map((r) => r.row)).toEqual([1, 4]);
  });

  it('places cells by their column letter, leaving holes for empty cells', async () => {
    const { grid } = await read(await buildXlsx([sheet([[null, null, 'C', null, 'E']])]));
    expect(grid.rows[0]?.cells[2]).toBe('C');
    expect(grid.rows[0]?.cells[4]).toBe('E');
    expect(grid.rows[0]?.cells[0]).toBeUndefined();
  });

  it('reports merged ranges', async () => {
    const { grid } = await read(await buildXlsx([sheet([['Judul'], ['x']], { merges: ['A1:C1', 'B2:B5'] })]));
    expect(grid.merges).toEqual([
      { top: 1, left: 1, bottom: 1, right: 3 },
      { top: 2, left: 2, bottom: 5, right: 2 },
    ]);
  });

  it('lists sheets in tab order and marks hidden ones', async () => {
    const { sheets } = await read(
      await buildXlsx([
        sheet([['a']], { name: 'Petunjuk' }),
        sheet([['b']], { name: 'Peserta' }),
        sheet([], { name: 'Daftar', hidden: true }),
      ]),
    );
    expect(sheets).toEqual(['Petunjuk', 'Peserta', 'Daftar (hidden)']);
  });

  it('reads any sheet of the workbook, not only the first', async () => {
    const bytes = await buildXlsx([
      sheet([['a']], { name: 'Petunjuk' }),
      sheet([['b']], { name: 'Peserta' }),
    ]);
    const { grid } = await read(bytes, 1);
    expect(grid.name).toBe('Peserta');
    expect(grid.rows[0]?.cells).toEqual(['b']);
  });

  it('stops after the first rows when asked, for finding the header', async () => {
    const rows = Array.from({ length: 500 }, (_, i) => [`baris ${i + 1}`]);
    const { grid } = await read(await buildXlsx([sheet(rows)]), 0, { firstRows: 10 });
    expect(grid.rows).toHaveLength(10);
  });

  it('refuses a sheet with more non-empty rows than the limit', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => [`baris ${i + 1}`]);
    await expect(read(await buildXlsx([sheet(rows)]), 0, { maxRows: 20 })).rejects.toMatchObject({
      code: 'file-too-many-rows',
    });
  });

  it('reads an empty sheet as no rows', async () => {
    const { grid } = await read(await buildXlsx([sheet([], { merges: ['A1:B1'] })]));
    expect(grid.rows).toEqual([]);
    expect(grid.merges).toHaveLength(1);
  });

  it('refuses a sheet whose XML is broken as corrupt', async () => {
    const unclosedRow = `<?xml version="1.0"?><worksheet ${NS}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>NIP</t></is></c></sheetData></worksheet>`;
    const cutShort = `<?xml version="1.0"?><worksheet ${NS}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>NIP</t></is></c></row><row r="2">`;
    for (const xml of [unclosedRow, cutShort]) {
      await expect(read(await withSheetXml(xml))).rejects.toMatchObject({ code: 'file-corrupt' });
    }
  });

  it('reads sheets written with a namespace prefix on every element', async () => {
    const prefixed = `<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:t>NIP</x:t></x:is></x:c><x:c r="C2"><x:v>42</x:v></x:c></x:row></x:sheetData><x:mergeCells><x:mergeCell ref="A1:B1"/></x:mergeCells></x:worksheet>`;
    const { grid } = await read(await withSheetXml(prefixed));
    expect(grid.rows).toEqual([{ row: 2, cells: [undefined, 'NIP', 42] }]);
    expect(grid.merges).toHaveLength(1);
  });

  it('reads long rows and finds merged ranges however the inflated XML is cut into chunks', async () => {
    // Barely compressible text makes the sheet XML itself long: 30 rows of 100 kB.
    const text = (i: number) =>
      Array.from({ length: 100_000 }, (_, j) => String.fromCharCode(97 + ((i * 7 + j * j) % 26))).join('');
    const rows = Array.from({ length: 30 }, (_, i) => [i + 1, text(i)]);
    const merges = Array.from({ length: 200 }, (_, i) => `C${i + 1}:D${i + 1}`);
    const { grid } = await read(await buildXlsx([sheet(rows, { merges })], { sharedStrings: false }));
    expect(grid.rows.map((r) => r.cells[0])).toEqual(rows.map((r) => r[0]));
    expect(grid.rows.map((r) => r.cells[1])).toEqual(rows.map((_, i) => text(i)));
    expect(grid.merges).toHaveLength(200);
  });
});
