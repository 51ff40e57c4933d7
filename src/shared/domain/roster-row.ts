/**
 * Validation of one roster row, pure: the import runs it on every row of a file and the
 * candidate form runs it as the operator types. No Node, no DOM.
 */
import { MONTHS_ID, isRealDate, toIsoDate } from './dates';
import { parseGrade, type GradeCode } from './grades';
import { NIP_MESSAGES, parseNip } from './nip';
import { parsePositionLevel } from './positions';
import type { RosterField } from './roster-fields';

/** What a spreadsheet cell can hold once a reader has taken it apart. */
export type RosterCellValue = string | number | boolean | Date | null;

export type RosterCells = Partial<Record<RosterField, RosterCellValue>>;

export interface RosterValues {
  participantNo: string | null;
  /** The 18 normalised digits, or the text as written when it is not a valid NIP. */
  nip: string;
  name: string;
  gender: 'L' | 'P' | null;
  birthDate: string | null;
  grade: GradeCode | null;
  position: string;
  positionLevel: string;
  unit: string;
  phone: string;
  email: string;
}

export type ProblemSeverity = 'error' | 'warning';

export interface RowProblem {
  field: RosterField;
  code: string;
  message: string;
  severity: ProblemSeverity;
}

export interface ValidatedRow {
  values: RosterValues;
  problems: RowProblem[];
  hasError: boolean;
  hasWarning: boolean;
}

export interface RowOptions {
  /**
   * NIPs already seen: a Map gives the row where each first appeared (the import), a Set says
   * only that it is taken (the form, with the edited candidate's own NIP left out).
   */
  takenNips?: ReadonlyMap<string, number> | ReadonlySet<string>;
  /** Participant numbers already given to earlier rows of the same file. */
  takenParticipantNos?: ReadonlySet<string>;
}

export const ROW_MESSAGES = {
  'name-missing': 'Nama kosong. Isi nama lengkap beserta gelarnya.',
  'gender-unknown':
    'Jenis kelamin tidak dikenali; tulis L atau P. Baris tetap diimpor dengan jenis kelamin dari digit ke-15 NIP.',
  'birth-date-unknown':
    'Tanggal lahir tidak dapat dibaca; tulis seperti 26-09-1986. Baris tetap diimpor dengan tanggal lahir dari NIP.',
  'participant-no-duplicate':
    'Nomor peserta ini sudah dipakai baris sebelumnya. Baris tetap diimpor dengan nomor berikutnya yang kosong.',
} as const;

const WHITESPACE = /[\s\u00a0\u200b\u2007\u202f\ufeff]+/g;

/** Trims and collapses spaces (line breaks from Alt+Enter too); titles and letter case stay. */
export function tidyText(text: string): string {
  return text.replace(WHITESPACE, ' ').trim();
}

