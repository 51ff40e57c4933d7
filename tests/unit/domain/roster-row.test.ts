import { describe, expect, it } from 'vitest';
import {
  parseBirthDate,
  parseGender,
  tidyText,
  validateRosterRow,
  type RosterCells,
} from '../../../src/shared/domain/roster-row';
import { mapHeaders, matchHeader } from '../../../src/shared/domain/roster-fields';

// Born 26 September 1986, appointed May 2015, male, sequence 001.
const NIP = '198609262015051001';
// Born 14 March 1992, appointed March 2019, female.
const NIP_FEMALE = '199203142019032004';

function codes(cells: RosterCells, options?: Parameters<typeof validateRosterRow>[1]): string[] {
  return validateRosterRow(cells, options).problems.map((p) => p.code);
}

describe('validateRosterRow', () => {
  it('normalises a complete row and fills gender and birth date from the NIP', () => {
    const row = validateRosterRow({
      nip: "'19860926 201505 1 001",
      name: '  Budi   Santoso,  S.Kom. ',
      grade: 'Penata Muda (III/a)',
      position: ' Pranata  Komputer ',
      positionLevel: 'ahli pertama',
      unit: 'Dinas Komunikasi dan Informatika',
    });
    expect(row.hasError).toBe(false);
    expect(row.problems).toEqual([]);
    expect(row.values).toMatchObject({
      nip: NIP,
      name: 'Budi Santoso, S.Kom.',
      gender: 'L',
      birthDate: '1986-09-26',
      grade: 'III/a',
      position: 'Pranata Komputer',
      positionLevel: 'Ahli Pertama',
    });
  });

  it.each([
    ['Dra. Hj. Siti Aminah, M.Si.'],
    ['dr. Rina Kartika'],
    ['Ni Luh Putu Ayu'],
    ["Nur'aini"],
    ['H. MUHAMMAD iqbal'],
  ])('keeps the name %s exactly as written, titles and letter case included', (name) => {
    expect(validateRosterRow({ nip: NIP_FEMALE, name }).values.name).toBe(name);
  });

  it('collapses line breaks and non-breaking spaces inside a name to single spaces', () => {
    expect(validateRosterRow({ nip: NIP, name: 'Dra.\u00a0Hj.\nSiti\t Aminah' }).values.name).toBe(
      'Dra. Hj. Siti Aminah',
    );
  });

  it('keeps text that looks like a formula as plain text', () => {
    const row = validateRosterRow({
      nip: NIP,
      name: '=HYPERLINK("http://x","Budi")',
      phone: '+62 812-3456-7890',
    });
    expect(row.values.name).toBe('=HYPERLINK("http://x","Budi")');
    expect(row.values.phone).toBe('+62 812-3456-7890');
    expect(row.hasError).toBe(false);
  });

  it('reports an NIP held in a number cell as nip-stored-as-number, even when its value looks right', () => {
    expect(codes({ nip: 198609262015051000, name: 'Budi' })).toEqual(['nip-stored-as-number']);
    expect(codes({ nip: 12345, name: 'Budi' })).toEqual(['nip-stored-as-number']);
  });

  it.each([
    [null, 'nip-missing'],
    ['', 'nip-missing'],
    ['19860926201505100X', 'nip-not-digits'],
    ['1986092620150510', 'nip-length'],
    ['198613262015051001', 'nip-birth-date'],
    ['198609262015131001', 'nip-appointment-date'],
    ['198609262015053001', 'nip-gender-digit'],
    ['1,98609E+17', 'nip-stored-as-number'],
  ])('reports the NIP %j as %s, an error', (nip, code) => {
    const row = validateRosterRow({ nip, name: 'Budi' });
    expect(row.problems.map((p) => p.code)).toEqual([code]);
    expect(row.hasError).toBe(true);
    expect(row.problems[0]?.severity).toBe('error');
  });

  it('reports a missing name as name-missing, an error on the name field', () => {
    const row = validateRosterRow({ nip: NIP, name: '   ' });
    expect(row.problems).toEqual([
      expect.objectContaining({ field: 'name', code: 'name-missing', severity: 'error' }),
    ]);
  });

  it('reports an unreadable golongan as grade-unknown and keeps no grade', () => {
    const row = validateRosterRow({ nip: NIP, name: 'Budi', grade: 'V/z' });
    expect(row.problems.map((p) => [p.field, p.code])).toEqual([['grade', 'grade-unknown']]);
    expect(row.values.grade).toBeNull();
  });

  it('warns with gender-mismatch when the stated gender contradicts the NIP, keeps the row and the stated gender', () => {
    const row = validateRosterRow({ nip: NIP, name: 'Budi', gender: 'Perempuan' });
    expect(row.hasError).toBe(false);
    expect(row.hasWarning).toBe(true);
    expect(row.problems).toEqual([expect.objectContaining({ code: 'gender-mismatch', severity: 'warning' })]);
    expect(row.problems[0]?.message).toMatch(/digit ke-15/);
    expect(row.values.gender).toBe('P');
  });

  it('does not warn when the stated gender agrees with the NIP, in any of its spellings', () => {
    for (const gender of ['L', 'l', 'Laki-laki', 'LAKI - LAKI', 'Pria', 'Lk']) {
      expect(codes({ nip: NIP, name: 'Budi', gender })).toEqual([]);
    }
  });

  it('warns about a gender it cannot read and takes the one from the NIP', () => {
    const row = validateRosterRow({ nip: NIP_FEMALE, name: 'Siti', gender: 'X' });
    expect(row.problems.map((p) => p.code)).toEqual(['gender-unknown']);
    expect(row.values.gender).toBe('P');
  });

  it('warns when a stated birth date differs from the NIP and keeps the stated one', () => {
    const row = validateRosterRow({ nip: NIP, name: 'Budi', birthDate: '27-09-1986' });
    expect(row.problems.map((p) => p.code)).toEqual(['birth-date-mismatch']);
    expect(row.values.birthDate).toBe('1986-09-27');
  });

  it('reports nip-duplicate with the row where the NIP first appeared', () => {
    const row = validateRosterRow({ nip: NIP, name: 'Budi' }, { takenNips: new Map([[NIP, 7]]) });
    expect(row.problems).toEqual([
      expect.objectContaining({ code: 'nip-duplicate', field: 'nip', severity: 'error' }),
    ]);
    expect(row.problems[0]?.message).toContain('baris 7');
  });

  it('reports nip-duplicate against a plain set of NIPs (the candidate form)', () => {
    expect(codes({ nip: NIP, name: 'Budi' }, { takenNips: new Set([NIP]) })).toEqual(['nip-duplicate']);
  });

  it('pads a short participant number and drops one already used by an earlier row, with a warning', () => {
    expect(validateRosterRow({ nip: NIP, name: 'Budi', participantNo: 7 }).values.participantNo).toBe('007');
    const taken = validateRosterRow(
      { nip: NIP, name: 'Budi', participantNo: '007' },
      { takenParticipantNos: new Set(['007']) },
    );
    expect(taken.values.participantNo).toBeNull();
    expect(taken.problems.map((p) => [p.code, p.severity])).toEqual([
      ['participant-no-duplicate', 'warning'],
    ]);
  });

  it('puts back the leading zero Excel dropped from a phone number stored as a number', () => {
    expect(validateRosterRow({ nip: NIP, name: 'Budi', phone: 81234567890 }).values.phone).toBe(
      '081234567890',
    );
  });

  it('keeps an unknown position level as written', () => {
    expect(
      validateRosterRow({ nip: NIP, name: 'Budi', positionLevel: ' Kepala  Seksi ' }).values.positionLevel,
    ).toBe('Kepala Seksi');
  });

  it('reports every problem of a row at once', () => {
    expect(codes({ nip: '123', name: '', grade: 'X/x' })).toEqual([
      'nip-length',
      'name-missing',
      'grade-unknown',
    ]);
  });
});

