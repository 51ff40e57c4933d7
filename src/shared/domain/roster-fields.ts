/**
 * The fields of a roster and the many ways agencies write their column headers. Used to find the
 * header row of a hand-made file and to map its columns; the preview shows the labels.
 */
import type { RosterField } from '../contract';

export type { RosterField } from '../contract';

export interface RosterFieldSpec {
  field: RosterField;
  /** What the preview and the template call the column. */
  label: string;
  required: boolean;
  /** Headers as written, compared after `normaliseHeader`. An exact match is the strongest hint. */
  synonyms: readonly string[];
  /** Looser hints (whole words, after normalising); weaker than a synonym. */
  keywords: readonly RegExp[];
  /** Headers that contain a keyword but mean something else ("TMT GOL", "NIP LAMA"). */
  excludes?: readonly RegExp[];
}

export const ROSTER_FIELD_SPECS: readonly RosterFieldSpec[] = [
  {
    field: 'participantNo',
    label: 'No. Peserta',
    required: false,
    synonyms: [
      'NO PESERTA',
      'NOMOR PESERTA',
      'NO UJIAN',
      'NOMOR UJIAN',
      'KODE PESERTA',
      'NO REG',
      'NO REGISTRASI',
    ],
    keywords: [/\b(?:NO|NOMOR|KODE) (?:PESERTA|UJIAN|REGISTRASI)\b/],
  },
  {
    field: 'nip',
    label: 'NIP',
    required: true,
    synonyms: [
      'NIP',
      'NIP BARU',
      'NIP 18 DIGIT',
      'NO NIP',
      'NOMOR NIP',
      'NIP PESERTA',
      'NIP NIPPPK',
      'NIP NI PPPK',
    ],
    keywords: [/\bNIP\b/, /\bNOMOR INDUK PEGAWAI\b/],
    // The 9-digit NIP of before 2003 and the NIP of a superior are not the candidate's NIP.
    excludes: [/\bNIP LAMA\b/, /\bATASAN\b/, /\bPENILAI\b/],
  },
  {
    field: 'name',
    label: 'Nama',
    required: true,
    synonyms: [
      'NAMA',
      'NAMA LENGKAP',
      'NAMA PESERTA',
      'NAMA PEGAWAI',
      'NAMA ASN',
      'NAMA LENGKAP DENGAN GELAR',
      'NAMA DAN GELAR',
      'NAMA GELAR',
      'NAMA LENGKAP DAN GELAR',
    ],
    keywords: [/^NAMA\b/],
    excludes: [/\b(?:JABATAN|UNIT|OPD|SKPD|INSTANSI|DINAS|PERANGKAT|ATASAN|PENILAI|SEKOLAH|KANTOR|BIDANG)\b/],
  },
  {
    field: 'gender',
    label: 'Jenis Kelamin',
    required: false,
    synonyms: ['JENIS KELAMIN', 'JK', 'L P', 'KELAMIN', 'GENDER', 'SEX', 'LP'],
    keywords: [/\bKELAMIN\b/],
  },
  {
    field: 'birthDate',
    label: 'Tanggal Lahir',
    required: false,
    synonyms: ['TANGGAL LAHIR', 'TGL LAHIR', 'TEMPAT TANGGAL LAHIR', 'TEMPAT TGL LAHIR', 'TTL'],
    keywords: [/\b(?:TANGGAL|TGL) LAHIR\b/],
  },
  {
    field: 'grade',
    label: 'Pangkat/Gol. Ruang',
    required: false,
    synonyms: [
      'PANGKAT GOL RUANG',
      'PANGKAT GOLONGAN RUANG',
      'PANGKAT GOLONGAN',
      'PANGKAT GOL',
      'GOL RUANG',
      'GOLONGAN RUANG',
      'GOL',
      'GOLONGAN',
      'GOL RU',
    ],
    keywords: [/\bGOL(?:ONGAN)?\b/, /^PANGKAT\b/],
    excludes: [/\bTMT\b/, /\bMASA KERJA\b/, /\bMKG\b/, /\bDARAH\b/],
  },
  {
    field: 'position',
    label: 'Jabatan',
    required: false,
    synonyms: ['JABATAN', 'NAMA JABATAN', 'JABATAN SAAT INI', 'JABATAN SEKARANG', 'JABATAN TERAKHIR'],
    keywords: [/\bJABATAN\b/],
    excludes: [/\bTMT\b/, /\bJENJANG\b/, /\bJENIS\b/, /\bESELON\b/, /\bLEVEL\b/, /\bTINGKAT\b/, /\bATASAN\b/],
  },
  {
    field: 'positionLevel',
    label: 'Jenjang Jabatan',
    required: false,
    synonyms: [
      'JENJANG',
      'JENJANG JABATAN',
      'ESELON',
      'ESELON JENJANG',
      'JENJANG ESELON',
      'LEVEL JABATAN',
      'TINGKAT JABATAN',
    ],
    keywords: [/\bJENJANG\b/, /\bESELON\b/],
    excludes: [/\bTMT\b/],
  },
  {
    field: 'unit',
    label: 'Unit Kerja / Perangkat Daerah',
    required: false,
    synonyms: [
      'UNIT KERJA PERANGKAT DAERAH',
      'PERANGKAT DAERAH',
      'UNIT KERJA',
      'OPD',
      'SKPD',
      'INSTANSI',
      'ASAL INSTANSI',
      'ASAL OPD',
      'NAMA OPD',
      'UNOR',
      'UNIT ORGANISASI',
      'SATUAN KERJA',
      'SATKER',
      'INSTANSI UNIT KERJA',
    ],
    keywords: [/\b(?:UNIT KERJA|PERANGKAT DAERAH|OPD|SKPD|INSTANSI|UNOR|SATKER)\b/],
  },
  {
    field: 'phone',
    label: 'No. HP',
    required: false,
    synonyms: [
      'NO HP',
      'NOMOR HP',
      'HP',
      'NO TELP',
      'TELEPON',
      'TELP',
      'NO TELEPON',
      'NO WA',
      'WHATSAPP',
      'NO HP WA',
    ],
    keywords: [/\b(?:HP|TELP|TELEPON|TLP|WA|WHATSAPP|HANDPHONE|PONSEL)\b/],
  },
  {
    field: 'email',
    label: 'Email',
    required: false,
    synonyms: ['EMAIL', 'E MAIL', 'ALAMAT EMAIL', 'SUREL', 'ALAMAT SUREL'],
    keywords: [/\b(?:EMAIL|E MAIL|SUREL)\b/],
  },
];

