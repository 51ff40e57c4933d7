/**
 * NIP (Nomor Induk Pegawai), 18 digits, always text:
 *   1–8 birth date YYYYMMDD · 9–14 appointment (TMT CPNS) YYYYMM · 15 gender (1 L, 2 P) · 16–18 sequence.
 * A PPPK number has digit 13 = "2": its appointment part is a year only.
 */
import { isRealDate } from './dates';

export type NipErrorCode =
  | 'nip-missing'
  | 'nip-not-digits'
  | 'nip-length'
  | 'nip-birth-date'
  | 'nip-appointment-date'
  | 'nip-gender-digit'
  | 'nip-stored-as-number';

export const NIP_MESSAGES: Record<NipErrorCode | 'nip-duplicate', string> = {
  'nip-missing': 'NIP kosong. Isi NIP 18 digit.',
  'nip-not-digits': 'NIP hanya boleh berisi angka (spasi dan titik boleh sebagai pemisah).',
  'nip-length': 'NIP harus 18 digit. Periksa apakah ada digit yang hilang atau berlebih.',
  'nip-birth-date': 'Digit 1–8 NIP harus tanggal lahir yang valid (TTTTBBHH).',
  'nip-appointment-date':
    'Digit 9–14 NIP harus tahun dan bulan pengangkatan (TTTTBB) yang valid dan setelah tanggal lahir.',
  'nip-gender-digit': 'Digit ke-15 NIP harus 1 (laki-laki) atau 2 (perempuan).',
  'nip-stored-as-number':
    'NIP tersimpan sebagai angka di Excel sehingga digit terakhirnya sudah hilang. Format kolom NIP sebagai Teks lalu ketik ulang NIP tersebut.',
  'nip-duplicate': 'NIP ini muncul lebih dari sekali. Hapus baris gandanya.',
};

export interface ParsedNip {
  ok: true;
  /** The 18 digits, normalised. */
  nip: string;
  birthDate: string; // YYYY-MM-DD
  appointmentYear: number;
  /** null for PPPK numbers, which carry a year only. */
  appointmentMonth: number | null;
  gender: 'L' | 'P';
  pppk: boolean;
}

export interface NipProblem {
  ok: false;
  code: NipErrorCode;
  message: string;
}

function problem(code: NipErrorCode): NipProblem {
  return { ok: false, code, message: NIP_MESSAGES[code] };
}

/**
 * Removes the separators people type: spaces (also non-breaking), dots, dashes, and the leading
 * apostrophe Excel users add to force text.
 */
export function normaliseNipText(text: string): string {
  return text
    .trim()
    .replace(/^['‘’`]/, '')
    .replace(/[\s.\-\u00a0]/g, '');
}

/**
 * Parses an NIP from whatever a cell or a form holds. A JavaScript number means the spreadsheet
 * stored it as a number: its last digits are already gone, so it is refused whatever its value.
 */
export function parseNip(value: unknown): ParsedNip | NipProblem {
  if (typeof value === 'number' || typeof value === 'bigint') return problem('nip-stored-as-number');
  if (value === null || value === undefined) return problem('nip-missing');
  if (typeof value !== 'string') return problem('nip-not-digits');
  const text = normaliseNipText(value);
  if (text === '') return problem('nip-missing');
  // "1.98609E+17" is what a number cell looks like once it has become text; Excel set to
  // Indonesian writes the decimal comma: "1,98609E+17".
  if (/^\d([.,]\d+)?e\+?\d+$/i.test(value.trim())) return problem('nip-stored-as-number');
  if (!/^\d+$/.test(text)) return problem('nip-not-digits');
  if (text.length !== 18) return problem('nip-length');

  const digits = (from: number, to: number) => Number(text.slice(from - 1, to));
  const birth = { year: digits(1, 4), month: digits(5, 6), day: digits(7, 8) };
  if (birth.year < 1900 || !isRealDate(birth.year, birth.month, birth.day)) {
    return problem('nip-birth-date');
  }

  const pppk = text[12] === '2';
  const appointmentYear = digits(9, 12);
  const appointmentMonth = pppk ? null : digits(13, 14);
  const birthMonthIndex = birth.year * 12 + birth.month;
  if (appointmentYear < 1900) return problem('nip-appointment-date');
  if (appointmentMonth !== null) {
    if (appointmentMonth < 1 || appointmentMonth > 12) return problem('nip-appointment-date');
    if (appointmentYear * 12 + appointmentMonth <= birthMonthIndex) return problem('nip-appointment-date');
  } else if (appointmentYear <= birth.year) {
    return problem('nip-appointment-date');
  }

  const genderDigit = text[14];
  if (genderDigit !== '1' && genderDigit !== '2') return problem('nip-gender-digit');

  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    ok: true,
    nip: text,
    birthDate: `${birth.year}-${pad(birth.month)}-${pad(birth.day)}`,
    appointmentYear,
    appointmentMonth,
    gender: genderDigit === '1' ? 'L' : 'P',
    pppk,
  };
}

/** "198609262015051001" → "19860926 201505 1 001", the form printed on documents. */
export function formatNip(nip: string): string {
  if (!/^\d{18}$/.test(nip)) return nip;
  return `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`;
}

export interface NipParts {
  birthDate: string; // YYYY-MM-DD
  appointmentYear: number;
  appointmentMonth: number;
  gender: 'L' | 'P';
  sequence: number; // 1–999
}

/** Composes a PNS NIP from its parts (used by demo data and tests). */
export function composeNip(parts: NipParts): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return [
    parts.birthDate.replaceAll('-', ''),
    pad(parts.appointmentYear, 4),
    pad(parts.appointmentMonth, 2),
    parts.gender === 'L' ? '1' : '2',
    pad(parts.sequence, 3),
  ].join('');
}
