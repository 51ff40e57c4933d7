import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../src/main/app';
import { writeResultsWorkbook } from '../../../src/main/documents/results-workbook/results-workbook';
import { buildResultsExportView } from '../../../src/main/services/results-export/export-view';
import type { ProgramResults } from '../../../src/shared/contract';
import { CATEGORY_LABELS } from '../../../src/shared/domain/categories';
import { formatGrade } from '../../../src/shared/domain/grades';
import { displayJpm } from '../../../src/shared/domain/jpm';
import { CANDIDATE_STATUS_LABELS } from '../../../src/shared/domain/ranking';
import { makeDataDir, removeDir } from '../../fixtures/data-dir';
import { ADMIN, caller } from '../../services/scoring/fixtures';
import { FORMULA_NAMES, seedExportProgram, type ExportProgram } from './export-fixture';
import {
  labelled,
  readWorkbook,
  recomputeDataHash,
  rowValues,
  sheetOf,
  valueOf,
  worksheetXml,
  type ReadValue,
} from './read-back';

const SHEETS = [
  'Rekapitulasi',
  'Detail Penilaian',
  'Rekap Perangkat Daerah',
  'Kehadiran',
  'Sertifikat',
  'Kesepakatan Penilai',
  'Informasi',
];
const FIRST_DATA_ROW = 6;

let dataDir: string;
let app: App;
let seeded: ExportProgram;
let results: ProgramResults;
let path: string;
let outcome: Awaited<ReturnType<typeof writeResultsWorkbook>>;
let workbook: ExcelJS.Workbook;

beforeAll(async () => {
  dataDir = makeDataDir();
  app = await createApp({ dataDir });
  seeded = await seedExportProgram(app);
  // What `results:list` (and so `asesa results`) answers.
  results = await caller(app).ok('results:list', { programId: seeded.programId }, ADMIN);
  const view = buildResultsExportView(app.db, seeded.programId, {
    generatedAt: new Date('2023-02-27T03:04:00.000Z'),
    generatedBy: 'admin (baris perintah)',
    appVersion: '9.9.9-test',
  });
  path = join(dataDir, 'hasil.xlsx');
  outcome = await writeResultsWorkbook(view, path);
  workbook = await readWorkbook(path);
});

afterAll(async () => {
  await app.close();
  removeDir(dataDir);
});

/** The Rekapitulasi row the agency should get for one candidate, built from the results alone. */
function expectedRow(index: number): ReadValue[] {
  const c = results.candidates[index]!;
  const certificate =
    c.candidateId === seeded.candidates[0]
      ? seeded.certificateNumbers.valid
      : c.candidateId === seeded.candidates[1]
        ? seeded.certificateNumbers.reissued
        : null;
  const below = c.competencies.filter((k) => k.gap !== null && k.gap < 0);
  return [
    index + 1,
    c.participantNo,
    seeded.nips.get(c.candidateId)!,
    c.name,
    formatGrade(c.grade) || null,
    c.position,
    c.positionLevel,
    c.unit || null,
    '25 Februari 2023',
    ...c.competencies.flatMap((k) => [k.standard, k.achieved, k.gap]),
    c.totalAchieved,
    c.totalStandard,
    c.jpm === null ? null : displayJpm(c.jpm) / 100,
    c.category ? `${CATEGORY_LABELS[c.category]} (${c.category})` : null,
    c.rank,
    c.passed === null ? '—' : c.passed ? 'Ya' : 'Tidak',
    CANDIDATE_STATUS_LABELS[c.status],
    c.assessors.length ? c.assessors.join('; ') : null,
    c.status !== 'complete'
      ? null
      : below.length
        ? expect.stringContaining(`${below[0]!.code} ${below[0]!.name} (gap ${below[0]!.gap})`)
        : expect.stringContaining('Semua kompetensi memenuhi standar'),
    certificate,
  ] as ReadValue[];
}

