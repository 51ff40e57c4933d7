/**
 * The paper score sheet of one assessor: their candidates × methods down, the competencies
 * across (a level column with a 1–5 drop-down and an evidence column each), identities locked by
 * sheet protection, a hidden column with the sheet id and a very hidden sheet describing the
 * layout, so the import finds every value again even after Excel has re-saved the file.
 *
 * Pure: a view-model in, a workbook out. exceljs cannot lock the workbook structure
 * (`<workbookProtection lockStructure>`): sheets can be renamed or added, and the import then
 * refuses a sheet whose data sheet it cannot find, instead of Excel preventing it.
 */
import ExcelJS from 'exceljs';
import { columnLetter } from '../services/roster/sheet-grid';
import { addValidation, STYLE } from './workbook-styles';

export const SCORE_SHEET_FORMAT = 'asesa-score-sheet/1';
export const DATA_SHEET = 'Penilaian';
export const META_SHEET = 'asesa-meta';
export const HEADER_ROW = 6;
/** Identity columns A–G: no, participant no, NIP, name, unit, method, status. */
export const IDENTITY_COLUMNS = 7;
export const COLUMN_NIP = 3;
export const COLUMN_PARTICIPANT_NO = 2;
export const COLUMN_METHOD = 6;

export interface ScoreSheetCompetency {
  id: number;
  code: string;
  name: string;
  levels: ReadonlyArray<{ level: number; title: string; description: string }>;
}

export interface ScoreSheetRow {
  assignmentId: number;
  participantNo: string;
  nip: string;
  name: string;
  unit: string;
  methodCode: string;
  methodName: string;
  submitted: boolean;
  /** Ids of the competencies this row's method rates. */
  rates: ReadonlySet<number>;
}

export interface ScoreSheetView {
  program: { id: number; code: string; name: string };
  assessor: { id: number; name: string };
  /** ISO instant, kept in the layout sheet. */
  generatedAt: string;
  /** The same instant for people, e.g. "25 Februari 2023 pukul 08.00". */
  generatedAtText: string;
  competencies: readonly ScoreSheetCompetency[];
  rows: readonly ScoreSheetRow[];
}

/** Where the import finds things: written into the layout sheet, read back from it. */
export interface ScoreSheetLayout {
  headerRow: number;
  idColumn: number;
  competencies: ReadonlyArray<{ id: number; code: string; levelColumn: number; evidenceColumn: number }>;
}

export function scoreSheetLayout(
  competencies: ReadonlyArray<{ id: number; code: string }>,
): ScoreSheetLayout {
  return {
    headerRow: HEADER_ROW,
    idColumn: IDENTITY_COLUMNS + 2 * competencies.length + 1,
    competencies: competencies.map((c, i) => ({
      id: c.id,
      code: c.code,
      levelColumn: IDENTITY_COLUMNS + 2 * i + 1,
      evidenceColumn: IDENTITY_COLUMNS + 2 * i + 2,
    })),
  };
}

const cellRef = (column: number, row: number) => `${columnLetter(column)}${row}`;

type Style = Partial<ExcelJS.Style>;
interface Cell {
  value: string | number | null;
  style?: Style;
}

function putRows(sheet: ExcelJS.Worksheet, rows: ReadonlyArray<ReadonlyArray<Cell> | null>): void {
  rows.forEach((cells, i) => {
    if (!cells) return;
    const row = sheet.getRow(i + 1);
    cells.forEach((cell, c) => {
      const target = row.getCell(c + 1);
      if (cell.value !== null && cell.value !== '') target.value = cell.value;
      if (cell.style) target.style = cell.style;
    });
  });
}

function setWidths(sheet: ExcelJS.Worksheet, columns: ReadonlyArray<{ width: number; hidden?: boolean }>) {
  sheet.columns = columns.map((c) => ({ width: c.width, hidden: c.hidden === true }));
}

// Protected without a password: it stops accidental edits of identities; the import checks
// identities anyway, so a password would add friction and no safety. Columns and rows may still
// be resized, which a paper-fallback user needs. (exceljs's options say what stays allowed.)
async function protect(sheet: ExcelJS.Worksheet): Promise<void> {
  await sheet.protect('', { objects: false, scenarios: false, formatColumns: true, formatRows: true });
}

const MARGINS = { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 };

