import { describe, expect, it } from 'vitest';
import { detectHeader } from '../../../src/main/services/roster/detect-header';
import { classifyRow, type RowContext } from '../../../src/main/services/roster/row-kinds';
import type { CellValue, GridRow } from '../../../src/main/services/roster/sheet-grid';
import { mapHeaders } from '../../../src/shared/domain/roster-fields';

const grid = (...rows: Array<[number, CellValue[]]>): GridRow[] =>
  rows.map(([row, cells]) => ({ row, cells }));

describe('detectHeader', () => {
  it('finds the header below title rows, in any letter case', () => {
    const header = detectHeader(
      grid(
        [1, ['DAFTAR PESERTA ASESMEN']],
        [2, ['Kota Bekasi']],
        [4, ['no', 'nip baru', 'nama lengkap (dengan gelar)', 'pangkat/gol. ruang', 'opd']],
        [5, [1, '198609262015051001', 'Budi', 'III/a', 'Bappeda']],
      ),
    );
    expect(header?.headerRow).toBe(4);
    expect(Object.fromEntries(header?.mapping ?? [])).toEqual({ nip: 1, name: 2, grade: 3, unit: 4 });
  });

  it('joins a header split over two rows and starts the data below both', () => {
    const header = detectHeader(
      grid(
        [2, ['NO', 'NIP', 'NAMA', 'PANGKAT/GOL.', undefined as unknown as CellValue, 'OPD']],
        [3, [null, null, null, 'GOL. RUANG', 'TMT']],
        [4, [1, '198609262015051001', 'Budi', 'III/a', '2019', 'Bappeda']],
      ),
    );
    expect(header?.headerRow).toBe(3);
    expect(header?.mapping.get('grade')).toBe(3);
    expect(header?.headers[4]).toBe('TMT');
  });

  it('does not take a column-number row or the first data row as part of the header', () => {
    const header = detectHeader(
      grid(
        [1, ['NIP', 'NAMA', 'GOL']],
        [2, ['(1)', '(2)', '(3)']],
        [3, ['198609262015051001', 'Budi', 'III/a']],
      ),
    );
    expect(header?.headerRow).toBe(1);
  });

  it('finds no header in a sheet of instructions', () => {
    expect(
      detectHeader(
        grid(
          [1, ['PETUNJUK']],
          [2, ['1. Kolom NIP diisi 18 digit sebagai teks.']],
          [3, ['2. Kolom NAMA diisi lengkap.']],
        ),
      ),
    ).toBeNull();
  });

  it('needs an NIP or a name column to call a row the header', () => {
    expect(detectHeader(grid([1, ['JABATAN', 'OPD', 'GOL']]))).toBeNull();
  });

  it('looks no further than the first rows it is given to scan', () => {
    const rows = grid(...Array.from({ length: 60 }, (_, i): [number, CellValue[]] => [i + 1, ['catatan']]), [
      61,
      ['NIP', 'NAMA'],
    ]);
    expect(detectHeader(rows)).toBeNull();
  });
});

describe('classifyRow', () => {
  const headers = ['NO', 'NIP', 'NAMA', 'JABATAN', 'UNIT KERJA'];
  const context: RowContext = { mapping: mapHeaders(headers), headerTexts: headers };
  const kind = (cells: CellValue[], inFooter = false) => classifyRow({ row: 9, cells }, context, inFooter);

  it('takes a row with an NIP or a name as a candidate', () => {
    expect(kind([1, '198609262015051001', 'Budi'])).toBe('candidate');
    expect(kind([1, null, 'Budi', 'Analis', 'Bappeda'])).toBe('candidate');
    expect(kind([1, '198609262015051001', null])).toBe('candidate');
  });

  it.each([
    ['a blank row', []],
    ['a column-number row', ['(1)', '(2)', '(3)', '(4)', '(5)']],
    ['a plain column-number row', [1, 2, 3, 4, 5]],
    ['a section title', ['DINAS PENDIDIKAN']],
    ['the header repeated on a new printed page', ['NO', 'NIP', 'NAMA', 'JABATAN', 'UNIT KERJA']],
    ["a template's example row", ['Contoh', '198609262015051001', 'Budi']],
  ])('passes over %s', (_label, cells) => {
    expect(kind(cells as CellValue[])).toBe('skip');
  });

  it.each([
    ['a totals row', ['JUMLAH', null, '17 orang']],
    ['a "Total" row', ['Total', 577]],
    ['the place and date of the signature', [null, null, null, null, 'Bekasi, 12 Agustus 2022']],
    ['a place with the day left blank', [null, null, null, 'Bekasi,      Agustus 2022']],
    ['"Mengetahui"', [null, null, null, 'Mengetahui,']],
    ['the NIP line under a signature', [null, 'NIP. 19700315 199503 1 002']],
    ['an "a.n." line', [null, null, null, 'a.n. Kepala BKPSDM']],
  ])('starts the footer at %s', (_label, cells) => {
    expect(kind(cells as CellValue[])).toBe('footer');
  });

  it('passes over the signatory name written in the name column once the footer has started', () => {
    expect(kind([null, null, 'Drs. H. Ahmad Hidayat, M.Si.'], true)).toBe('skip');
  });

  it('counts a person again after a subtotal row, when the row has an NIP', () => {
    expect(kind([5, '198609262015051001', 'Budi'], true)).toBe('candidate');
  });

  it('does not mistake a person whose position starts with "Plt." for a signature line', () => {
    expect(kind([3, null, 'Budi', 'Plt. Kepala Bidang', 'Bappeda'])).toBe('candidate');
  });
});
