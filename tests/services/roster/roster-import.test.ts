import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildXlsx } from '../../fixtures/xlsx-build';
import {
  analyseRosterFile,
  problemPeople,
  type RosterAnalysis,
} from '../../../src/main/services/roster/roster-import';
import { AppError } from '../../../src/shared/errors';
import { makeDataDir, removeDir } from '../../fixtures/data-dir';
import {
  FEMALE_NIP,
  MESSY_EXPECTED,
  messyRosterXlsx,
  plainRosterXlsx,
  semicolonCsv,
  twoRowHeaderXlsx,
  VALID_NIP,
  writeFixture,
} from '../../fixtures/roster-workbooks';

let dir: string;
beforeEach(() => {
  dir = makeDataDir();
});
afterEach(() => removeDir(dir));

async function analyseMessy(existing: ReadonlySet<string> = new Set()): Promise<RosterAnalysis> {
  const path = writeFixture(dir, 'upload-1.bin', await messyRosterXlsx());
  return analyseRosterFile(path, 'Peserta Bekasi.xlsx', existing);
}

function problemsByRow(analysis: RosterAnalysis): Map<number, string[]> {
  const byRow = new Map<number, string[]>();
  for (const p of [...analysis.preview.errors, ...analysis.preview.warnings]) {
    byRow.set(p.row, [...(byRow.get(p.row) ?? []), p.code]);
  }
  return byRow;
}