function isoFromUtc(date: Date): string | null {
  if (Number.isNaN(date.getTime())) return null;
  return toIsoDate({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
}

/** Any cell as the text a person would read in it. */
export function cellText(value: RosterCellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return isoFromUtc(value) ?? '';
  return tidyText(String(value));
}

// Indonesian month names and their three-letter forms, plus the English spellings that differ.
const EXTRA_MONTH_WORDS = [
  'january',
  'february',
  'march',
  '',
  'may',
  'june',
  'july',
  'august',
  'sept',
  'october',
  '',
  'december',
];

function monthFromName(word: string): number | null {
  const lower = word.toLowerCase().replace(/\.$/, '');
  const index = MONTHS_ID.findIndex((name, i) => {
    const id = name.toLowerCase();
    const extra = EXTRA_MONTH_WORDS[i] as string;
    return (
      lower === id ||
      lower === id.slice(0, 3) ||
      (extra !== '' && (lower === extra || lower === extra.slice(0, 3)))
    );
  });
  return index === -1 ? null : index + 1;
}

function fullYear(year: number, digits: number): number {
  if (digits !== 2) return year;
  // Nobody assessed was born after 2030 nor before 1931: a two-digit year is unambiguous enough.
  return year > 30 ? 1900 + year : 2000 + year;
}

/**
 * Reads a birth date as cells hold it: a date cell, an Excel day number, "1986-09-26",
 * "26-09-1986", "26/09/1986", "26 September 1986", or "Bekasi, 26-09-1986" (tempat, tanggal lahir).
 * Day before month, as Indonesians write it.
 */
export function parseBirthDate(value: RosterCellValue | undefined): string | null {
  if (value instanceof Date) return isoFromUtc(value);
  if (typeof value === 'number') {
    // Excel's day 1 is 1900-01-01; 25569 days later is 1970-01-01 (Excel counts a 29 Feb 1900).
    if (!Number.isFinite(value) || value < 366 || value > 80_000) return null;
    return isoFromUtc(new Date(Math.round((value - 25_569) * 86_400_000)));
  }
  let text = cellText(value ?? null);
  if (text === '') return null;
  if (text.includes(',')) text = text.slice(text.lastIndexOf(',') + 1).trim();
  let match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (match) return checked(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{2}|\d{4})$/.exec(text);
  if (match) {
    return checked(
      fullYear(Number(match[3]), (match[3] as string).length),
      Number(match[2]),
      Number(match[1]),
    );
  }
  match = /^(\d{1,2})[\s\-/]+([A-Za-z]+\.?)[\s\-/]+(\d{2}|\d{4})$/.exec(text);
  if (match) {
    const month = monthFromName(match[2] as string);
    if (month === null) return null;
    return checked(fullYear(Number(match[3]), (match[3] as string).length), month, Number(match[1]));
  }
  return null;
}

function checked(year: number, month: number, day: number): string | null {
  return year >= 1900 && isRealDate(year, month, day) ? toIsoDate({ year, month, day }) : null;
}

/** "L", "Lk", "Laki-laki", "Pria", "P", "Pr", "Perempuan", "Wanita" (and English forms). */
export function parseGender(value: RosterCellValue | undefined): 'L' | 'P' | null | 'unknown' {
  const written = cellText(value ?? null);
  if (written === '') return null;
  const text = written.toLowerCase().replace(/[^a-z]/g, '');
  if (['l', 'lk', 'laki', 'lakilaki', 'pria', 'm', 'male', 'man'].includes(text)) return 'L';
  if (['p', 'pr', 'perempuan', 'wanita', 'w', 'f', 'female', 'woman'].includes(text)) return 'P';
  return 'unknown';
}

/** A number cell drops the leading zero of "0812…": put it back for Indonesian mobile numbers. */
function phoneText(value: RosterCellValue | undefined): string {
  if (typeof value === 'number' && Number.isInteger(value)) {
    const digits = String(value);
    return /^8\d{7,11}$/.test(digits) ? `0${digits}` : digits;
  }
  return cellText(value);
}

/** Digits-only numbers are padded to three ("7" → "007") so they sort as the app's own do. */
function participantNoText(value: RosterCellValue | undefined): string | null {
  const text = cellText(value);
  if (text === '') return null;
  return /^\d{1,2}$/.test(text) ? text.padStart(3, '0') : text;
}

const GENDER_NAME = { L: 'laki-laki', P: 'perempuan' } as const;

/**
 * A roster repeats the same few golongan and levels thousands of times: their parses are kept.
 * Bounded, so a file of all-different junk cannot grow it without end.
 */
function memo<T>(parse: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let result = cache.get(text);
    if (result === undefined) {
      result = parse(text);
      if (cache.size >= 500) cache.clear();
      cache.set(text, result);
    }
    return result;
  };
}

const gradeOf = memo(parseGrade);
const levelOf = memo((text: string) => parsePositionLevel(text) ?? text);

/** Validates and normalises one row. Errors keep a row out of the import; warnings do not. */
export function validateRosterRow(cells: RosterCells, options: RowOptions = {}): ValidatedRow {
  const problems: RowProblem[] = [];
  const error = (field: RosterField, code: string, message: string) =>
    problems.push({ field, code, message, severity: 'error' });
  const warn = (field: RosterField, code: string, message: string) =>
    problems.push({ field, code, message, severity: 'warning' });

  const nip = parseNip(typeof cells.nip === 'number' ? cells.nip : cellText(cells.nip));
  const values: RosterValues = {
    participantNo: participantNoText(cells.participantNo),
    nip: nip.ok ? nip.nip : cellText(cells.nip),
    name: cellText(cells.name),
    gender: null,
    birthDate: null,
    grade: null,
    position: cellText(cells.position),
    positionLevel: '',
    unit: cellText(cells.unit),
    phone: phoneText(cells.phone),
    email: cellText(cells.email).replace(/^mailto:/i, ''),
  };

  if (!nip.ok) error('nip', nip.code, nip.message);
  else if (options.takenNips?.has(nip.nip)) {
    const firstRow = options.takenNips instanceof Map ? options.takenNips.get(nip.nip) : undefined;
    error(
      'nip',
      'nip-duplicate',
      firstRow === undefined
        ? NIP_MESSAGES['nip-duplicate']
        : `NIP ini sudah ada di baris ${firstRow}. Hapus baris gandanya atau perbaiki NIP-nya.`,
    );
  }

  if (values.name === '') error('name', 'name-missing', ROW_MESSAGES['name-missing']);

  const grade = gradeOf(cellText(cells.grade));
  if (grade.ok) values.grade = grade.code;
  else error('grade', grade.code, grade.message);

  values.positionLevel = levelOf(cellText(cells.positionLevel));

  const gender = parseGender(cells.gender);
  if (gender === 'unknown') warn('gender', 'gender-unknown', ROW_MESSAGES['gender-unknown']);
  const statedGender = gender === 'unknown' ? null : gender;
  if (nip.ok && statedGender && statedGender !== nip.gender) {
    warn(
      'gender',
      'gender-mismatch',
      `Jenis kelamin tertulis ${GENDER_NAME[statedGender]}, tetapi digit ke-15 NIP menunjukkan ${GENDER_NAME[nip.gender]}. Periksa NIP atau kolom jenis kelamin; baris tetap diimpor dengan jenis kelamin yang tertulis.`,
    );
  }
  // A stated value wins: the NIP only fills what the file leaves out.
  values.gender = statedGender ?? (nip.ok ? nip.gender : null);

  const birthWritten = cells.birthDate !== undefined && cellText(cells.birthDate) !== '';
  const statedBirth = parseBirthDate(cells.birthDate);
  if (birthWritten && statedBirth === null)
    warn('birthDate', 'birth-date-unknown', ROW_MESSAGES['birth-date-unknown']);
  if (nip.ok && statedBirth && statedBirth !== nip.birthDate) {
    warn(
      'birthDate',
      'birth-date-mismatch',
      'Tanggal lahir tidak sama dengan digit 1–8 NIP. Periksa NIP atau kolom tanggal lahir; baris tetap diimpor dengan tanggal lahir yang tertulis.',
    );
  }
  values.birthDate = statedBirth ?? (nip.ok ? nip.birthDate : null);

  if (values.participantNo !== null && options.takenParticipantNos?.has(values.participantNo)) {
    warn('participantNo', 'participant-no-duplicate', ROW_MESSAGES['participant-no-duplicate']);
    values.participantNo = null;
  }

  const hasError = problems.some((p) => p.severity === 'error');
  return { values, problems, hasError, hasWarning: problems.some((p) => p.severity === 'warning') };
}
