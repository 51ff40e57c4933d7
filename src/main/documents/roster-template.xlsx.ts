/**
 * The roster template handed to agencies: instructions first, then the list with its NIP and
 * phone columns formatted as text (so Excel never turns an NIP into a rounded number), drop-down
 * lists for golongan, jenjang and gender, and one example row the import passes over.
 */
import { writeFileSync } from 'node:fs';
import { formatGrade, GRADES } from '../../shared/domain/grades';
import { POSITION_LEVELS } from '../../shared/domain/positions';
import { buildXlsx, type XlsxCell, type XlsxSheetSpec } from './xlsx/xlsx-writer';

export const TEMPLATE_SHEET = 'Daftar Peserta';
const LISTS_SHEET = 'Pilihan';
/** Rows the validations cover: more than any one agency sends. */
const LAST_ROW = 2000;

export const TEMPLATE_HEADERS = [
  'NO',
  'NIP',
  'NAMA LENGKAP (DENGAN GELAR)',
  'JENIS KELAMIN (L/P)',
  'TANGGAL LAHIR',
  'PANGKAT/GOL. RUANG',
  'JABATAN',
  'JENJANG JABATAN',
  'UNIT KERJA / PERANGKAT DAERAH',
  'NO. HP',
  'EMAIL',
] as const;

const EXAMPLE = [
  'Contoh',
  '198609262015051001',
  'Dra. Hj. Siti Aminah, M.Si.',
  'P',
  '26-09-1986',
  'Penata Tingkat I (III/d)',
  'Kepala Subbagian Umum dan Kepegawaian',
  'Pengawas',
  'Dinas Komunikasi dan Informatika',
  '081234567890',
  'siti.aminah@contoh.go.id',
];

const INSTRUCTIONS = [
  `Isi data peserta di lembar "${TEMPLATE_SHEET}", satu baris untuk satu peserta, di bawah baris contoh. Baris contoh (bertanda "Contoh") tidak ikut diimpor; boleh dihapus.`,
  'NIP: 18 digit tanpa spasi, misalnya 198609262015051001. Kolom NIP sudah berformat Teks: jangan ubah formatnya. Excel membulatkan angka 18 digit sehingga digit terakhir NIP hilang tanpa peringatan.',
  'Saat menyalin NIP dari berkas lain, gunakan Tempel Khusus → Nilai (Paste Special → Values) agar format Teks tetap terjaga.',
  'Nama lengkap ditulis persis dengan gelarnya, misalnya "Dra. Hj. Siti Aminah, M.Si." atau "dr. Rina Kartika".',
  'Jenis kelamin (L/P) dan tanggal lahir boleh dikosongkan: keduanya dibaca dari NIP.',
  'Pangkat/Gol. Ruang: pilih dari daftar, atau tulis golongannya saja (misalnya III/a). Kosongkan untuk PPPK.',
  'Jenjang jabatan: pilih dari daftar (JPT Pratama, Administrator, Pengawas, Pelaksana, Ahli Madya/Muda/Pertama, Penyelia/Mahir/Terampil/Pemula).',
  'Unit kerja / perangkat daerah: tulis nama lengkapnya, misalnya "Dinas Komunikasi dan Informatika".',
  'No. HP dan email boleh dikosongkan.',
  'Simpan sebagai Buku Kerja Excel (.xlsx) tanpa kata sandi, lalu kirimkan ke panitia.',
];

function instructionsSheet(): XlsxSheetSpec {
  return {
    name: 'Petunjuk',
    columns: [{ width: 4 }, { width: 110, style: 'wrap' }],
    rows: [
      [{ value: 'Petunjuk Pengisian Daftar Peserta Asesmen Kompetensi', style: 'title' }],
      null,
      ...INSTRUCTIONS.map((text, i) => [`${i + 1}.`, { value: text, style: 'wrap' } as XlsxCell]),
    ],
  };
}

function rosterSheet(): XlsxSheetSpec {
  const column = (letter: string) => `${letter}2:${letter}${LAST_ROW}`;
  return {
    name: TEMPLATE_SHEET,
    frozenRows: 1,
    columns: [
      { width: 8 },
      { width: 22, style: 'text' },
      { width: 36 },
      { width: 12 },
      { width: 14, style: 'text' },
      { width: 26 },
      { width: 36 },
      { width: 18 },
      { width: 36 },
      { width: 16, style: 'text' },
      { width: 28 },
    ],
    rows: [
      TEMPLATE_HEADERS.map((value): XlsxCell => ({ value, style: 'header' })),
      EXAMPLE.map((value, i): XlsxCell => ({
        value,
        style: i === 1 || i === 4 || i === 9 ? 'text' : 'note',
      })),
    ],
    validations: [
      {
        range: column('B'),
        textLength: 18,
        error: 'NIP harus 18 digit tanpa spasi, misalnya 198609262015051001.',
        prompt: 'NIP 18 digit (kolom ini berformat Teks).',
      },
      { range: column('D'), list: '"L,P"', prompt: 'L = laki-laki, P = perempuan. Boleh kosong.' },
      {
        range: column('F'),
        list: `${LISTS_SHEET}!$A$2:$A$${GRADES.length + 1}`,
        prompt: 'Kosongkan untuk PPPK.',
      },
      { range: column('H'), list: `${LISTS_SHEET}!$B$2:$B$${POSITION_LEVELS.length + 1}` },
    ],
  };
}

function listsSheet(): XlsxSheetSpec {
  const length = Math.max(GRADES.length, POSITION_LEVELS.length);
  return {
    name: LISTS_SHEET,
    hidden: true,
    rows: [
      ['Golongan', 'Jenjang'],
      ...Array.from({ length }, (_, i) => [
        GRADES[i] ? formatGrade(GRADES[i].code) : null,
        POSITION_LEVELS[i]?.level ?? null,
      ]),
    ],
  };
}

export function buildRosterTemplate(): Buffer {
  return buildXlsx([instructionsSheet(), rosterSheet(), listsSheet()]);
}

/** Writes the template to `path` (callers hand a temporary path and rename it when done). */
export async function renderRosterTemplate(path: string): Promise<void> {
  writeFileSync(path, buildRosterTemplate());
}