async function addDataSheet(
  workbook: ExcelJS.Workbook,
  view: ScoreSheetView,
  layout: ScoreSheetLayout,
): Promise<void> {
  const lastRow = HEADER_ROW + view.rows.length;
  const sheet = workbook.addWorksheet(DATA_SHEET, {
    views: [
      {
        state: 'frozen',
        xSplit: IDENTITY_COLUMNS - 3, // keep no … name in view
        ySplit: HEADER_ROW,
        topLeftCell: cellRef(IDENTITY_COLUMNS - 2, HEADER_ROW + 1),
        activeCell: cellRef(IDENTITY_COLUMNS + 1, HEADER_ROW + 1),
        tabSelected: true,
      } as Partial<ExcelJS.WorksheetView>,
    ],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: MARGINS,
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
    },
  });
  const text = (value: string, style: Style = {}): Cell => ({ value, style });

  const header: Cell[] = ['No', 'No. Peserta', 'NIP', 'Nama', 'Unit Kerja', 'Metode', 'Status'].map((h) =>
    text(h, STYLE.header),
  );
  for (const c of view.competencies) {
    header.push(text(`${c.code} ${c.name}`, STYLE.header), text(`Bukti ${c.code}`, STYLE.header));
  }
  header.push(text('ID (jangan diubah)', STYLE.header));
  const centredHeader = { ...STYLE.header, alignment: { ...STYLE.header.alignment, horizontal: 'center' } };
  for (const cell of header) cell.style = centredHeader as Style;

  const body = view.rows.map((row, i): Cell[] => {
    const cells: Cell[] = [
      { value: i + 1, style: STYLE.centered },
      text(row.participantNo, STYLE.boxed),
      // Text, always: an 18-digit number loses its last digits in Excel.
      text(row.nip, STYLE.boxed),
      text(row.name, STYLE.boxed),
      text(row.unit, STYLE.boxed),
      text(row.methodCode, STYLE.boxed),
      text(row.submitted ? 'Sudah dikirim' : 'Terbuka', STYLE.boxed),
    ];
    for (const c of view.competencies) {
      const open = row.rates.has(c.id) && !row.submitted;
      cells.push(
        { value: null, style: open ? STYLE.input : STYLE.closed },
        { value: null, style: open ? STYLE.inputText : STYLE.closed },
      );
    }
    cells.push({ value: row.assignmentId, style: STYLE.centered });
    return cells;
  });

  putRows(sheet, [
    [text('LEMBAR PENILAIAN KOMPETENSI', STYLE.title)],
    [text(`Program: ${view.program.name} (${view.program.code})`, STYLE.bold)],
    [text(`Asesor: ${view.assessor.name}`, STYLE.bold)],
    [text(`Dibuat ${view.generatedAtText}. Baca lembar "Petunjuk" sebelum mengisi.`, STYLE.note)],
    [
      text(
        'Isi level 1–5 di sel kuning; sel kosong berarti belum dinilai. Level 1 atau 5 wajib disertai catatan bukti perilaku di kolom "Bukti" di sebelahnya. Sel abu-abu tidak dinilai.',
        STYLE.note,
      ),
    ],
    header,
    ...body,
  ]);
  sheet.getRow(HEADER_ROW).height = 45;

  setWidths(sheet, [
    { width: 5 },
    { width: 11 },
    { width: 21 },
    { width: 30 },
    { width: 26 },
    { width: 9 },
    { width: 13 },
    ...view.competencies.flatMap(() => [{ width: 11 }, { width: 28 }]),
    { width: 8, hidden: true },
  ]);

  if (view.rows.length > 0) {
    const first = HEADER_ROW + 1;
    for (const c of layout.competencies) {
      addValidation(sheet, `${cellRef(c.levelColumn, first)}:${cellRef(c.levelColumn, lastRow)}`, {
        type: 'list',
        allowBlank: true,
        formulae: ['"1,2,3,4,5"'],
        showInputMessage: true,
        promptTitle: 'Level',
        prompt: 'Pilih level 1–5. Kosong = belum dinilai.',
        showErrorMessage: true,
        errorTitle: 'Level tidak valid',
        error: 'Level harus 1, 2, 3, 4, atau 5.',
      });
      addValidation(sheet, `${cellRef(c.evidenceColumn, first)}:${cellRef(c.evidenceColumn, lastRow)}`, {
        type: 'textLength',
        operator: 'lessThanOrEqual',
        allowBlank: true,
        formulae: [2000],
        showErrorMessage: true,
        error: 'Catatan bukti paling banyak 2000 karakter.',
      });
    }
  }
  await protect(sheet);
}

