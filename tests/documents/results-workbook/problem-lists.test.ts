import { createReadStream } from 'node:fs';
import { basename, join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../src/main/app';
import type { RosterPreviewResult } from '../../../src/shared/contract';
import { makeDataDir, removeDir } from '../../fixtures/data-dir';
import { messyRosterXlsx, plainRosterXlsx } from '../../fixtures/roster-workbooks';
import { OPERATOR, caller, fillSheet, setUpScenario, type Scenario } from '../../services/scoring/fixtures';
import { readWorkbook, rowValues } from './read-back';

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

const lists = () => api.ok('export:problem-lists', { programId: s.programId }, OPERATOR);

async function previewRoster(bytes: Buffer, name: string): Promise<RosterPreviewResult> {
  const upload = await app.files.addUpload(Readable.from([bytes]), name);
  const { jobId } = await api.ok('roster:preview', { programId: s.programId, uploadId: upload.id }, OPERATOR);
  const state = await api.ok('job:wait', { jobId }, OPERATOR);
  return state.result as RosterPreviewResult;
}

async function importSheet(fills: Parameters<typeof fillSheet>[2], name: string) {
  const ref = await api.ok(
    'scores:export-sheet',
    { programId: s.programId, assessorId: s.assessors.a },
    OPERATOR,
  );
  const out = join(dataDir, name);
  await fillSheet(app.files.download(ref.id).path, out, fills);
  const upload = await app.files.addUpload(createReadStream(out), basename(out));
  return api.ok(
    'scores:import-sheet',
    { programId: s.programId, uploadId: upload.id, submit: false },
    OPERATOR,
  );
}

describe('problem lists on the export screen', () => {
  it('has none before any import', async () => {
    expect(await lists()).toEqual({ programId: s.programId, lists: [] });
    await api.fails(
      'export:problem-list',
      { programId: s.programId, kind: 'roster' },
      OPERATOR,
      'problem-list-unavailable',
    );
  });

  it("offers the last roster import's problem report, and forgets it after a clean file", async () => {
    const preview = await previewRoster(await messyRosterXlsx(), 'peserta-opd.xlsx');
    expect(preview.problemReport).not.toBeNull();
    const view = await lists();
    expect(view.lists).toEqual([
      expect.objectContaining({
        kind: 'roster',
        fileName: 'peserta-opd.xlsx',
        errors: preview.preview.errors.length,
        warnings: preview.preview.warnings.length,
      }),
    ]);
    const file = await api.ok('export:problem-list', { programId: s.programId, kind: 'roster' }, OPERATOR);
    expect(file).toEqual(preview.problemReport);

    // Another programme sees nothing of it.
    const other = await api.ok('export:problem-lists', { programId: s.otherProgramId }, OPERATOR);
    expect(other.lists).toEqual([]);

    await previewRoster(await plainRosterXlsx(3), 'bersih.xlsx');
    expect((await lists()).lists).toEqual([]);
  });

  it("renders the last score-sheet import's problems as a workbook", async () => {
    const report = await importSheet(
      [{ assignmentId: s.sheet('a', 0, 'XLGD'), code: 'M.1', level: 7 }],
      'lembar-salah.xlsx',
    );
    expect(report.errors.length).toBeGreaterThan(0);
    expect((await lists()).lists).toEqual([
      expect.objectContaining({
        kind: 'score-sheet',
        fileName: 'lembar-salah.xlsx',
        errors: report.errors.length,
      }),
    ]);
    const ref = await api.ok(
      'export:problem-list',
      { programId: s.programId, kind: 'score-sheet' },
      OPERATOR,
    );
    expect(ref.fileName).toMatch(/^masalah-lembar-penilaian-\d{8}\.xlsx$/);
    const workbook = await readWorkbook(app.files.download(ref.id).path);
    const sheet = workbook.worksheets[0]!;
    expect(rowValues(sheet, 4)).toEqual(['Baris', 'Kolom', 'Jenis', 'Kode', 'Pesan']);
    const first = report.errors[0]!;
    expect(rowValues(sheet, 5)).toEqual([first.row, first.column, 'Kesalahan', first.code, first.message]);

    await importSheet(
      [{ assignmentId: s.sheet('a', 0, 'XLGD'), code: 'M.1', level: 3 }],
      'lembar-benar.xlsx',
    );
    expect((await lists()).lists).toEqual([]);
  });
});
