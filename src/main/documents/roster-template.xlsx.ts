/**
 * The roster template handed to agencies: instructions first, then the list with its NIP and
 * phone columns formatted as text (so Excel never turns an NIP into a rounded number), drop-down
 * lists for golongan, jenjang and gender, and one example row the import passes over.
 */
import ExcelJS from 'exceljs';
import { formatGrade, GRADES } from '../../shared/domain/grades';
import { POSITION_LEVELS } from '../../shared/domain/positions';
import { addValidation, STYLE } from './workbook-styles';

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

function addInstructions(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet('Petunjuk');
  sheet.columns = [{ width: 4 }, { width: 110, style: STYLE.wrap }];
  const title = sheet.getCell('A1');
  title.value = 'Petunjuk Pengisian Daftar Peserta Asesmen Kompetensi';
  title.style = STYLE.title;
  INSTRUCTIONS.forEach((text, i) => {
    const row = sheet.getRow(i + 3);
    row.getCell(1).value = `${i + 1}.`;
    row.getCell(2).value = text;
    row.getCell(2).style = STYLE.wrap;
  });
}

/** NIP, birth date and phone: text columns. */
const TEXT_COLUMNS = new Set([2, 5, 10]);

function addRoster(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet(TEMPLATE_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  const widths = [8, 22, 36, 12, 14, 26, 36, 18, 36, 16, 28];
  sheet.columns = widths.map((width, i) =>
    TEXT_COLUMNS.has(i + 1) ? { width, style: STYLE.text } : { width },
  );
  TEMPLATE_HEADERS.forEach((text, i) => {
    const cell = sheet.getRow(1).getCell(i + 1);
    cell.value = text;
    cell.style = STYLE.header;
  });
  EXAMPLE.forEach((text, i) => {
    const cell = sheet.getRow(2).getCell(i + 1);
    cell.value = text;
    cell.style = TEXT_COLUMNS.has(i + 1) ? STYLE.text : STYLE.note;
  });

  const column = (letter: string) => `${letter}2:${letter}${LAST_ROW}`;
  // Excel only warns on these (errorStyle "warning") and lets the value through: the import
  // checks everything again and says what is wrong in its own words.
  const common = { allowBlank: true, showErrorMessage: true, errorStyle: 'warning' } as const;
  addValidation(sheet, column('B'), {
    ...common,
    type: 'textLength',
    operator: 'equal',
    formulae: [18],
    error: 'NIP harus 18 digit tanpa spasi, misalnya 198609262015051001.',
    showInputMessage: true,
    prompt: 'NIP 18 digit (kolom ini berformat Teks).',
  });
  addValidation(sheet, column('D'), {
    ...common,
    type: 'list',
    formulae: ['"L,P"'],
    showInputMessage: true,
    prompt: 'L = laki-laki, P = perempuan. Boleh kosong.',
  });
  addValidation(sheet, column('F'), {
    ...common,
    type: 'list',
    formulae: [`${LISTS_SHEET}!$A$2:$A$${GRADES.length + 1}`],
    showInputMessage: true,
    prompt: 'Kosongkan untuk PPPK.',
  });
  addValidation(sheet, column('H'), {
    ...common,
    type: 'list',
    formulae: [`${LISTS_SHEET}!$B$2:$B$${POSITION_LEVELS.length + 1}`],
  });
}

function addLists(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet(LISTS_SHEET, { state: 'hidden' });
  sheet.addRow(['Golongan', 'Jenjang']);
  const length = Math.max(GRADES.length, POSITION_LEVELS.length);
  for (let i = 0; i < length; i++) {
    const grade = GRADES[i];
    sheet.addRow([grade ? formatGrade(grade.code) : null, POSITION_LEVELS[i]?.level ?? null]);
  }
}

export function buildRosterTemplate(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  addInstructions(workbook);
  addRoster(workbook);
  addLists(workbook);
  return workbook;
}

/** Writes the template to `path` (callers hand a temporary path and rename it when done). */
export async function renderRosterTemplate(path: string): Promise<void> {
  await buildRosterTemplate().xlsx.writeFile(path);
}
