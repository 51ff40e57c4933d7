import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeCsv, detectSeparator, parseCsv, readCsv } from '../../../src/main/services/roster/read-csv';
import { makeDataDir, removeDir } from '../../fixtures/data-dir';
import { semicolonCsv, writeFixture } from '../../fixtures/roster-workbooks';

let dir: string;
beforeEach(() => {
  dir = makeDataDir();
});
afterEach(() => removeDir(dir));

function records(text: string, separator = ','): string[][] {
  const out: string[][] = [];
  parseCsv(text, separator, (fields) => out.push(fields));
  return out;
}

describe('parseCsv', () => {
  it('splits quoted fields holding separators, doubled quotes and line breaks', () => {
    expect(records('a,"b,c","say ""hi""","two\nlines"\r\nx,y,z,w')).toEqual([
      ['a', 'b,c', 'say "hi"', 'two\nlines'],
      ['x', 'y', 'z', 'w'],
    ]);
  });

  it('keeps a quote in the middle of an unquoted field, as Excel does', () => {
    expect(records('Nur\'aini,Jl. "Mawar" 5')).toEqual([["Nur'aini", 'Jl. "Mawar" 5']]);
  });

  it('keeps formula-looking text as plain text', () => {
    expect(records('=HYPERLINK("x"),+62 812,-5,@nama')).toEqual([
      ['=HYPERLINK("x")', '+62 812', '-5', '@nama'],
    ]);
  });

  it('does not add an empty record for a final line break', () => {
    expect(records('a,b\n')).toEqual([['a', 'b']]);
  });
});

describe('detectSeparator', () => {
  it('finds semicolons below a title line that has none', () => {
    expect(detectSeparator('Daftar peserta\nNIP;Nama;Gol\n1;a;b\n2;"c, d";e')).toBe(';');
  });

  it('finds commas and tabs', () => {
    expect(detectSeparator('NIP,Nama\n1,a')).toBe(',');
    expect(detectSeparator('NIP\tNama\n1\ta')).toBe('\t');
  });
});

describe('decodeCsv', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    expect(decodeCsv(Buffer.from('\ufeffNama;Sétiawan'))).toBe('Nama;Sétiawan');
    expect(decodeCsv(Buffer.from('Nama;Sétiawan'))).toBe('Nama;Sétiawan');
  });

  it('falls back to Windows-1252 for a file that is not UTF-8', () => {
    expect(decodeCsv(Buffer.from([0x53, 0xe9, 0x74, 0x69]))).toBe('Séti');
  });

  it('reads UTF-16 "Unicode text" with its byte-order mark', () => {
    expect(decodeCsv(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('NIP\tNama', 'utf16le')]))).toBe(
      'NIP\tNama',
    );
  });
});

describe('readCsv', () => {
  it('numbers rows as a spreadsheet shows them, counting lines from 1 and skipping blank ones', () => {
    const path = writeFixture(dir, 'peserta.csv', `\ufeff${semicolonCsv()}`);
    const grid = readCsv(path, 'peserta', { maxRows: 100 });
    expect(grid.rows.map((r) => r.row)).toEqual([1, 2, 3, 4, 5, 7]);
    expect(grid.rows[1]?.cells).toEqual(['NIP', 'Nama', 'Gol', 'Unit Kerja']);
    expect(grid.rows[2]?.cells[3]).toBe('Dinas "Kominfo"; Bidang TIK');
  });

  it('honours a first line "sep=;" and does not count it as a row', () => {
    const path = writeFixture(dir, 'peserta.csv', 'sep=;\nNIP;Nama\n1;a');
    const grid = readCsv(path, 'peserta', { maxRows: 100 });
    expect(grid.rows).toEqual([
      { row: 1, cells: ['NIP', 'Nama'] },
      { row: 2, cells: ['1', 'a'] },
    ]);
  });
});
