import { describe, expect, it } from 'vitest';
import {
  composeNip,
  formatNip,
  NIP_MESSAGES,
  parseNip,
  type NipErrorCode,
  type NipParts,
} from '../../../src/shared/domain/nip';

// Born 26 September 1986, appointed May 2015, male, sequence 001.
const VALID = '198609262015051001';

function codeOf(value: unknown): NipErrorCode | 'ok' {
  const result = parseNip(value);
  return result.ok ? 'ok' : result.code;
}

describe('parseNip', () => {
  it('reads birth date, appointment, gender and the normalised digits from a valid NIP', () => {
    expect(parseNip(VALID)).toEqual({
      ok: true,
      nip: VALID,
      birthDate: '1986-09-26',
      appointmentYear: 2015,
      appointmentMonth: 5,
      gender: 'L',
      pppk: false,
    });
  });

  it('reads gender digit 2 as female', () => {
    const result = parseNip('199203142019032004');
    expect(result.ok && result.gender).toBe('P');
  });

  it.each([
    ['the printed form with spaces', '19860926 201505 1 001'],
    ['dots as separators', '19860926.201505.1.001'],
    ['a leading apostrophe that forces text in Excel', "'198609262015051001"],
    ['surrounding spaces', '   198609262015051001  '],
    ['surrounding non-breaking spaces', '\u00a0198609262015051001\u00a0'],
    ['non-breaking spaces as separators', '19860926\u00a0201505\u00a01\u00a0001'],
    ['an apostrophe after surrounding spaces', " '19860926 201505 1 001 "],
  ])('accepts %s and normalises it to 18 digits', (_label, written) => {
    const result = parseNip(written);
    expect(result.ok).toBe(true);
    expect(result.ok && result.nip).toBe(VALID);
  });

  it('recognises a PPPK number (digit 13 is 2) and keeps its appointment year without a month', () => {
    const result = parseNip('199001012021211001');
    expect(result).toEqual({
      ok: true,
      nip: '199001012021211001',
      birthDate: '1990-01-01',
      appointmentYear: 2021,
      appointmentMonth: null,
      gender: 'L',
      pppk: true,
    });
  });

  it.each([
    ['an empty string', ''],
    ['only spaces', '   '],
    ['null', null],
    ['undefined', undefined],
    ['a lone apostrophe', "'"],
  ])('refuses %s as nip-missing', (_label, value) => {
    expect(codeOf(value)).toBe('nip-missing');
  });

  it.each([
    ['a letter among the digits', '19860926201505100A'],
    ['a label in front', 'NIP 198609262015051001'],
    ['a slash separator', '19860926/201505/1/001'],
    ['a boolean', true],
    ['an object', { nip: VALID }],
  ])('refuses %s as nip-not-digits', (_label, value) => {
    expect(codeOf(value)).toBe('nip-not-digits');
  });

  it.each([
    ['17 digits', '19860926201505100'],
    ['19 digits', '1986092620150510011'],
    ['the old 9-digit NIP', '010203040'],
  ])('refuses %s as nip-length', (_label, value) => {
    expect(codeOf(value)).toBe('nip-length');
  });

  it.each([
    ['30 February', '198602302015051001'],
    ['29 February in a non-leap year', '198702292015051001'],
    ['month 13', '198613012015051001'],
    ['day 00', '198609002015051001'],
    ['a year before 1900', '189909262015051001'],
  ])('refuses a birth date on %s as nip-birth-date', (_label, value) => {
    expect(codeOf(value)).toBe('nip-birth-date');
  });

  it('accepts 29 February in a leap year', () => {
    expect(codeOf('198802292015051001')).toBe('ok');
  });

  it.each([
    ['month 13', '198609262015131001'],
    ['month 00', '198609262015001001'],
    ['a date before the birth date', '198609261985051001'],
    ['the month of birth itself', '198609261986091001'],
    ['a PPPK year not after the birth year', '198609261986211001'],
  ])('refuses an appointment in %s as nip-appointment-date', (_label, value) => {
    expect(codeOf(value)).toBe('nip-appointment-date');
  });

  it.each([
    ['0', '198609262015050001'],
    ['3', '198609262015053001'],
    ['9', '198609262015059001'],
  ])('refuses gender digit %s as nip-gender-digit', (_digit, value) => {
    expect(codeOf(value)).toBe('nip-gender-digit');
  });

  it('refuses an NIP that reached it as a JavaScript number, whose last digits are already lost', () => {
    // eslint-disable-next-line no-loss-of-precision -- the point of the test
    const fromNumberCell = 198609262015051001;
    expect(codeOf(fromNumberCell)).toBe('nip-stored-as-number');
    expect(codeOf(1.98609e17)).toBe('nip-stored-as-number');
    expect(codeOf(BigInt(VALID))).toBe('nip-stored-as-number');
  });

  it.each([
    ['English Excel', '1.98609E+17'],
    ['lower-case exponent', '1.98609e+17'],
    ['exponent without a plus sign', '1.98609E17'],
    ['surrounding spaces', '  1.98609E+17 '],
    ['Indonesian Excel (decimal comma)', '1,98609E+17'],
  ])('refuses the scientific notation of %s as nip-stored-as-number', (_label, value) => {
    expect(codeOf(value)).toBe('nip-stored-as-number');
  });

  it('gives every problem an Indonesian message the user can act on', () => {
    const result = parseNip('19860926201505100');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toBe(NIP_MESSAGES['nip-length']);
    expect(NIP_MESSAGES['nip-length']).toMatch(/18 digit/);
  });
});

describe('formatNip', () => {
  it('prints an NIP as birth date, appointment, gender and sequence groups', () => {
    expect(formatNip(VALID)).toBe('19860926 201505 1 001');
  });

  it('leaves anything that is not 18 digits as it was', () => {
    expect(formatNip('12345')).toBe('12345');
    expect(formatNip('19860926 201505 1 001')).toBe('19860926 201505 1 001');
  });

  it('produces a form that parses back to the same NIP', () => {
    const result = parseNip(formatNip(VALID));
    expect(result.ok && result.nip).toBe(VALID);
  });
});

describe('composeNip', () => {
  it('builds the 18 digits with zero-padded month and sequence', () => {
    expect(
      composeNip({
        birthDate: '1986-09-26',
        appointmentYear: 2015,
        appointmentMonth: 5,
        gender: 'L',
        sequence: 1,
      }),
    ).toBe(VALID);
  });

  it.each<NipParts>([
    { birthDate: '1986-09-26', appointmentYear: 2015, appointmentMonth: 5, gender: 'L', sequence: 1 },
    { birthDate: '1975-12-31', appointmentYear: 2000, appointmentMonth: 12, gender: 'P', sequence: 999 },
    { birthDate: '1992-02-29', appointmentYear: 2019, appointmentMonth: 1, gender: 'P', sequence: 42 },
  ])('round-trips through parseNip ($birthDate, $gender, $sequence)', (parts) => {
    const nip = composeNip(parts);
    expect(nip).toMatch(/^\d{18}$/);
    const parsed = parseNip(nip);
    expect(parsed).toEqual({
      ok: true,
      nip,
      birthDate: parts.birthDate,
      appointmentYear: parts.appointmentYear,
      appointmentMonth: parts.appointmentMonth,
      gender: parts.gender,
      pppk: false,
    });
    expect(Number(nip.slice(15))).toBe(parts.sequence);
  });
});
