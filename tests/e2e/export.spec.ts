import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { call, test, expect } from './fixtures';

/** Set to a folder to keep screenshots of the export screen (UI review). */
const SHOTS = process.env.EXPORT_SCREENSHOTS;
const shot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
};

/**
 * A scored programme (tests/fixtures/scored-program.ts: six candidates, two assessors, agreed
 * levels, one absent, one still open, a name that starts with "=") written into the running
 * server's data folder by a separate process, as another door would.
 */
function seedScoredProgram(dataDir: string): void {
  const script = `
    const { createApp } = await import('./src/main/app.ts');
    const { seedScoredProgram } = await import('./tests/fixtures/scored-program.ts');
    const app = await createApp({ dataDir: ${JSON.stringify(dataDir)} });
    await seedScoredProgram(app);
    await app.close();`;
  execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: 'pipe' });
}

/** A roster CSV with a problem row, read (not imported) through the preview job. */
async function previewBadRoster(page: Page, programId: number): Promise<void> {
  const csv =
    'NIP;NAMA;UNIT KERJA\r\n198609262015052099;Budi Santoso;Dinas Pendidikan\r\n12345;Nama Salah;Dinas\r\n';
  const upload = await page.evaluate(async (text) => {
    const response = await fetch('/api/upload', {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', 'x-file-name': 'peserta-opd.csv' },
      body: text,
    });
    return ((await response.json()) as { value: { id: string } }).value;
  }, csv);
  const { jobId } = await call<{ jobId: string }>(page, 'roster:preview', { programId, uploadId: upload.id });
  const state = await call<{ status: string }>(page, 'job:wait', { jobId });
  expect(state.status).toBe('done');
}

test('the operator exports the results workbook and its CSV from the Ekspor screen and receives the files', async ({
  app,
  page,
}) => {
  test.setTimeout(120_000);
  seedScoredProgram(app.dataDir);

  await page.goto(`${app.url}/#/export`);
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByRole('heading', { name: 'Ekspor' })).toBeVisible();
  const [program] = await call<{ id: number; code: string }[]>(page, 'program:list', {
    includeArchived: false,
  });
  expect(program!.code).toBe('HASIL');
  // Not finalised yet: the screen says the figures may still change.
  await expect(page.getByText('Hasil program ini belum final')).toBeVisible();
  await expect(page.getByText('Belum ada masalah impor di program ini')).toBeVisible();
  await shot(page, 'export-before');

  // The workbook: start the job, wait for "Berkas siap", download.
  await page.getByRole('button', { name: 'Buat berkas' }).click();
  const done = page.getByTestId('export-done');
  await expect(done).toContainText('Berkas siap', { timeout: 60_000 });
  await expect(done).toContainText('6 peserta');
  await shot(page, 'export-done');
  const downloading = page.waitForEvent('download');
  await done.getByRole('button', { name: /^Unduh hasil-asesmen-HASIL-\d{8}\.xlsx$/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^hasil-asesmen-HASIL-\d{8}\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  expect(workbook.worksheets.map((s) => s.name)).toEqual([
    'Rekapitulasi',
    'Detail Penilaian',
    'Rekap Perangkat Daerah',
    'Kehadiran',
    'Sertifikat',
    'Kesepakatan Penilai',
    'Informasi',
  ]);
  const rekap = workbook.getWorksheet('Rekapitulasi')!;
  // Rank 1: Dra. Hj. Siti Aminah (32 of 27 → MS); her NIP as text, digit for digit.
  expect(rekap.getRow(6).getCell(3).value).toBe('198609262015052001');
  expect(rekap.getRow(6).getCell(4).value).toBe('Dra. Hj. Siti Aminah, M.Si.');
  const names = Array.from({ length: 6 }, (_, i) => rekap.getRow(6 + i).getCell(4).value);
  expect(names).toContain('=1+1 Budi Santoso');

  // The CSV for Excel set to Indonesian: ';' is the default separator.
  await page.getByText('CSV rekapitulasi').click();
  await expect(page.getByRole('combobox', { name: 'Pemisah kolom' })).toHaveValue(
    'Titik koma (;) — Excel berbahasa Indonesia',
  );
  await page.getByRole('button', { name: 'Buat ulang' }).click();
  await expect(done).toContainText('6 peserta.', { timeout: 60_000 });
  const csvDownloading = page.waitForEvent('download');
  await done.getByRole('button', { name: /\.csv$/ }).click();
  const csv = readFileSync(await (await csvDownloading).path());
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = csv.subarray(3).toString('utf8').split('\r\n');
  expect(lines[0]).toMatch(/^No;No\. Peserta;NIP;Nama;/);
  expect(lines.some((line) => line.includes(";'=1+1 Budi Santoso;"))).toBe(true);

  // A roster file with a problem row: its problem list appears here too, ready to download.
  await previewBadRoster(page, program!.id);
  const rosterProblems = page.getByTestId('problem-list-roster');
  await expect(rosterProblems).toContainText('peserta-opd.csv');
  await shot(page, 'export-problems');
  const problemDownloading = page.waitForEvent('download');
  await rosterProblems.getByRole('button', { name: 'Unduh daftar masalah (.xlsx)' }).click();
  expect((await problemDownloading).suggestedFilename()).toBe('masalah-impor-peserta-opd.xlsx');
});
