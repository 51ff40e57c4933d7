/**
 * The paper score sheet of one assessor: their candidates × methods down, the competencies
 * across (a level column with a 1–5 drop-down and an evidence column each), identities locked by
 * sheet protection, a hidden column with the sheet id and a very hidden sheet describing the
 * layout, so the import finds every value again even after Excel has re-saved the file.
 *
 * Pure: a view-model in, bytes out. The roster template's writer has no sheet protection,
 * unlocked cells or hidden columns, so this document writes its own worksheet XML on the same
 * zip writer.
 */
import { cellRef, escapeXml } from './xlsx/xlsx-writer';
import { zip } from './xlsx/zip-writer';

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

// Cell styles (index into cellXfs below).
const S = {
  default: 0,
  title: 1,
  note: 2,
  header: 3,
  identity: 4,
  level: 5,
  evidence: 6,
  closed: 7,
  wrap: 8,
  centered: 9,
  bold: 10,
} as const;

const STYLES_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<fonts count="4"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="14"/><name val="Calibri"/></font><font><i/><sz val="10"/><color rgb="FF555555"/><name val="Calibri"/></font></fonts>
<fills count="5"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFF2CC"/><bgColor indexed="64"/></patternFill></fill><fill><patternFill patternType="solid"><fgColor rgb="FFD9D9D9"/><bgColor indexed="64"/></patternFill></fill></fills>
<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="11">
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>
<xf numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="0" applyFont="1"/>
<xf numFmtId="49" fontId="1" fillId="2" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>
<xf numFmtId="49" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>
<xf numFmtId="0" fontId="1" fillId="3" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1" applyProtection="1"><alignment horizontal="center" vertical="top"/><protection locked="0"/></xf>
<xf numFmtId="49" fontId="0" fillId="3" borderId="1" xfId="0" applyNumberFormat="1" applyFill="1" applyBorder="1" applyAlignment="1" applyProtection="1"><alignment vertical="top" wrapText="1"/><protection locked="0"/></xf>
<xf numFmtId="0" fontId="0" fillId="4" borderId="1" xfId="0" applyFill="1" applyBorder="1"/>
<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>
<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="top"/></xf>
<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>
</cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>`;

type Value = string | number | null;
interface Cell {
  value: Value;
  style?: number;
}

function cellXml(column: number, row: number, cell: Cell): string {
  const ref = cellRef(column, row);
  const s = cell.style ? ` s="${cell.style}"` : '';
  if (cell.value === null || cell.value === '') return s ? `<c r="${ref}"${s}/>` : '';
  if (typeof cell.value === 'number') return `<c r="${ref}"${s}><v>${cell.value}</v></c>`;
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(cell.value)}</t></is></c>`;
}

function rowsXml(
  rows: ReadonlyArray<ReadonlyArray<Cell> | null>,
  heights: ReadonlyMap<number, number> = new Map(),
): string {
  const out: string[] = [];
  rows.forEach((cells, i) => {
    if (!cells) return;
    const r = i + 1;
    const body = cells.map((cell, c) => cellXml(c + 1, r, cell)).join('');
    const height = heights.get(r);
    const ht = height ? ` ht="${height}" customHeight="1"` : '';
    if (body || ht) out.push(`<row r="${r}"${ht}>${body}</row>`);
  });
  return `<sheetData>${out.join('')}</sheetData>`;
}

function colsXml(columns: ReadonlyArray<{ width: number; hidden?: boolean }>): string {
  const cols = columns.map(
    (col, i) =>
      `<col min="${i + 1}" max="${i + 1}" width="${col.width}" customWidth="1"${col.hidden ? ' hidden="1"' : ''}/>`,
  );
  return `<cols>${cols.join('')}</cols>`;
}

// Protected without a password: it stops accidental edits of identities; the import checks
// identities anyway, so a password would add friction and no safety. Columns and rows may still
// be resized, which a paper-fallback user needs.
const PROTECTION = '<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0"/>';
const WORKSHEET_OPEN =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';
const MARGINS = '<pageMargins left="0.4" right="0.4" top="0.5" bottom="0.5" header="0.3" footer="0.3"/>';