export const FIELD_SPEC: Readonly<Record<RosterField, RosterFieldSpec>> = Object.fromEntries(
  ROSTER_FIELD_SPECS.map((spec) => [spec.field, spec]),
) as Record<RosterField, RosterFieldSpec>;

/**
 * "Nama Lengkap (dengan gelar)" → "NAMA LENGKAP DENGAN GELAR"; "PANGKAT/GOL. RUANG" →
 * "PANGKAT GOL RUANG"; "E-mail" → "E MAIL". Line breaks inside a header cell count as spaces.
 */
export function normaliseHeader(text: string): string {
  return text
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim();
}

export interface HeaderMatch {
  field: RosterField;
  /** 3: a synonym, written exactly; 2: a keyword inside a longer header. */
  score: 2 | 3;
}

/** Which field a header names, if any. */
export function matchHeader(text: string): HeaderMatch | null {
  const header = normaliseHeader(text);
  if (header === '' || header.length > 80) return null;
  for (const spec of ROSTER_FIELD_SPECS) {
    if (spec.synonyms.includes(header)) return { field: spec.field, score: 3 };
  }
  for (const spec of ROSTER_FIELD_SPECS) {
    if (spec.excludes?.some((pattern) => pattern.test(header))) continue;
    if (spec.keywords.some((pattern) => pattern.test(header))) return { field: spec.field, score: 2 };
  }
  return null;
}

/**
 * Maps header cells to fields: each field goes to its best-matching column (the leftmost on a
 * tie), so a file with both "PANGKAT" and "GOL. RUANG" takes the golongan column for the grade.
 */
export function mapHeaders(headers: readonly string[]): Map<RosterField, number> {
  const best = new Map<RosterField, { index: number; score: number }>();
  headers.forEach((text, index) => {
    const match = matchHeader(text);
    if (!match) return;
    const score = match.score + (match.field === 'grade' && /GOL/.test(normaliseHeader(text)) ? 0.5 : 0);
    const current = best.get(match.field);
    if (!current || score > current.score) best.set(match.field, { index, score });
  });
  return new Map([...best].map(([field, { index }]) => [field, index]));
}