describe('parseBirthDate', () => {
  it.each([
    ['1986-09-26', '1986-09-26'],
    ['26-09-1986', '1986-09-26'],
    ['26/09/1986', '1986-09-26'],
    ['26.09.1986', '1986-09-26'],
    ['6/9/1986', '1986-09-06'],
    ['26 September 1986', '1986-09-26'],
    ['26 Sept 1986', '1986-09-26'],
    ['26 Agustus 1986', '1986-08-26'],
    ['26 Mei 1986', '1986-05-26'],
    ['26-Agu-86', '1986-08-26'],
    ['Bekasi, 26 September 1986', '1986-09-26'],
  ])('reads %s as %s', (written, iso) => {
    expect(parseBirthDate(written)).toBe(iso);
  });

  it('reads a date cell by its calendar day, not shifted by the time zone', () => {
    expect(parseBirthDate(new Date(Date.UTC(1986, 8, 26)))).toBe('1986-09-26');
  });

  it('reads an Excel day number', () => {
    expect(parseBirthDate(31681)).toBe('1986-09-26');
  });

  it.each([['31-02-1986'], ['kemarin'], ['26 Foo 1986'], [''], [12]])('reads nothing from %j', (written) => {
    expect(parseBirthDate(written)).toBeNull();
  });
});