function dataSheetXml(view: ScoreSheetView, layout: ScoreSheetLayout): string {
  const lastColumn = layout.idColumn;
  const lastRow = HEADER_ROW + view.rows.length;
  const text = (value: string, style: number = S.default): Cell => ({ value, style });

  const header: Cell[] = ['No', 'No. Peserta', 'NIP', 'Nama', 'Unit Kerja', 'Metode', 'Status'].map((h) =>
    text(h, S.header),
  );
  for (const c of view.competencies) {
    header.push(text(`${c.code} ${c.name}`, S.header), text(`Bukti ${c.code}`, S.header));
  }
  header.push(text('ID (jangan diubah)', S.header));

  const body = view.rows.map((row, i): Cell[] => {
    const cells: Cell[] = [
      { value: i + 1, style: S.centered },
      text(row.participantNo, S.identity),
      // Text, always: an 18-digit number loses its last digits in Excel.
      text(row.nip, S.identity),
      text(row.name, S.identity),
      text(row.unit, S.identity),
      text(row.methodCode, S.identity),
      text(row.submitted ? 'Sudah dikirim' : 'Terbuka', S.identity),
    ];
    for (const c of view.competencies) {
      const open = row.rates.has(c.id) && !row.submitted;
      cells.push(
        { value: null, style: open ? S.level : S.closed },
        { value: null, style: open ? S.evidence : S.closed },
      );
    }
    cells.push({ value: row.assignmentId, style: S.centered });
    return cells;
  });

  const rows: Array<Cell[] | null> = [
    [text('LEMBAR PENILAIAN KOMPETENSI', S.title)],
    [text(`Program: ${view.program.name} (${view.program.code})`, S.bold)],
    [text(`Asesor: ${view.assessor.name}`, S.bold)],
    [text(`Dibuat ${view.generatedAtText}. Baca lembar "Petunjuk" sebelum mengisi.`, S.note)],
    [
      text(
        'Isi level 1–5 di sel kuning; sel kosong berarti belum dinilai. Level 1 atau 5 wajib disertai catatan bukti perilaku di kolom "Bukti" di sebelahnya. Sel abu-abu tidak dinilai.',
        S.note,
      ),
    ],
    header,
    ...body,
  ];

  const columns = [
    { width: 5 },
    { width: 11 },
    { width: 21 },
    { width: 30 },
    { width: 26 },
    { width: 9 },
    { width: 13 },
    ...view.competencies.flatMap(() => [{ width: 11 }, { width: 28 }]),
    { width: 8, hidden: true },
  ];

  const validations: string[] = [];
  if (view.rows.length > 0 && view.competencies.length > 0) {
    const first = HEADER_ROW + 1;
    const levelRanges = layout.competencies
      .map((c) => `${cellRef(c.levelColumn, first)}:${cellRef(c.levelColumn, lastRow)}`)
      .join(' ');
    const evidenceRanges = layout.competencies
      .map((c) => `${cellRef(c.evidenceColumn, first)}:${cellRef(c.evidenceColumn, lastRow)}`)
      .join(' ');
    validations.push(
      `<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" promptTitle="Level" prompt="${escapeXml('Pilih level 1–5. Kosong = belum dinilai.')}" errorTitle="Level tidak valid" error="${escapeXml('Level harus 1, 2, 3, 4, atau 5.')}" sqref="${levelRanges}"><formula1>"1,2,3,4,5"</formula1></dataValidation>`,
      `<dataValidation type="textLength" operator="lessThanOrEqual" allowBlank="1" showErrorMessage="1" error="${escapeXml('Catatan bukti paling banyak 2000 karakter.')}" sqref="${evidenceRanges}"><formula1>2000</formula1></dataValidation>`,
    );
  }

  const freezeAt = cellRef(IDENTITY_COLUMNS - 2, HEADER_ROW + 1); // keep no … name in view
  return [
    WORKSHEET_OPEN,
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>',
    `<dimension ref="A1:${cellRef(lastColumn, Math.max(lastRow, HEADER_ROW))}"/>`,
    `<sheetViews><sheetView tabSelected="1" workbookViewId="0"><pane xSplit="${IDENTITY_COLUMNS - 3}" ySplit="${HEADER_ROW}" topLeftCell="${freezeAt}" activePane="bottomRight" state="frozen"/><selection pane="bottomRight" activeCell="${cellRef(IDENTITY_COLUMNS + 1, HEADER_ROW + 1)}" sqref="${cellRef(IDENTITY_COLUMNS + 1, HEADER_ROW + 1)}"/></sheetView></sheetViews>`,
    colsXml(columns),
    rowsXml(rows, new Map([[HEADER_ROW, 45]])),
    PROTECTION,
    validations.length
      ? `<dataValidations count="${validations.length}">${validations.join('')}</dataValidations>`
      : '',
    MARGINS,
    '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>',
    '</worksheet>',
  ].join('');
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

function instructionsXml(view: ScoreSheetView): string {
  const rows: Array<Cell[] | null> = [
    [{ value: 'Petunjuk Pengisian Lembar Penilaian', style: S.title }],
    [{ value: `${view.program.name} — asesor ${view.assessor.name}`, style: S.bold }],
    null,
    ...INSTRUCTIONS.map((line, i): Cell[] => [
      { value: `${i + 1}.`, style: S.wrap },
      { value: line, style: S.wrap },
    ]),
  ];
  return [
    WORKSHEET_OPEN,
    colsXml([{ width: 4 }, { width: 110 }]),
    rowsXml(rows),
    PROTECTION,
    MARGINS,
    '</worksheet>',
  ].join('');
}

function levelsXml(view: ScoreSheetView): string {
  const rows: Array<Cell[] | null> = [
    [{ value: 'Deskripsi Level Kompetensi', style: S.title }],
    null,
    ['Kode', 'Kompetensi', 'Level', 'Deskripsi'].map((h) => ({ value: h, style: S.header })),
  ];
  for (const c of view.competencies) {
    for (const level of c.levels) {
      rows.push([
        { value: c.code, style: S.identity },
        { value: c.name, style: S.identity },
        { value: level.level, style: S.centered },
        { value: `${level.title}. ${level.description}`, style: S.identity },
      ]);
    }
  }
  return [
    WORKSHEET_OPEN,
    colsXml([{ width: 8 }, { width: 34 }, { width: 7 }, { width: 80 }]),
    rowsXml(rows),
    PROTECTION,
    MARGINS,
    '</worksheet>',
  ].join('');
}

/** Key/value rows, then one row per competency column: what the import reads back. */
function metaXml(view: ScoreSheetView, layout: ScoreSheetLayout): string {
  const rows: Array<Cell[] | null> = [
    [{ value: 'format' }, { value: SCORE_SHEET_FORMAT }],
    [{ value: 'programId' }, { value: view.program.id }],
    [{ value: 'programCode' }, { value: view.program.code }],
    [{ value: 'assessorId' }, { value: view.assessor.id }],
    [{ value: 'generatedAt' }, { value: view.generatedAt }],
    [{ value: 'rows' }, { value: view.rows.length }],
    [{ value: 'headerRow' }, { value: layout.headerRow }],
    [{ value: 'idColumn' }, { value: layout.idColumn }],
    ...layout.competencies.map((c): Cell[] => [
      { value: 'competency' },
      { value: c.id },
      { value: c.code },
      { value: c.levelColumn },
      { value: c.evidenceColumn },
    ]),
  ];
  return [WORKSHEET_OPEN, rowsXml(rows), PROTECTION, '</worksheet>'].join('');
}

/** The whole workbook as bytes. */
export function buildScoreSheet(view: ScoreSheetView): Buffer {
  const layout = scoreSheetLayout(view.competencies);
  const sheets = [
    { name: DATA_SHEET, xml: dataSheetXml(view, layout), state: '' },
    { name: 'Petunjuk', xml: instructionsXml(view), state: '' },
    { name: 'Deskripsi Level', xml: levelsXml(view), state: '' },
    // "veryHidden": Excel's menus cannot show it, so nobody edits the layout by accident.
    { name: META_SHEET, xml: metaXml(view, layout), state: ' state="veryHidden"' },
  ];
  const n = sheets.length;
  const contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets
    .map(
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join(
      '',
    )}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`;
  const rootRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const printTitles = `<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">${DATA_SHEET}!$${HEADER_ROW}:$${HEADER_ROW}</definedName></definedNames>`;
  // lockStructure: sheets cannot be added, removed, renamed or unhidden by accident.
  const workbook = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookProtection lockStructure="1"/><bookViews><workbookView activeTab="0"/></bookViews><sheets>${sheets
    .map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}"${s.state} r:id="rId${i + 1}"/>`)
    .join('')}</sheets>${printTitles}</workbook>`;
  const workbookRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
    .map(
      (_, i) =>
        `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    )
    .join(
      '',
    )}<Relationship Id="rId${n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;

  return zip([
    { name: '[Content_Types].xml', data: Buffer.from(contentTypes) },
    { name: '_rels/.rels', data: Buffer.from(rootRels) },
    { name: 'xl/workbook.xml', data: Buffer.from(workbook) },
    { name: 'xl/_rels/workbook.xml.rels', data: Buffer.from(workbookRels) },
    { name: 'xl/styles.xml', data: Buffer.from(STYLES_XML) },
    ...sheets.map((s, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: Buffer.from(s.xml) })),
  ]);
}