describe('analyseRosterFile on a hand-made workbook', () => {
  it('finds the roster on the second sheet, after the instructions, with its header below two title rows', async () => {
    const { preview } = await analyseMessy();
    expect(preview.sheets).toEqual(['Petunjuk', 'Data Peserta']);
    expect(preview.sheet).toBe('Data Peserta');
    expect(preview.headerRow).toBe(4);
    expect(preview.fileName).toBe('Peserta Bekasi.xlsx');
  });

  it('maps the columns from their headers and leaves the running number unmapped', async () => {
    const { preview } = await analyseMessy();
    expect(preview.columns.map((c) => [c.letter, c.field])).toEqual([
      ['A', null],
      ['B', 'nip'],
      ['C', 'name'],
      ['D', 'gender'],
      ['E', 'grade'],
      ['F', 'position'],
      ['G', 'unit'],
      ['H', 'phone'],
      ['I', 'email'],
    ]);
    expect(preview.columns[1]).toEqual({ index: 2, letter: 'B', header: 'NIP BARU', field: 'nip' });
  });

  it('reports every problem code on the spreadsheet row where it is', async () => {
    const analysis = await analyseMessy();
    const found = problemsByRow(analysis);
    for (const [row, codes] of MESSY_EXPECTED) expect(found.get(row) ?? [], `row ${row}`).toEqual(codes);
    expect([...found.keys()].every((row) => MESSY_EXPECTED.has(row))).toBe(true);
  });

  it('counts only candidate rows: blank, title, column-number, totals and signature rows are not counted', async () => {
    const { preview, rows } = await analyseMessy();
    expect(rows.map((r) => r.row)).toEqual([...MESSY_EXPECTED.keys()]);
    expect(preview).toMatchObject({
      rows: 15,
      valid: 5,
      errorRows: 10,
      warningRows: 1,
      newCount: 5,
      updatedCount: 0,
    });
  });

  it('names the column of each problem by its header as the user wrote it', async () => {
    const { preview } = await analyseMessy();
    const at = (row: number) => [...preview.errors, ...preview.warnings].find((p) => p.row === row);
    expect(at(8)?.column).toBe('NIP BARU');
    expect(at(17)?.column).toBe('NAMA LENGKAP (DENGAN GELAR)');
    expect(at(18)?.column).toBe('PANGKAT/GOL. RUANG');
    expect(at(20)?.column).toBe('L/P');
    expect(at(19)?.message).toContain('baris 6');
  });

  it('separates errors from warnings', async () => {
    const { preview } = await analyseMessy();
    expect(preview.warnings.map((w) => w.code)).toEqual(['gender-mismatch']);
    expect(preview.errors.map((e) => e.code)).not.toContain('gender-mismatch');
  });

  it('normalises the values: NIP digits, names with titles kept, grade codes, a merged unit copied down', async () => {
    const { rows } = await analyseMessy();
    const byRow = new Map(rows.map((r) => [r.row, r.values]));
    expect(byRow.get(6)).toMatchObject({
      nip: VALID_NIP,
      name: 'Drs. H. Ahmad Fauzi, M.Si.',
      gender: 'L',
      birthDate: '1986-09-26',
      grade: 'III/a',
      unit: 'Dinas Komunikasi dan Informatika',
      phone: '+62 812 3456 7890',
    });
    expect(byRow.get(7)).toMatchObject({
      nip: FEMALE_NIP,
      name: "Nur'aini",
      grade: 'III/a',
      unit: 'Dinas Komunikasi dan Informatika',
      phone: '081234567890',
    });
    expect(byRow.get(20)?.grade).toBe('III/a');
    expect(byRow.get(21)?.grade).toBe('IV/b');
  });

  it('keeps a name that looks like a formula as text, and takes a formula cell by its cached result', async () => {
    const { rows } = await analyseMessy();
    const byRow = new Map(rows.map((r) => [r.row, r]));
    expect(byRow.get(21)?.values.name).toBe('=HYPERLINK("http://contoh.go.id","Klik")');
    expect(byRow.get(21)?.hasError).toBe(false);
    expect(byRow.get(22)?.values.name).toBe('Eko Prasetyo');
  });

  it('collects the NIP and name as read for each row with a problem, for the problem report', async () => {
    const people = problemPeople(await analyseMessy());
    expect([...people.keys()]).toEqual(
      [...MESSY_EXPECTED].filter(([, codes]) => codes.length > 0).map(([row]) => row),
    );
    expect(people.get(8)).toEqual({ nip: '198609262015051000', name: 'Budi Santoso' });
    expect(people.get(20)?.name).toBe('Ni Luh Putu Ayu');
  });

  it('counts valid rows whose NIP the programme already has as updates', async () => {
    const { preview } = await analyseMessy(new Set([VALID_NIP, '199999999999999999']));
    expect(preview.updatedCount).toBe(1);
    expect(preview.newCount).toBe(4);
  });

  it('gives a sample of the first 20 rows for the preview table', async () => {
    const path = writeFixture(dir, 'banyak.xlsx', await plainRosterXlsx(30));
    const { preview } = await analyseRosterFile(path, 'banyak.xlsx', new Set());
    expect(preview.sample).toHaveLength(20);
    expect(preview.sample[0]).toMatchObject({ row: 2 });
    expect(Object.keys(preview.sample[0] ?? {}).sort()).toEqual(
      [
        'birthDate',
        'email',
        'gender',
        'grade',
        'name',
        'nip',
        'participantNo',
        'phone',
        'position',
        'positionLevel',
        'row',
        'unit',
      ].sort(),
    );
  });

  it('reports progress while reading and checking, and stops when cancelled', async () => {
    const path = writeFixture(dir, 'banyak.xlsx', await plainRosterXlsx(2500));
    const phases = new Set<string>();
    await analyseRosterFile(path, 'banyak.xlsx', new Set(), {
      progress: (_d, _t, phase) => phases.add(phase),
    });
    expect(phases).toEqual(new Set(['membaca', 'memeriksa']));

    let calls = 0;
    const cancelled = analyseRosterFile(path, 'banyak.xlsx', new Set(), {
      checkCancelled: () => {
        if (++calls > 2) throw new AppError('job-cancelled');
      },
    });
    await expect(cancelled).rejects.toMatchObject({ code: 'job-cancelled' });
  });
});

