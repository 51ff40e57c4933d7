/**
 * Golongan/ruang and pangkat of civil servants (PNS). PPPK staff have none: a grade is optional.
 */
export const GRADES = [
  { code: 'I/a', rank: 'Juru Muda' },
  { code: 'I/b', rank: 'Juru Muda Tingkat I' },
  { code: 'I/c', rank: 'Juru' },
  { code: 'I/d', rank: 'Juru Tingkat I' },
  { code: 'II/a', rank: 'Pengatur Muda' },
  { code: 'II/b', rank: 'Pengatur Muda Tingkat I' },
  { code: 'II/c', rank: 'Pengatur' },
  { code: 'II/d', rank: 'Pengatur Tingkat I' },
  { code: 'III/a', rank: 'Penata Muda' },
  { code: 'III/b', rank: 'Penata Muda Tingkat I' },
  { code: 'III/c', rank: 'Penata' },
  { code: 'III/d', rank: 'Penata Tingkat I' },
  { code: 'IV/a', rank: 'Pembina' },
  { code: 'IV/b', rank: 'Pembina Tingkat I' },
  { code: 'IV/c', rank: 'Pembina Utama Muda' },
  { code: 'IV/d', rank: 'Pembina Utama Madya' },
  { code: 'IV/e', rank: 'Pembina Utama' },
] as const;

export type GradeCode = (typeof GRADES)[number]['code'];

const BY_CODE = new Map<string, (typeof GRADES)[number]>(GRADES.map((g) => [g.code, g]));

export function rankOf(code: string): string | null {
  return BY_CODE.get(code)?.rank ?? null;
}

/** "Penata Muda (III/a)" — the form printed on certificates and reports. */
export function formatGrade(code: string | null): string {
  if (!code) return '';
  const rank = rankOf(code);
  return rank ? `${rank} (${code})` : code;
}

export type GradeParse =
  { ok: true; code: GradeCode | null } | { ok: false; code: 'grade-unknown'; message: string };

export const GRADE_UNKNOWN_MESSAGE =
  'Golongan tidak dikenali. Tulis seperti "III/a" atau "Penata Muda (III/a)"; kosongkan untuk PPPK.';

const ROMAN = ['i', 'ii', 'iii', 'iv'] as const;

/** "tingkat i", "tk. i", "tk.1", "tkt i" all become "tingkat i"; commas, brackets and dots go. */
function normaliseRank(text: string): string {
  return text
    .toLowerCase()
    .replace(/\b(?:tingkat|tkt|tk)\b\.?\s*(?:i|1)\b/g, 'tingkat i')
    .replace(/[^a-z ]+/g, ' ')
    .replace(/\b(?:golongan|gol|ruang|pangkat)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const BY_RANK = new Map<string, GradeCode>(GRADES.map((g) => [normaliseRank(g.rank), g.code]));

// A roman group followed by a ruang letter: "III/a", "iii-a", "III a", "IIIa", "III.A". The
// lookbehind keeps the "I" of "Tingkat I" from being read as a group.
const ROMAN_CODE = /(?<![a-z])(iv|iii|ii|i)\s*[/\-.]?\s*([a-e])(?![a-z])/;
// Arabic groups ("3/a", "3a") are accepted only when they are the whole cell: inside longer text
// a digit is too easily something else.
const ARABIC_CODE = /^(?:gol(?:ongan)?\.?\s*)?([1-4])\s*[/\-.]?\s*([a-e])$/;

function toCode(group: string, letter: string): GradeCode | null {
  const code = `${group.toUpperCase()}/${letter.toLowerCase()}`;
  return BY_CODE.has(code) ? (code as GradeCode) : null;
}

function unknown(message = GRADE_UNKNOWN_MESSAGE): GradeParse {
  return { ok: false, code: 'grade-unknown', message };
}

/**
 * Reads a golongan/pangkat in any of the forms seen in agency files: "III/a", "III/A", "III a",
 * "Penata Muda (III/a)", "Penata Muda, III/a", "Pembina Tk. I (IV/b)", or a rank name alone.
 * Empty (or a lone dash) is valid: PPPK staff have no golongan. When both a rank and a code are
 * written and they disagree, neither is trusted: the operator has to say which one is right.
 */
export function parseGrade(text: string | null | undefined): GradeParse {
  const written = (text ?? '').normalize('NFKC').replace(/\s+/g, ' ').trim();
  if (written === '' || /^[-–—.]+$/.test(written)) return { ok: true, code: null };
  const lower = written.toLowerCase();

  const arabic = ARABIC_CODE.exec(lower);
  if (arabic) {
    const code = toCode(ROMAN[Number(arabic[1]) - 1] as string, arabic[2] as string);
    return code ? { ok: true, code } : unknown();
  }

  const match = ROMAN_CODE.exec(lower);
  const code = match ? toCode(match[1] as string, match[2] as string) : null;
  if (match && !code) return unknown();
  const rest = normaliseRank(
    match ? lower.slice(0, match.index) + ' ' + lower.slice(match.index + match[0].length) : lower,
  );
  const byRank = BY_RANK.get(rest) ?? null;

  if (code && byRank && byRank !== code) {
    return unknown(
      `Pangkat dan golongan tidak cocok: golongan ${code} adalah ${rankOf(code)}, sedangkan ${rankOf(byRank)} adalah ${byRank}. Perbaiki salah satunya.`,
    );
  }
  // A code with other words around it ("Gol. III/a", a misspelt rank) is still the code.
  if (code) return { ok: true, code };
  if (byRank) return { ok: true, code: byRank };
  return unknown();
}
