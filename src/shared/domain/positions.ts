/**
 * Position levels (jenjang jabatan) of civil servants. The standard competency level of a
 * candidate follows from it, so the import writes one canonical spelling per level.
 */
export const POSITION_LEVELS = [
  { level: 'JPT Utama', kind: 'jpt' },
  { level: 'JPT Madya', kind: 'jpt' },
  { level: 'JPT Pratama', kind: 'jpt' },
  { level: 'Administrator', kind: 'administrasi' },
  { level: 'Pengawas', kind: 'administrasi' },
  { level: 'Pelaksana', kind: 'administrasi' },
  { level: 'Ahli Utama', kind: 'fungsional-keahlian' },
  { level: 'Ahli Madya', kind: 'fungsional-keahlian' },
  { level: 'Ahli Muda', kind: 'fungsional-keahlian' },
  { level: 'Ahli Pertama', kind: 'fungsional-keahlian' },
  { level: 'Penyelia', kind: 'fungsional-keterampilan' },
  { level: 'Mahir', kind: 'fungsional-keterampilan' },
  { level: 'Terampil', kind: 'fungsional-keterampilan' },
  { level: 'Pemula', kind: 'fungsional-keterampilan' },
] as const;

export type PositionLevel = (typeof POSITION_LEVELS)[number]['level'];
export type PositionKind = (typeof POSITION_LEVELS)[number]['kind'];

function squash(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

// Checked in order: the longer, more specific phrases first ("ahli utama" before "utama").
const PATTERNS: ReadonlyArray<readonly [RegExp, PositionLevel]> = [
  [/\b(?:jpt|jabatan pimpinan tinggi|pimpinan tinggi) utama\b/, 'JPT Utama'],
  [/\b(?:jpt|jabatan pimpinan tinggi|pimpinan tinggi) madya\b/, 'JPT Madya'],
  [/\b(?:jpt|jabatan pimpinan tinggi|pimpinan tinggi) pratama\b/, 'JPT Pratama'],
  [/\bahli utama\b/, 'Ahli Utama'],
  [/\bahli madya\b/, 'Ahli Madya'],
  [/\bahli muda\b/, 'Ahli Muda'],
  [/\bahli pertama\b/, 'Ahli Pertama'],
  [/\badministrator\b/, 'Administrator'],
  [/\bpengawas\b/, 'Pengawas'],
  [/\b(?:pelaksana|non eselon|staf|staff|jfu|fungsional umum)\b/, 'Pelaksana'],
  [/\bpenyelia\b/, 'Penyelia'],
  [/\bmahir\b/, 'Mahir'],
  [/\bterampil\b/, 'Terampil'],
  [/\bpemula\b/, 'Pemula'],
];

/**
 * Old echelon labels still fill many files. Since 2019 they map to the new levels:
 * II → JPT Pratama, III → Administrator, IV (and the abolished V) → Pengawas. Echelon I is
 * JPT Madya except I.a heads of agencies, who are rare enough in city files to ask the operator.
 */
const ECHELON = /^(?:eselon|esl)? ?(i|ii|iii|iv|v|1|2|3|4|5) ?(a|b)?$/;
const ECHELON_LEVELS: Record<string, PositionLevel> = {
  i: 'JPT Madya',
  ii: 'JPT Pratama',
  iii: 'Administrator',
  iv: 'Pengawas',
  v: 'Pengawas',
};
const ARABIC_TO_ROMAN: Record<string, string> = { '1': 'i', '2': 'ii', '3': 'iii', '4': 'iv', '5': 'v' };

/**
 * The canonical level for what a file or a form says ("jpt  pratama", "Eselon III.a", "Analis
 * Kebijakan Ahli Muda", "Pranata Komputer Terampil"), or null when it names no level.
 */
export function parsePositionLevel(text: string | null | undefined): PositionLevel | null {
  const squashed = squash(text ?? '');
  if (squashed === '') return null;
  const echelon = ECHELON.exec(squashed);
  // A bare roman numeral is only an echelon when the word says so or there is a sub-letter.
  if (echelon && (squashed.startsWith('es') || echelon[2] !== undefined)) {
    const group = echelon[1] as string;
    return ECHELON_LEVELS[ARABIC_TO_ROMAN[group] ?? group] ?? null;
  }
  for (const [pattern, level] of PATTERNS) if (pattern.test(squashed)) return level;
  return null;
}

export function positionKindOf(level: string): PositionKind | null {
  return POSITION_LEVELS.find((l) => l.level === level)?.kind ?? null;
}