describe('the Rekapitulasi sheet', () => {
  it('has the seven sheets in order', () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual(SHEETS);
  });

  it('holds every candidate of `results:list`, in rank order, with every value equal', () => {
    const sheet = sheetOf(workbook, 'Rekapitulasi');
    const width = rowValues(sheet, 5).length;
    expect(results.candidates).toHaveLength(11);
    results.candidates.forEach((_, i) => {
      expect(rowValues(sheet, FIRST_DATA_ROW + i, width), `row of candidate ${i + 1}`).toEqual(
        expectedRow(i),
      );
    });
    expect(sheet.rowCount).toBe(FIRST_DATA_ROW + results.candidates.length - 1);
    // The ranked ones first, by rank: MS 118,5 %, MS 96,3 %, MMS 77,8 %, KMS 66,7 %.
    expect(results.candidates.slice(0, 4).map((c) => c.rank)).toEqual([1, 2, 3, 4]);
  });

  it('stores NIPs as text cells equal to the roster', () => {
    const sheet = sheetOf(workbook, 'Rekapitulasi');
    results.candidates.forEach((c, i) => {
      const cell = sheet.getRow(FIRST_DATA_ROW + i).getCell(3);
      expect(typeof cell.value).toBe('string');
      expect(cell.value).toBe(seeded.nips.get(c.candidateId));
      expect(cell.numFmt).toBe('@');
    });
  });

  it('groups each competency under a merged header and repeats the header rows when printed', () => {
    const sheet = sheetOf(workbook, 'Rekapitulasi');
    const groups = rowValues(sheet, 4);
    const merges = (sheet.model as unknown as { merges: string[] }).merges;
    expect(merges).toContain('A4:I4');
    results.competencies.forEach((k, i) => {
      const column = 10 + 3 * i;
      expect(groups[column - 1]).toBe(`${k.code} ${k.name}`);
      const from = sheet.getRow(4).getCell(column).address;
      const to = sheet.getRow(4).getCell(column + 2).address;
      expect(merges).toContain(`${from}:${to}`);
      expect(rowValues(sheet, 5).slice(column - 1, column + 2)).toEqual(['Standar', 'Capaian', 'Gap']);
    });
    expect(rowValues(sheet, 5).slice(0, 9)).toEqual([
      'No',
      'No. Peserta',
      'NIP',
      'Nama',
      'Pangkat/Golongan',
      'Jabatan',
      'Jenjang',
      'Unit/Perangkat Daerah',
      'Tanggal',
    ]);
    expect(rowValues(sheet, 5).slice(-10)).toEqual([
      'Total Capaian',
      'Total Standar',
      'JPM',
      'Kategori',
      'Peringkat',
      'Lulus',
      'Status',
      'Asesor',
      'Saran Pengembangan',
      'Nomor Sertifikat',
    ]);
  });

  it('prints on A4 landscape, fitted to the page width, header rows repeated; filters and frozen panes', () => {
    const sheet = sheetOf(workbook, 'Rekapitulasi');
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '4:5',
    });
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 5, xSplit: 4 });
    const filter = sheet.autoFilter as unknown as string;
    expect(filter).toMatch(/^A5:[A-Z]+5$/);
    for (const name of ['Detail Penilaian', 'Kehadiran', 'Sertifikat', 'Rekap Perangkat Daerah']) {
      const other = sheetOf(workbook, name);
      expect(other.pageSetup, name).toMatchObject({
        orientation: 'landscape',
        fitToWidth: 1,
        printTitlesRow: '4:4',
      });
      expect(other.views[0], name).toMatchObject({ state: 'frozen', ySplit: 4 });
    }
  });

  it('shows JPM as a percentage with one decimal that never reaches a category the raw value did not', () => {
    const sheet = sheetOf(workbook, 'Rekapitulasi');
    const jpmColumn = rowValues(sheet, 5).indexOf('JPM') + 1;
    results.candidates.forEach((c, i) => {
      const cell = sheet.getRow(FIRST_DATA_ROW + i).getCell(jpmColumn);
      if (c.jpm === null) {
        expect(cell.value).toBeNull();
        return;
      }
      expect(cell.numFmt).toBe('0.0%');
      // What Excel shows: the stored fraction as a percentage rounded to one decimal.
      const shown = Math.round((cell.value as number) * 1000) / 10;
      expect(shown).toBe(displayJpm(c.jpm));
      expect(shown).toBeLessThanOrEqual(c.jpm);
    });
    // 21 / 27 = 77,77… %: cut to 77,7, never rounded up to 77,8.
    const mms = results.candidates.find((c) => c.category === 'MMS')!;
    expect(displayJpm(mms.jpm!)).toBe(77.7);
  });

  it('colours the category cell: green, amber, red from the best category down', () => {
    const sheet = sheetOf(workbook, 'Rekapitulasi');
    const column = rowValues(sheet, 5).indexOf('Kategori') + 1;
    const fills = results.candidates.slice(0, 4).map((_, i) => {
      const fill = sheet.getRow(FIRST_DATA_ROW + i).getCell(column).fill as ExcelJS.FillPattern;
      return fill.fgColor?.argb;
    });
    expect(fills).toEqual(['FFC6EFCE', 'FFC6EFCE', 'FFFFEB9C', 'FFFFC7CE']);
  });
});