describe('parseGender', () => {
  it('reads the Indonesian and English forms and tells an unreadable one apart from an empty one', () => {
    expect(parseGender('Perempuan')).toBe('P');
    expect(parseGender('wanita')).toBe('P');
    expect(parseGender('Laki-Laki')).toBe('L');
    expect(parseGender('')).toBeNull();
    expect(parseGender('?')).toBe('unknown');
  });
});

describe('tidyText', () => {
  it('trims and collapses whitespace of every kind', () => {
    expect(tidyText('\u00a0 a \u200b\n b  ')).toBe('a b');
  });
});

describe('header matching', () => {
  it.each([
    ['NIP', 'nip'],
    ['NIP BARU', 'nip'],
    ['NIP (18 DIGIT)', 'nip'],
    ['nip/nippk', 'nip'],
    ['NAMA', 'name'],
    ['Nama Lengkap (dengan gelar)', 'name'],
    ['NAMA PESERTA', 'name'],
    ['PANGKAT/GOL. RUANG', 'grade'],
    ['GOL', 'grade'],
    ['Golongan', 'grade'],
    ['JABATAN', 'position'],
    ['NAMA JABATAN', 'position'],
    ['JENJANG', 'positionLevel'],
    ['ESELON', 'positionLevel'],
    ['UNIT KERJA / PERANGKAT DAERAH', 'unit'],
    ['OPD', 'unit'],
    ['SKPD', 'unit'],
    ['INSTANSI', 'unit'],
    ['Nama OPD', 'unit'],
    ['JENIS KELAMIN', 'gender'],
    ['L/P', 'gender'],
    ['TANGGAL LAHIR', 'birthDate'],
    ['Tempat, Tgl. Lahir', 'birthDate'],
    ['NO. HP', 'phone'],
    ['TELEPON', 'phone'],
    ['No. HP/WA', 'phone'],
    ['EMAIL', 'email'],
    ['E-mail', 'email'],
    ['NO. PESERTA', 'participantNo'],
  ])('maps the header %s to %s', (header, field) => {
    expect(matchHeader(header)?.field).toBe(field);
  });

  it.each([
    ['NO'],
    ['No.'],
    ['TMT GOL'],
    ['NIP LAMA'],
    ['KETERANGAN'],
    ['TMT JABATAN'],
    ['DAFTAR PESERTA ASESMEN'],
  ])('maps the header %s to no field', (header) => {
    expect(matchHeader(header)).toBeNull();
  });

  it('takes the golongan column for the grade when a file has both PANGKAT and GOL. RUANG', () => {
    const mapping = mapHeaders(['NIP', 'NAMA', 'PANGKAT', 'GOL. RUANG']);
    expect(mapping.get('grade')).toBe(3);
  });

  it('gives each field one column, the leftmost of equally good ones', () => {
    const mapping = mapHeaders(['NIP', 'NAMA', 'OPD', 'SKPD']);
    expect(mapping.get('unit')).toBe(2);
  });
});