const INSTRUCTIONS = [
  'Lembar ini khusus untuk asesor yang namanya tertera di lembar "Penilaian". Jangan menukar lembar antarasesor.',
  'Satu baris adalah satu peserta pada satu metode. Nomor peserta, NIP, nama, unit kerja, dan metode terkunci dan tidak boleh diubah; kolom ID tersembunyi dipakai Asesa untuk mencocokkan baris.',
  'Isi level 1, 2, 3, 4, atau 5 di sel kuning, sesuai deskripsi level di lembar "Deskripsi Level". Sel kosong berarti "belum dinilai", bukan nilai rendah.',
  'Level 1 atau 5 wajib disertai catatan bukti perilaku di kolom "Bukti" di sebelahnya. Lembar tidak dapat dikirim selama level 1 atau 5 belum berbukti.',
  'Sel abu-abu: kompetensi tersebut tidak dinilai melalui metode pada baris itu, atau lembar peserta itu sudah dikirim.',
  'Mengosongkan sel tidak menghapus nilai yang sudah tersimpan di Asesa. Untuk mengubah nilai yang sudah dikirim, minta asesor ketua membuka kembali lembarnya.',
  'Jangan menyisipkan, menghapus, atau mengurutkan baris dan kolom. Jangan menyalin baris dari lembar asesor lain.',
  'Simpan sebagai Buku Kerja Excel (.xlsx), lalu serahkan ke operator untuk diimpor. Mengimpor berkas yang sama dua kali tidak mengubah apa pun.',
];

async function addInstructions(workbook: ExcelJS.Workbook, view: ScoreSheetView): Promise<void> {
  const sheet = workbook.addWorksheet('Petunjuk', { pageSetup: { margins: MARGINS } });
  setWidths(sheet, [{ width: 4 }, { width: 110 }]);
  putRows(sheet, [
    [{ value: 'Petunjuk Pengisian Lembar Penilaian', style: STYLE.title }],
    [{ value: `${view.program.name} — asesor ${view.assessor.name}`, style: STYLE.bold }],
    null,
    ...INSTRUCTIONS.map((line, i): Cell[] => [
      { value: `${i + 1}.`, style: STYLE.wrap },
      { value: line, style: STYLE.wrap },
    ]),
  ]);
  await protect(sheet);
}

async function addLevels(workbook: ExcelJS.Workbook, view: ScoreSheetView): Promise<void> {
  const sheet = workbook.addWorksheet('Deskripsi Level', { pageSetup: { margins: MARGINS } });
  setWidths(sheet, [{ width: 8 }, { width: 34 }, { width: 7 }, { width: 80 }]);
  const rows: Array<Cell[] | null> = [
    [{ value: 'Deskripsi Level Kompetensi', style: STYLE.title }],
    null,
    ['Kode', 'Kompetensi', 'Level', 'Deskripsi'].map((h) => ({ value: h, style: STYLE.header })),
  ];
  for (const c of view.competencies) {
    for (const level of c.levels) {
      rows.push([
        { value: c.code, style: STYLE.boxed },
        { value: c.name, style: STYLE.boxed },
        { value: level.level, style: STYLE.centered },
        { value: `${level.title}. ${level.description}`, style: STYLE.boxed },
      ]);
    }
  }
  putRows(sheet, rows);
  await protect(sheet);
}

/** Key/value rows, then one row per competency column: what the import reads back. */
async function addMeta(
  workbook: ExcelJS.Workbook,
  view: ScoreSheetView,
  layout: ScoreSheetLayout,
): Promise<void> {
  // "veryHidden": Excel's menus cannot show it, so nobody edits the layout by accident.
  const sheet = workbook.addWorksheet(META_SHEET, { state: 'veryHidden' });
  sheet.addRows([
    ['format', SCORE_SHEET_FORMAT],
    ['programId', view.program.id],
    ['programCode', view.program.code],
    ['assessorId', view.assessor.id],
    ['generatedAt', view.generatedAt],
    ['rows', view.rows.length],
    ['headerRow', layout.headerRow],
    ['idColumn', layout.idColumn],
    ...layout.competencies.map((c) => ['competency', c.id, c.code, c.levelColumn, c.evidenceColumn]),
  ]);
  await protect(sheet);
}

export async function buildScoreSheet(view: ScoreSheetView): Promise<ExcelJS.Workbook> {
  const layout = scoreSheetLayout(view.competencies);
  const workbook = new ExcelJS.Workbook();
  await addDataSheet(workbook, view, layout);
  await addInstructions(workbook, view);
  await addLevels(workbook, view);
  await addMeta(workbook, view, layout);
  return workbook;
}

/** Writes the sheet to `path` (callers hand a temporary path and rename it when done). */
export async function renderScoreSheet(view: ScoreSheetView, path: string): Promise<void> {
  await (await buildScoreSheet(view)).xlsx.writeFile(path);
}
