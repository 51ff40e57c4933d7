/**
 * Certificate numbers from the archive classification pattern of the agency, e.g.
 * `800.2/{seq:4}/BKPSDM/{year}` → `800.2/0125/BKPSDM/2023`. The counter runs per programme and
 * year, so a pattern needs both the sequence and the year or two certificates would share a number.
 *
 * Placeholders:
 * - `{seq}` the sequence number; `{seq:N}` zero-padded to N digits (1–8)
 * - `{year}` the year of issue (2023)
 * - `{month}` the month of issue, two digits (02); `{month:roman}` in Roman numerals (II), as many
 *   agencies write it
 * - `{code}` the programme code (TA-2023), for agencies that share one pattern across programmes
 */

export interface NumberParts {
  seq: number;
  year: number;
  /** 1–12 */
  month: number;
  code: string;
}

const ROMAN_MONTHS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'] as const;
const TOKEN = /\{([^{}]*)\}/g;
const SEQ = /^seq(?::([1-8]))?$/;
const KNOWN = new Set(['year', 'month', 'month:roman', 'code']);
export const NUMBER_PATTERN_MAX = 80;

export const DEFAULT_NUMBER_PATTERN = '800.2/{seq:4}/BKPSDM/{year}';

/** What is wrong with a pattern, in words for the template form; null when it can be used. */
export function numberPatternProblem(pattern: string): string | null {
  if (pattern.trim() === '') return 'Pola nomor wajib diisi, mis. 800.2/{seq:4}/BKPSDM/{year}.';
  if (pattern.length > NUMBER_PATTERN_MAX) return `Pola nomor paling panjang ${NUMBER_PATTERN_MAX} karakter.`;
  // `|` separates the fields of the verification code printed in the QR.
  // eslint-disable-next-line no-control-regex
  if (/[|\u0000-\u001f\u007f]/.test(pattern))
    return 'Pola nomor tidak boleh memuat tanda | atau karakter kendali.';
  let seqCount = 0;
  let hasYear = false;
  for (const match of pattern.matchAll(TOKEN)) {
    const name = (match[1] ?? '').trim();
    if (SEQ.test(name)) seqCount += 1;
    else if (KNOWN.has(name)) hasYear ||= name === 'year';
    else
      return `Penanda {${name}} tidak dikenal. Yang dapat dipakai: {seq}, {seq:4}, {year}, {month}, {month:roman}, {code}.`;
  }
  const leftover = pattern.replace(TOKEN, '');
  if (/[{}]/.test(leftover)) return 'Ada kurung kurawal { } yang tidak berpasangan di pola nomor.';
  if (seqCount === 0) return 'Pola nomor harus memuat nomor urut {seq} atau {seq:4}.';
  if (seqCount > 1) return 'Nomor urut {seq} hanya boleh muncul sekali di pola nomor.';
  if (!hasYear) return 'Pola nomor harus memuat tahun {year}: nomor urut dimulai lagi dari 1 setiap tahun.';
  return null;
}

/** The number for one certificate. The pattern must be free of problems (see above). */
export function formatCertificateNumber(pattern: string, parts: NumberParts): string {
  if (!Number.isInteger(parts.seq) || parts.seq < 1)
    throw new RangeError(`seq must be ≥ 1, got ${parts.seq}`);
  if (!Number.isInteger(parts.month) || parts.month < 1 || parts.month > 12) {
    throw new RangeError(`month must be 1–12, got ${parts.month}`);
  }
  return pattern.replace(TOKEN, (whole, raw: string) => {
    const name = raw.trim();
    const seq = SEQ.exec(name);
    if (seq) return String(parts.seq).padStart(Number(seq[1] ?? 1), '0');
    switch (name) {
      case 'year':
        return String(parts.year);
      case 'month':
        return String(parts.month).padStart(2, '0');
      case 'month:roman':
        return ROMAN_MONTHS[parts.month - 1] ?? '';
      case 'code':
        return parts.code;
      default:
        return whole;
    }
  });
}