describe('analyseRosterFile, other layouts and overrides', () => {
  it('reads a header split over two rows', async () => {
    const path = writeFixture(dir, 'dua.xlsx', await twoRowHeaderXlsx());
    const { preview } = await analyseRosterFile(path, 'dua.xlsx', new Set());
    expect(preview.headerRow).toBe(3);
    expect(preview.columns.find((c) => c.field === 'grade')?.header).toBe('GOL. RUANG');
    expect(preview).toMatchObject({ rows: 2, valid: 2 });
  });

  it('reads a semicolon CSV with titles, quoted fields and an NIP Excel already turned into a number', async () => {
    const path = writeFixture(dir, 'peserta.csv', `\ufeff${semicolonCsv()}`);
    const { preview, rows } = await analyseRosterFile(path, 'peserta.csv', new Set());
    expect(preview.sheets).toEqual(['peserta']);
    expect(preview.headerRow).toBe(2);
    expect(preview.errors).toEqual([
      expect.objectContaining({ row: 5, column: 'NIP', code: 'nip-stored-as-number' }),
    ]);
    expect(rows.find((r) => r.row === 4)?.values.name).toBe('Siti Aminah');
    expect(rows.find((r) => r.row === 7)?.values.name).toBe('=1+2');
  });

  it('uses the sheet the operator chose', async () => {
    const path = writeFixture(dir, 'peserta.xlsx', await messyRosterXlsx());
    const refused = analyseRosterFile(path, 'peserta.xlsx', new Set(), { sheet: 'Petunjuk' });
    await expect(refused).rejects.toMatchObject({ code: 'roster-no-header' });
    const chosen = await analyseRosterFile(path, 'peserta.xlsx', new Set(), { sheet: 'Data Peserta' });
    expect(chosen.preview.rows).toBe(15);
  });

  it('refuses a sheet name the file does not have, naming the sheets it has', async () => {
    const path = writeFixture(dir, 'peserta.xlsx', await messyRosterXlsx());
    await expect(
      analyseRosterFile(path, 'peserta.xlsx', new Set(), { sheet: 'Sheet9' }),
    ).rejects.toMatchObject({
      code: 'roster-sheet-not-found',
      details: { sheets: ['Petunjuk', 'Data Peserta'] },
    });
  });

  it('applies the operator mapping over the detected one, one field per column', async () => {
    const path = writeFixture(dir, 'peserta.xlsx', await messyRosterXlsx());
    // Column A (the running number) becomes the participant number; column F moves to the unit.
    const { preview, rows } = await analyseRosterFile(path, 'peserta.xlsx', new Set(), {
      mapping: { participantNo: 1, unit: 6 },
    });
    expect(preview.columns[0]?.field).toBe('participantNo');
    expect(preview.columns[5]?.field).toBe('unit');
    expect(preview.columns[6]?.field).toBeNull();
    expect(preview.columns.some((c) => c.field === 'position')).toBe(false);
    expect(rows[0]?.values).toMatchObject({ participantNo: '001', unit: 'Kepala Seksi' });
  });

  it('refuses a file without a recognisable header', async () => {
    const path = writeFixture(
      dir,
      'catatan.xlsx',
      await buildXlsx([{ name: 'Catatan', rows: [['rapat'], ['hari Senin']] }]),
    );
    await expect(analyseRosterFile(path, 'catatan.xlsx', new Set())).rejects.toMatchObject({
      code: 'roster-no-header',
    });
  });

  it('reads a file without a header when the operator maps its columns', async () => {
    const path = writeFixture(dir, 'tanpa-judul.csv', `${VALID_NIP},Budi\n${FEMALE_NIP},Siti\n`);
    const { preview } = await analyseRosterFile(path, 'tanpa-judul.csv', new Set(), {
      mapping: { nip: 1, name: 2 },
    });
    expect(preview).toMatchObject({ headerRow: 0, rows: 2, valid: 2 });
    expect(preview.columns.map((c) => c.header)).toEqual(['', '']);
  });

  it('names the column by its letter when the header cell is empty', async () => {
    const path = writeFixture(dir, 'tanpa-judul.csv', `NIP,NAMA,\n${VALID_NIP},Budi,V/z\n`);
    const { preview } = await analyseRosterFile(path, 'tanpa-judul.csv', new Set(), {
      mapping: { grade: 3 },
    });
    expect(preview.errors).toEqual([expect.objectContaining({ row: 2, column: 'C', code: 'grade-unknown' })]);
  });
});
