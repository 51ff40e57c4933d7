import { createReadStream } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../src/main/app';
import { runCli } from '../../../src/main/cli/main';
import ExcelJS from 'exceljs';
import { COLUMN_NIP, DATA_SHEET, META_SHEET } from '../../../src/main/documents/score-sheet.xlsx';
import type { ScoreSheetImportReport } from '../../../src/shared/contract';
import { makeDataDir, removeDir } from '../../fixtures/data-dir';
import {
  ADMIN,
  assessorCtx,
  auditRows,
  caller,
  fillSheet,
  loadWorkbook,
  OPERATOR,
  ratingOf,
  setUpScenario,
  type Fill,
  type Scenario,
} from './fixtures';

let dataDir: string;
let app: App;
let s: Scenario;
let api: ReturnType<typeof caller>;

beforeEach(async () => {
  dataDir = makeDataDir();
  app = await createApp({ dataDir });
  s = await setUpScenario(app);
  api = caller(app);
});

afterEach(async () => {
  await app.close();
  removeDir(dataDir);
});

const M = (code: string) => s.competency[code] as number;
const A = () => assessorCtx(s.assessors.a, 'desktop');

async function exportFor(assessor: 'a' | 'b' = 'a'): Promise<string> {
  const ref = await api.ok(
    'scores:export-sheet',
    { programId: s.programId, assessorId: s.assessors[assessor] },
    OPERATOR,
  );
  return app.files.download(ref.id).path;
}

async function importFile(path: string, submit = false): Promise<ScoreSheetImportReport> {
  const upload = await app.files.addUpload(createReadStream(path), basename(path));
  return api.ok('scores:import-sheet', { programId: s.programId, uploadId: upload.id, submit }, OPERATOR);
}

async function filled(fills: Fill[], raw: Parameters<typeof fillSheet>[3] = [], assessor: 'a' | 'b' = 'a') {
  const out = join(dataDir, `filled-${Math.random().toString(36).slice(2)}.xlsx`);
  await fillSheet(await exportFor(assessor), out, fills, raw);
  return out;
}

const ratingCount = () => app.db.prepare('SELECT count(*) FROM ratings').pluck().get() as number;

describe('exporting a score sheet', () => {
  it('writes one row per candidate × method of the assessor, NIPs as text, identities locked, levels as a 1–5 drop-down', async () => {
    // Read back with exceljs's document reader, as Excel would open it.
    const workbook = await loadWorkbook(await exportFor('a'));
    const sheet = workbook.getWorksheet(DATA_SHEET);
    if (!sheet) throw new Error('no data sheet');
    expect(sheet.rowCount).toBe(6 + 8);
    // NIP: a text cell in a text-formatted ("@") style, never a number.
    const nip = sheet.getCell('C7');
    expect(nip.type).toBe(ExcelJS.ValueType.String);
    expect(nip.value).toBe('198609102015051001');
    expect(nip.numFmt).toBe('@');
    expect(nip.protection?.locked).not.toBe(false);
    // Protected without a password; columns and rows may still be resized.
    const protection = (sheet as unknown as { sheetProtection?: Record<string, unknown> }).sheetProtection;
    expect(protection).toMatchObject({ sheet: true, formatColumns: true, formatRows: true });
    expect(protection?.hashValue).toBeUndefined();
    // The input cells are the only unlocked ones, with the 1–5 drop-down.
    const level = sheet.getCell('H7');
    expect(level.protection?.locked).toBe(false);
    expect(level.dataValidation).toMatchObject({ type: 'list', formulae: ['"1,2,3,4,5"'] });
    expect(sheet.getCell('I7').dataValidation).toMatchObject({ type: 'textLength', formulae: [2000] });
    expect(sheet.getColumn(16).hidden).toBe(true);
    expect(workbook.getWorksheet(META_SHEET)?.state).toBe('veryHidden');
    // exceljs cannot write <workbookProtection lockStructure>: the structure is not locked.
    expect(workbook.worksheets[1]?.getCell('A1').value).toBe('Petunjuk Pengisian Lembar Penilaian');
    // Not one of B's rows, and no level of anyone.
    const ids = Array.from({ length: 8 }, (_, i) => sheet.getCell(7 + i, 16).value);
    expect(ids).not.toContain(s.sheet('b', 0, 'XLGD'));
    expect(ids).toContain(s.sheet('a', 0, 'XLGD'));
  });

  it('never writes a stored level into the sheet', async () => {
    await api.ok(
      'scores:save',
      {
        assignmentId: s.sheet('a', 0, 'XLGD'),
        competencyId: M('M.1'),
        level: 4,
        evidence: 'Catatan rahasia',
      },
      A(),
    );
    const sheet = (await loadWorkbook(await exportFor('a'))).getWorksheet(DATA_SHEET);
    const values: unknown[] = [];
    sheet?.eachRow((row) => row.eachCell((cell) => values.push(cell.value)));
    expect(values).not.toContain('Catatan rahasia');
    expect(sheet?.getCell('H7').value ?? null).toBeNull();
  });

  it('is for staff, and for an assessor of this programme only', async () => {
    await api.fails(
      'scores:export-sheet',
      { programId: s.programId, assessorId: s.assessors.a },
      A(),
      'forbidden',
    );
    await api.fails(
      'scores:export-sheet',
      { programId: s.programId, assessorId: s.assessors.other },
      ADMIN,
      'not-found',
    );
  });
});