describe('safety', () => {
  it('holds no formula anywhere: every cell of every sheet is a value', async () => {
    for (const sheet of workbook.worksheets) {
      sheet.eachRow({ includeEmpty: false }, (row) =>
        row.eachCell({ includeEmpty: false }, (cell) => {
          expect(cell.type, `${sheet.name}!${cell.address}`).not.toBe(6 /* ValueType.Formula */);
          expect(cell.formula, `${sheet.name}!${cell.address}`).toBeFalsy();
          expect((cell as unknown as { sharedFormula?: string }).sharedFormula).toBeFalsy();
          expect(() => valueOf(cell)).not.toThrow();
        }),
      );
    }
    // And in the file itself: no <f> element in any worksheet's XML.
    const xml = await worksheetXml(path);
    expect(xml.size).toBe(7);
    for (const [name, text] of xml) expect(text, name).not.toMatch(/<f[\s>/]/);
  });

  it('keeps formula-looking names and reasons as the exact text that was typed', () => {
    const rekap = sheetOf(workbook, 'Rekapitulasi');
    const names = results.candidates.map((_, i) => valueOf(rekap.getRow(FIRST_DATA_ROW + i).getCell(4)));
    for (const name of [...FORMULA_NAMES, '=1+1 Budi Santoso']) {
      expect(names).toContain(name);
    }
    const certificates = sheetOf(workbook, 'Sertifikat');
    const reasons = Array.from({ length: certificates.rowCount }, (_, r) =>
      valueOf(certificates.getRow(r + 1).getCell(7)),
    );
    expect(reasons).toContain('=SALAH KETIK nama');
  });
});

