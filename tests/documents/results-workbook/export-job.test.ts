import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../src/main/app';
import type { JobContext } from '../../../src/main/jobs/job-types';
import { writeResultsWorkbook } from '../../../src/main/documents/results-workbook/results-workbook';
import { buildResultsExportView } from '../../../src/main/services/results-export/export-view';
import { runResultsExportJob } from '../../../src/main/services/results-export/results-export.job';
import { createFilesService } from '../../../src/main/services/files.service';
import { AppError } from '../../../src/shared/errors';
import type { ExportResultsResult, JobState, OpParsedInput } from '../../../src/shared/contract';
import { makeDataDir, removeDir } from '../../fixtures/data-dir';
import { ADMIN, assessorCtx, caller } from '../../services/scoring/fixtures';
import { seedExportProgram, type ExportProgram } from './export-fixture';
import { labelled, readWorkbook, sheetOf } from './read-back';

let dataDir: string;
let app: App;
let api: ReturnType<typeof caller>;
let seeded: ExportProgram;

beforeAll(async () => {
  dataDir = makeDataDir();
  app = await createApp({ dataDir });
  api = caller(app);
  seeded = await seedExportProgram(app);
});

afterAll(async () => {
  await app.close();
  removeDir(dataDir);
});

const outbox = () => join(dataDir, 'files', 'out');
/** Every file under the outbox, as paths relative to it. */
function outboxFiles(): string[] {
  if (!existsSync(outbox())) return [];
  return readdirSync(outbox()).flatMap((id) => readdirSync(join(outbox(), id)).map((name) => join(id, name)));
}

async function runJob(input: OpParsedInput<'export:results'>): Promise<JobState> {
  const { jobId } = await api.ok('export:results', input, ADMIN);
  return api.ok('job:wait', { jobId }, ADMIN);
}

describe('the results:export job', () => {
  it('writes the workbook in the background and hands it over as a download', async () => {
    const progress: string[] = [];
    const unsubscribe = app.events.subscribe((event) => {
      if (event.name === 'job:progress') progress.push(event.payload.phase);
    });
    const state = await runJob({ programId: seeded.programId, format: 'xlsx', separator: ',' });
    unsubscribe();
    expect(state.status).toBe('done');
    const result = state.result as ExportResultsResult;
    expect(result.file.fileName).toMatch(/^hasil-asesmen-HASIL-\d{8}\.xlsx$/);
    expect(result.rows.candidates).toBe(11);
    const file = app.files.download(result.file.id);
    expect(file.size).toBe(result.file.size);
    const workbook = await readWorkbook(file.path);
    expect(labelled(sheetOf(workbook, 'Informasi'), 'SHA-256 data')).toBe(result.dataSha256);
    expect(labelled(sheetOf(workbook, 'Informasi'), 'Dibuat oleh')).toBe('admin (aplikasi desktop)');
    // The worker thins progress out to one message per 100 ms; the first and the last always go.
    expect(progress[0]).toBe('menghitung');
    expect(progress.at(-1)).toBe('Informasi');
  });

  it('writes the CSV with the chosen separator', async () => {
    const state = await runJob({ programId: seeded.programId, format: 'csv', separator: ';' });
    const result = state.result as ExportResultsResult;
    expect(result.file.fileName).toMatch(/-rekapitulasi-\d{8}\.csv$/);
    expect(result.dataSha256).toBeNull();
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(app.files.download(result.file.id).path, 'utf8');
    expect(text.startsWith('\uFEFFNo;No. Peserta;NIP;Nama;')).toBe(true);
  });

  it('refuses a programme without candidates, and assessors', async () => {
    const empty = await api.ok('program:create', { code: 'KOSONG', name: 'Program kosong' }, ADMIN);
    await api.fails('export:results', { programId: empty.id }, ADMIN, 'export-no-candidates');
    await api.fails(
      'export:results',
      { programId: seeded.programId },
      assessorCtx(seeded.assessors.a),
      'forbidden',
    );
  });
});

describe('a failure part-way', () => {
  it("rejects with the data source's error and closes the file, so the partial one can go", async () => {
    const view = buildResultsExportView(app.db, seeded.programId, {
      generatedAt: new Date(),
      generatedBy: 'admin (baris perintah)',
      appVersion: '0.0.0',
    });
    const rows = [...view.detail];
    const failing = {
      ...view,
      detail: {
        *[Symbol.iterator]() {
          yield* rows.slice(0, 50);
          throw new Error('disk I/O error');
        },
      },
    };
    const path = join(dataDir, 'gagal.xlsx');
    await expect(writeResultsWorkbook(failing, path)).rejects.toThrow('disk I/O error');
    rmSync(path);
    expect(existsSync(path)).toBe(false);
  });

  it('leaves no file under a real name and removes the partial one', async () => {
    const before = outboxFiles();
    const files = createFilesService(dataDir);
    let checks = 0;
    let sawPartial = false;
    const ctx: JobContext<OpParsedInput<'export:results'>> = {
      db: app.db,
      input: { programId: seeded.programId, format: 'xlsx', separator: ',' },
      caller: ADMIN,
      dataDir,
      now: () => new Date(),
      progress: () => {},
      checkCancelled() {
        checks++;
        // Entering the third sheet: two sheets already went into the file.
        if (checks === 4) {
          sawPartial = outboxFiles().some((path) => path.endsWith('.xlsx.tmp'));
          throw new AppError('job-cancelled');
        }
      },
    };
    await expect(runResultsExportJob(ctx)).rejects.toMatchObject({ code: 'job-cancelled' });
    expect(sawPartial).toBe(true);
    expect(outboxFiles()).toEqual(before);
    // Its reserved folder went too: no entry is left that a download could half-find.
    for (const id of readdirSync(outbox())) expect(() => files.download(id)).not.toThrow();
  });
});