describe('importing a filled score sheet', () => {
  const lgd0 = () => s.sheet('a', 0, 'XLGD');
  const fills = (): Fill[] => [
    { assignmentId: lgd0(), code: 'M.1', level: 3 },
    { assignmentId: lgd0(), code: 'M.2', level: 5, evidence: 'Menengahi perdebatan dengan data' },
    { assignmentId: lgd0(), code: 'M.3', level: '4' },
    { assignmentId: s.sheet('a', 1, 'XBEI'), code: 'M.4', level: 2 },
  ];

  it('stores the levels and notes, audited as a sheet import', async () => {
    const report = await importFile(await filled(fills()));
    expect(report).toMatchObject({ rows: 8, imported: 2, updated: 0, skipped: 6, errors: [], conflicts: [] });
    expect(report.assessor.id).toBe(s.assessors.a);
    expect(ratingOf(app.db, lgd0(), M('M.2'))).toEqual({
      level: 5,
      evidence: 'Menengahi perdebatan dengan data',
    });
    expect(ratingOf(app.db, lgd0(), M('M.3'))?.level).toBe(4);
    const rows = auditRows(app.db, 'scores:save');
    expect(rows).toHaveLength(4);
    expect(new Set(rows.map((r) => `${r.door} ${r.actor}`))).toEqual(new Set(['sheet-import operator']));
    expect(JSON.parse(rows[0]?.after_json ?? '{}')).toMatchObject({ level: 3, via: 'desktop' });
  });

  it('changes nothing when the same sheet is imported twice', async () => {
    const file = await filled(fills());
    await importFile(file);
    const audits = auditRows(app.db).length;
    const again = await importFile(file);
    expect(again).toMatchObject({ rows: 8, imported: 0, updated: 0, skipped: 8, errors: [], conflicts: [] });
    expect(auditRows(app.db)).toHaveLength(audits);
  });

  it('updates what the assessor changed on an open sheet, and leaves blank cells alone', async () => {
    await api.ok(
      'scores:save',
      { assignmentId: lgd0(), competencyId: M('M.1'), level: 2, evidence: 'Dari laptop' },
      A(),
    );
    const report = await importFile(await filled([{ assignmentId: lgd0(), code: 'M.1', level: 4 }]));
    expect(report).toMatchObject({ imported: 0, updated: 1 });
    expect(ratingOf(app.db, lgd0(), M('M.1'))).toEqual({ level: 4, evidence: 'Dari laptop' });
  });

  it('reports a value that contradicts a submitted sheet as a conflict and never overwrites it', async () => {
    for (const [code, level] of [
      ['M.1', 3],
      ['M.2', 3],
      ['M.3', 3],
    ] as const) {
      await api.ok('scores:save', { assignmentId: lgd0(), competencyId: M(code), level }, A());
    }
    await api.ok('scores:submit', { assignmentId: lgd0() }, A());
    const report = await importFile(
      await filled([
        { assignmentId: lgd0(), code: 'M.1', level: 3 },
        { assignmentId: lgd0(), code: 'M.2', level: 4 },
        { assignmentId: s.sheet('a', 1, 'XBEI'), code: 'M.4', level: 2 },
      ]),
    );
    expect(report.errors).toEqual([]);
    expect(report.conflicts).toEqual([
      expect.objectContaining({ column: 'M.2 Kerja Sama', code: 'submitted-conflict' }),
    ]);
    // Blind: the message does not tell the operator the stored level.
    expect(report.conflicts[0]?.message).not.toMatch(/\b3\b/);
    expect(ratingOf(app.db, lgd0(), M('M.2'))?.level).toBe(3);
    // The other, open sheet of the file is still imported.
    expect(report.imported).toBe(1);
    expect(ratingOf(app.db, s.sheet('a', 1, 'XBEI'), M('M.4'))?.level).toBe(2);
  });

  it("writes nothing when a row's hidden id was changed to another assessor's sheet", async () => {
    const file = await filled(fills(), [{ row: 7, column: 16, value: s.sheet('b', 0, 'XLGD') }]);
    const report = await importFile(file);
    expect(report.errors).toEqual([
      expect.objectContaining({ row: 7, column: 'ID (jangan diubah)', code: 'assignment-other-assessor' }),
    ]);
    expect(report).toMatchObject({ imported: 0, updated: 0, skipped: 8 });
    expect(ratingCount()).toBe(0);
  });

  it('writes nothing when an identity does not match its hidden id', async () => {
    const report = await importFile(
      await filled(fills(), [{ row: 8, column: COLUMN_NIP, value: '199001012015011001' }]),
    );
    expect(report.errors).toEqual([
      expect.objectContaining({ row: 8, column: 'NIP', code: 'identity-mismatch' }),
    ]);
    expect(ratingCount()).toBe(0);
  });

  it('writes nothing when a level is out of range, and says which cell', async () => {
    const report = await importFile(
      await filled([...fills(), { assignmentId: s.sheet('a', 2, 'XLGD'), code: 'M.3', level: 7 }]),
    );
    expect(report.errors).toEqual([
      expect.objectContaining({
        column: 'M.3 Komunikasi',
        code: 'level-invalid',
        message: expect.stringContaining('"7"'),
      }),
    ]);
    expect(ratingCount()).toBe(0);
  });

  it('refuses a sheet of another programme', async () => {
    const file = await filled(fills());
    const upload = await app.files.addUpload(createReadStream(file), 'x.xlsx');
    await api.fails(
      'scores:import-sheet',
      { programId: s.otherProgramId, uploadId: upload.id },
      OPERATOR,
      'score-sheet-other-program',
    );
  });

  it('refuses a workbook that is not an Asesa score sheet', async () => {
    const other = await api.ok('roster:template', {}, OPERATOR);
    const upload = await app.files.addUpload(
      createReadStream(app.files.download(other.id).path),
      'templat.xlsx',
    );
    await api.fails(
      'scores:import-sheet',
      { programId: s.programId, uploadId: upload.id },
      OPERATOR,
      'score-sheet-unrecognised',
    );
  });

  it('warns about an extreme level without a note, and submits only complete sheets when asked', async () => {
    const report = await importFile(
      await filled([
        { assignmentId: lgd0(), code: 'M.1', level: 3 },
        { assignmentId: lgd0(), code: 'M.2', level: 2 },
        { assignmentId: lgd0(), code: 'M.3', level: 4 },
        { assignmentId: s.sheet('a', 1, 'XBEI'), code: 'M.1', level: 1 },
        { assignmentId: s.sheet('a', 1, 'XBEI'), code: 'M.4', level: 3 },
      ]),
      true,
    );
    expect(report.submitted).toBe(1);
    expect(report.warnings.map((w) => w.code).sort()).toEqual(['evidence-missing', 'evidence-required']);
    const status = (id: number) =>
      app.db.prepare('SELECT status FROM assignments WHERE id = ?').pluck().get(id);
    expect(status(lgd0())).toBe('submitted');
    expect(status(s.sheet('a', 1, 'XBEI'))).toBe('open');
  });
});

