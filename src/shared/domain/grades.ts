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