describe('the other sheets', () => {
  it('Detail Penilaian has one row per submitted rating with the agreed level beside it', () => {
    const sheet = sheetOf(workbook, 'Detail Penilaian');
    expect(rowValues(sheet, 4)).toEqual([
      'NIP',
      'Nama',
      'Kode Kompetensi',
      'Kompetensi',
      'Metode',
      'Asesor',
      'Level',
      'Level Disepakati',
    ]);
    const expectedRows = app.db
      .prepare(
        `SELECT count(*) FROM ratings r JOIN assignments a ON a.id = r.assignment_id
         JOIN competency_methods cm ON cm.competency_id = r.competency_id AND cm.method_id = a.method_id
         WHERE a.program_id = ? AND a.status = 'submitted'`,
      )
      .pluck()
      .get(seeded.programId) as number;
    expect(expectedRows).toBeGreaterThan(100);
    expect(outcome.rows.ratings).toBe(expectedRows);
    expect(sheet.rowCount).toBe(4 + expectedRows);
    const byNip = new Map(results.candidates.map((c) => [c.nip, c]));
    for (let r = 5; r <= sheet.rowCount; r++) {
      const [nip, name, code, , , , level, agreed] = rowValues(sheet, r, 8);
      const candidate = byNip.get(nip as string)!;
      expect(name).toBe(candidate.name);
      expect(typeof level).toBe('number');
      expect(agreed).toBe(candidate.competencies.find((k) => k.code === code)!.achieved);
    }
  });

  it('Rekap Perangkat Daerah counts add up to the programme totals', () => {
    const sheet = sheetOf(workbook, 'Rekap Perangkat Daerah');
    const header = rowValues(sheet, 4);
    expect(header.slice(0, 7)).toEqual([
      'Unit/Perangkat Daerah',
      'Peserta',
      'Hadir',
      'Hasil Lengkap',
      'Memenuhi Syarat (MS)',
      'Masih Memenuhi Syarat (MMS)',
      'Kurang Memenuhi Syarat (KMS)',
    ]);
    const total = rowValues(sheet, sheet.rowCount, header.length);
    expect(total.slice(0, 8)).toEqual([
      'Jumlah',
      results.counts.total,
      results.counts.total - results.counts.absent,
      results.counts.complete,
      2,
      1,
      1,
      results.counts.passed,
    ]);
    const dinas = rowValues(sheet, 5, header.length);
    expect(dinas[0]).toBe('(tanpa unit kerja)');
    const education = Array.from({ length: sheet.rowCount - 4 }, (_, i) => rowValues(sheet, 5 + i, 10)).find(
      (row) => row[0] === 'Dinas Pendidikan',
    )!;
    // Siti (MS) and Ni Luh (MMS): both present, both pass under "MMS and above".
    expect(education.slice(1, 10)).toEqual([2, 2, 2, 1, 1, 0, 2, 1, expect.any(Number)]);
  });

  it('Kehadiran lists marked sessions and the scheduled one nobody marked', () => {
    const sheet = sheetOf(workbook, 'Kehadiran');
    const rows = Array.from({ length: sheet.rowCount - 4 }, (_, i) => rowValues(sheet, 5 + i, 10));
    expect(rows).toHaveLength(outcome.rows.attendance);
    expect(rows.filter((r) => r[8] === 'Belum dicatat')).toHaveLength(2);
    expect(rows.filter((r) => r[8] === 'Tidak hadir').map((r) => r[2])).toEqual(['dr. Rina Kartika']);
    expect(rows[0]!.slice(4, 7)).toEqual(['25 Februari 2023', '08:00–16:00', 'Aula']);
  });

  it('Sertifikat shows valid and revoked certificates with the reason and the copies printed', () => {
    const sheet = sheetOf(workbook, 'Sertifikat');
    const rows = Array.from({ length: sheet.rowCount - 4 }, (_, i) => rowValues(sheet, 5 + i, 9));
    const byNumber = new Map(rows.map((r) => [r[2], r]));
    expect(byNumber.get(seeded.certificateNumbers.valid)).toEqual([
      '198609262015052001',
      'Dra. Hj. Siti Aminah, M.Si.',
      seeded.certificateNumbers.valid,
      expect.stringContaining('Februari 2023'),
      'Berlaku',
      null,
      null,
      3,
      expect.stringContaining('27 Februari 2023'),
    ]);
    expect(byNumber.get(seeded.certificateNumbers.revoked)?.slice(4, 8)).toEqual([
      'Dicabut',
      expect.stringContaining('26 Februari 2023'),
      '=SALAH KETIK nama',
      0,
    ]);
  });

  it('Kesepakatan Penilai opens with a plain-words sentence and explains every figure', () => {
    const sheet = sheetOf(workbook, 'Kesepakatan Penilai');
    expect(valueOf(sheet.getRow(4).getCell(1))).toMatch(/pasangan penilaian memberi level yang persis sama/);
    const labels = Array.from({ length: sheet.rowCount }, (_, r) => valueOf(sheet.getRow(r + 1).getCell(1)));
    expect(labels).toContain('Semua kompetensi');
    expect(labels).toContain('Kappa Cohen berbobot kuadratik (per pasangan asesor)');
    expect(labels).toContain('Dr. Asesor Andi, M.Psi.');
  });

  it('Informasi says what the file is, and its SHA-256 is the hash of the data sheets as written', () => {
    const sheet = sheetOf(workbook, 'Informasi');
    expect(labelled(sheet, 'Versi Asesa')).toBe('9.9.9-test');
    expect(labelled(sheet, 'Dibuat oleh')).toBe('admin (baris perintah)');
    expect(labelled(sheet, 'Jumlah peserta')).toBe(results.counts.total);
    expect(labelled(sheet, 'Lulus')).toBe(results.counts.passed);
    expect(labelled(sheet, 'Aturan kelulusan')).toBe(results.settings.passRuleText);
    expect(labelled(sheet, 'Batas kategori')).toContain('Memenuhi Syarat (MS): JPM ≥ 80,0 %');
    const printed = labelled(sheet, 'SHA-256 data');
    expect(printed).toBe(outcome.dataSha256);
    expect(printed).toMatch(/^[0-9a-f]{64}$/);
    expect(recomputeDataHash(workbook)).toBe(printed);
  });

  it('gives the same data the same SHA-256 whenever and by whomever it is exported', async () => {
    const again = buildResultsExportView(app.db, seeded.programId, {
      generatedAt: new Date('2024-01-01T00:00:00.000Z'),
      generatedBy: 'operator (peramban)',
      appVersion: '9.9.10',
    });
    const second = await writeResultsWorkbook(again, join(dataDir, 'hasil-lagi.xlsx'));
    expect(second.dataSha256).toBe(outcome.dataSha256);
    app.db.prepare('UPDATE candidates SET unit = ? WHERE id = ?').run('Dinas Baru', seeded.candidates[0]);
    const changed = buildResultsExportView(app.db, seeded.programId, {
      generatedAt: new Date(),
      generatedBy: 'x',
      appVersion: 'x',
    });
    const third = await writeResultsWorkbook(changed, join(dataDir, 'hasil-berubah.xlsx'));
    expect(third.dataSha256).not.toBe(outcome.dataSha256);
  });
});