describe('asesa scores (CLI)', () => {
  function io() {
    let stdout = '';
    let stderr = '';
    return {
      io: { stdout: (t: string) => void (stdout += t), stderr: (t: string) => void (stderr += t) },
      get stdout() {
        return stdout;
      },
      get stderr() {
        return stderr;
      },
    };
  }

  it('exports a sheet and imports it back, exiting 0 without errors and 1 with conflicts', async () => {
    await app.close();
    const out = join(dataDir, 'lembar.xlsx');
    const exported = io();
    const code = await runCli(
      [
        '--data',
        dataDir,
        'scores',
        'export-sheet',
        '--program',
        'test',
        '--assessor',
        String(s.assessors.a),
        '--out',
        out,
      ],
      exported.io,
    );
    expect(code, exported.stderr).toBe(0);

    const file = join(dataDir, 'lembar-isi.xlsx');
    await fillSheet(out, file, [{ assignmentId: s.sheet('a', 0, 'XBEI'), code: 'M.4', level: 3 }]);
    const first = io();
    expect(
      await runCli(['--data', dataDir, 'scores', 'import', file, '--program', 'TEST', '--json'], first.io),
    ).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({
      rows: 8,
      imported: 1,
      updated: 0,
      errors: [],
      warnings: [],
      conflicts: [],
    });

    app = await createApp({ dataDir });
    api = caller(app);
    for (const [code, level] of [
      ['M.1', 2],
      ['M.4', 2],
    ] as const) {
      await api.ok(
        'scores:save',
        { assignmentId: s.sheet('a', 0, 'XBEI'), competencyId: M(code), level },
        A(),
      );
    }
    await api.ok('scores:submit', { assignmentId: s.sheet('a', 0, 'XBEI') }, A());
    await app.close();

    const second = io();
    expect(
      await runCli(['--data', dataDir, 'scores', 'import', file, '--program', 'TEST', '--json'], second.io),
    ).toBe(1);
    expect(JSON.parse(second.stdout).conflicts).toHaveLength(1);
    app = await createApp({ dataDir });
  });
});
