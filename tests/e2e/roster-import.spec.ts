import ExcelJS from 'exceljs';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';

// The workbooks are built here with exceljs, as an agency's Excel would save them.

const HEADERS = [
  'NO',
  'NIP BARU',
  'NAMA LENGKAP (DENGAN GELAR)',
  'L/P',
  'PANGKAT/GOL. RUANG',
  'JABATAN',
  'UNIT KERJA / PERANGKAT DAERAH',
  'NO. HP',
  'EMAIL',
];
const UNIT = 'Dinas Komunikasi dan Informatika';
const VALID_NIP = '198609262015051001';

/** Problem codes by spreadsheet row; an empty list is a valid row. */
const MESSY_EXPECTED = new Map<number, string[]>([
  [6, []],
  [7, []],
  [8, ['nip-stored-as-number']],
  [11, ['nip-length']],
  [12, ['nip-not-digits']],
  [13, ['nip-birth-date']],
  [14, ['nip-appointment-date']],
  [15, ['nip-gender-digit']],
  [16, ['nip-missing']],
  [17, ['name-missing']],
  [18, ['grade-unknown']],
  [19, ['nip-duplicate']],
  [20, ['gender-mismatch']],
  [21, []],
  [22, []],
]);

async function toBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * What an agency really sends: an instructions sheet first, two merged title rows, the header on
 * row 4, a row of column numbers, an NIP Excel turned into a number, a section title, a JUMLAH
 * row and a signature block — and one row for each kind of problem.
 */
async function messyRoster(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const notes = workbook.addWorksheet('Petunjuk');
  notes.addRow(['PETUNJUK PENGISIAN']);
  notes.addRow(['1. Kolom NIP diisi 18 digit sebagai teks.']);
  const sheet = workbook.addWorksheet('Data Peserta');
  const rows: unknown[][] = [
    ['DAFTAR PESERTA ASESMEN KOMPETENSI ASN'],
    ['PEMERINTAH KOTA BEKASI TAHUN 2022'],
    [],
    HEADERS,
    HEADERS.map((_, i) => `(${i + 1})`),
    [
      1,
      "'19860926 201505 1 001",
      'Drs. H. Ahmad  Fauzi, M.Si.',
      'L',
      'Penata Muda (III/a)',
      'Kepala Seksi',
      UNIT,
      '+62 812 3456 7890',
      'ahmad@contoh.go.id',
    ],
    [2, '199203142019032004', "Nur'aini", 'P', 'III/A', 'Pranata Komputer Ahli Pertama', null, 81234567890],
    [3, 198609262015051000, 'Budi Santoso', 'L', 'III/b', 'Analis', UNIT],
    [],
    ['DINAS PENDIDIKAN'],
    [4, '19860926201505', 'Rina Wati', 'P', 'III/c'],
    [5, '19860926201505100X', 'Joko Susilo', 'L', 'III/c'],
    [6, '198613262015051002', 'Agus Salim', 'L', 'III/c'],
    [7, '198609262015131003', 'Dewi Lestari', 'P', 'III/c'],
    [8, '198609262015053004', 'Hendra Gunawan', 'L', 'III/c'],
    [9, null, 'Tanpa NIP', 'L', 'II/a', 'Staf'],
    [10, '198701012010011005', null, 'L', 'II/a', 'Staf'],
    [11, '198702022010012006', 'dr. Rina Kartika', 'P', 'V/z'],
    [12, VALID_NIP, 'Ahmad Ganda', 'L', 'III/a'],
    [13, '198803032012031007', 'Ni Luh Putu Ayu', 'P', 'Penata Muda, III/a'],
    [14, '198904042014041008', 'Bambang Wijaya', 'L', 'Pembina Tk. I (IV/b)'],
    [15, '199005052015051009', { formula: 'PROPER("eko prasetyo")', result: 'Eko Prasetyo' }, 'L', 'III a'],
    ['JUMLAH', null, '17 orang'],
    [],
    [null, null, null, null, null, null, 'Bekasi, 12 Agustus 2022'],
    [null, null, null, null, null, null, 'Kepala BKPSDM Kota Bekasi'],
    [],
    [null, null, 'Drs. H. Ahmad Hidayat, M.Si.'],
    [null, 'NIP. 19700315 199503 1 002'],
  ];
  rows.forEach((cells, i) => {
    const row = sheet.getRow(i + 1);
    cells.forEach((value, c) => {
      if (value !== null && value !== undefined) row.getCell(c + 1).value = value as ExcelJS.CellValue;
    });
  });
  for (const range of ['A1:I1', 'A2:I2', 'G6:G7', 'A10:I10', 'A23:B23']) sheet.mergeCells(range);
  return toBuffer(workbook);
}

/** `count` valid candidates under a one-row header, NIPs as text. */
async function plainRoster(count: number, unit = 'Bappeda'): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Peserta');
  sheet.addRow(['NO', 'NIP', 'NAMA', 'JENIS KELAMIN', 'GOL', 'JABATAN', 'UNIT KERJA']);
  for (let i = 0; i < count; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    const month = String((Math.floor(i / 28) % 12) + 1).padStart(2, '0');
    const year = 1965 + (Math.floor(i / 336) % 30);
    const sequence = String((i % 999) + 1).padStart(3, '0');
    const gender = i % 2 === 0 ? '1' : '2';
    const nip = `${year}${month}${day}${year + 25}04${gender}${sequence}`;
    sheet.addRow([
      i + 1,
      nip,
      `Peserta Uji ${i + 1}, S.E.`,
      gender === '1' ? 'L' : 'P',
      'III/a',
      'Analis',
      unit,
    ]);
  }
  sheet.getColumn(2).numFmt = '@';
  return toBuffer(workbook);
}

async function openRoster(page: Page, url: string, code = 'UJI-2023') {
  await page.goto(url);
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');
  await page.getByRole('button', { name: 'Buat program' }).first().click();
  const form = page.getByRole('dialog', { name: 'Buat program' });
  await form.getByLabel('Kode program').fill(code);
  await form.getByLabel('Nama program').fill('Asesmen Kompetensi Uji Coba');
  await form.getByRole('button', { name: 'Buat program' }).click();
  await expect(form).toBeHidden();
  await page.getByRole('link', { name: 'Peserta' }).click();
  await expect(page.getByRole('heading', { name: 'Peserta' })).toBeVisible();
}

async function openImport(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Impor dari Excel/CSV' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Impor peserta dari Excel/CSV' });
  await expect(dialog.getByRole('heading', { name: 'Pilih berkas daftar peserta' })).toBeVisible();
  return dialog;
}

async function pick(dialog: Locator, name: string, buffer: Buffer) {
  await dialog
    .getByLabel('Berkas daftar peserta')
    .setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
}

const tile = (dialog: Locator, id: string) => dialog.getByTestId(`count-${id}`);

test('imports a messy file through the UI and sees the problem list', async ({ page, app }) => {
  await openRoster(page, app.url);
  const dialog = await openImport(page);
  await pick(dialog, 'peserta-opd.xlsx', await messyRoster());

  // Found by itself: the second sheet, the header under the titles.
  await expect(dialog.getByTestId('import-source')).toHaveText(
    'Lembar “Data Peserta”, judul kolom di baris 4',
  );
  await expect(dialog.getByRole('combobox', { name: 'Lembar yang dibaca' })).toHaveValue('Data Peserta');
  // Blank, title, JUMLAH and signature rows are not counted.
  await expect(tile(dialog, 'rows')).toContainText('15');
  await expect(tile(dialog, 'valid')).toContainText('5');
  await expect(tile(dialog, 'errors')).toContainText('10');
  await expect(tile(dialog, 'warnings')).toContainText('1');
  await expect(tile(dialog, 'new')).toContainText('5');
  await expect(tile(dialog, 'updated')).toContainText('0');
  await expect(dialog.getByTestId('import-advice')).toContainText(
    '10 baris bermasalah dan tidak dapat diimpor. Perbaiki baris tersebut di Excel',
  );

  // Every problem is listed: the table reports all of them even though it draws only those in view.
  const table = dialog.getByRole('table', { name: 'Daftar masalah' });
  const expectedCount = [...MESSY_EXPECTED.values()].flat().length;
  await expect(table).toHaveAttribute('aria-rowcount', String(expectedCount + 1));
  const kinds = dialog.getByRole('list', { name: 'Jenis masalah' });
  for (const title of [
    'NIP tersimpan sebagai angka',
    'NIP tidak 18 digit',
    'NIP berisi huruf atau simbol',
    'Tanggal lahir dalam NIP tidak valid',
    'TMT dalam NIP tidak valid',
    'Digit jenis kelamin NIP salah',
    'NIP kosong',
    'Nama kosong',
    'Golongan tidak dikenali',
    'NIP ganda di berkas',
    'Jenis kelamin tidak cocok dengan NIP',
  ]) {
    await expect(kinds.getByRole('listitem').filter({ hasText: title })).toContainText('1 baris');
  }
  // Each code sits on the row a spreadsheet user sees.
  for (const [row, codes] of MESSY_EXPECTED) {
    for (const code of codes) {
      await kinds
        .getByRole('listitem')
        .filter({ hasText: titleOf(code) })
        .click();
      const line = table.locator('tbody tr[aria-rowindex]');
      await expect(line).toHaveCount(1);
      await expect(line.locator('td').nth(0)).toHaveText(new RegExp(`^${row}`));
      await expect(line.locator('td').nth(3)).toHaveText(code);
      await kinds
        .getByRole('listitem')
        .filter({ hasText: titleOf(code) })
        .click(); // back to all
    }
  }
  const duplicate = kinds.getByRole('listitem').filter({ hasText: 'NIP ganda di berkas' });
  await expect(duplicate).toContainText('NIP ini sudah ada di baris 6.');

  // Errors and warnings apart.
  await dialog.getByText('Peringatan (1)').click();
  await expect(table).toHaveAttribute('aria-rowcount', '2');
  await expect(table.locator('tbody tr[aria-rowindex]').first()).toContainText(
    'Jenis kelamin tertulis perempuan',
  );
  await dialog.getByText('Kesalahan (10)').click();
  await expect(table).toHaveAttribute('aria-rowcount', '11');

  // The sample shows the rows as they will be stored: NIP tidied, golongan read, titles kept.
  await dialog.getByRole('tab', { name: 'Contoh data' }).click();
  const sample = dialog.getByRole('table', { name: 'Contoh data' });
  const first = sample.locator('tbody tr[aria-rowindex="2"]');
  await expect(first).toContainText('19860926 201505 1 001');
  await expect(first).toContainText('Drs. H. Ahmad Fauzi, M.Si.');
  await expect(first).toContainText('III/a');

  // The report for the agency.
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Simpan laporan masalah (.xlsx)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('masalah-impor-peserta-opd.xlsx');
  const report = new ExcelJS.Workbook();
  await report.xlsx.readFile(await download.path());
  const reported = report.worksheets[0]?.getColumn(4).values.map(String) ?? [];
  for (const code of [...MESSY_EXPECTED.values()].flat()) expect(reported).toContain(code);

  // "Import all" waits for a clean file; "valid rows only" takes the five good ones.
  await expect(dialog.getByRole('button', { name: 'Impor semua' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Impor baris valid saja (5 baris)' }).click();
  await expect(dialog.getByTestId('import-summary')).toHaveText(
    '5 peserta baru dan 0 peserta diperbarui di program UJI-2023.',
  );
  await expect(tile(dialog, 'skipped')).toContainText('10');
  await expect(dialog.getByText('10 baris bermasalah dilewati.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Lihat daftar peserta' }).click();
  await expect(dialog).toBeHidden();

  await expect(page.getByTestId('roster-count')).toHaveText('5 peserta');
  const roster = page.getByRole('table', { name: 'Peserta' });
  await expect(roster.getByRole('row', { name: /19920314 201903 2 004/ })).toContainText("Nur'aini");
  await expect(roster.getByRole('row', { name: /19860926 201505 1 001/ })).toContainText(
    'Drs. H. Ahmad Fauzi, M.Si.',
  );
});

const TITLES: Record<string, string> = {
  'nip-stored-as-number': 'NIP tersimpan sebagai angka',
  'nip-length': 'NIP tidak 18 digit',
  'nip-not-digits': 'NIP berisi huruf atau simbol',
  'nip-birth-date': 'Tanggal lahir dalam NIP tidak valid',
  'nip-appointment-date': 'TMT dalam NIP tidak valid',
  'nip-gender-digit': 'Digit jenis kelamin NIP salah',
  'nip-missing': 'NIP kosong',
  'name-missing': 'Nama kosong',
  'grade-unknown': 'Golongan tidak dikenali',
  'nip-duplicate': 'NIP ganda di berkas',
  'gender-mismatch': 'Jenis kelamin tidak cocok dengan NIP',
};
const titleOf = (code: string) => TITLES[code] ?? code;

test('a clean file imports all at once, and importing it again updates instead of duplicating', async ({
  page,
  app,
}) => {
  await openRoster(page, app.url);
  const file = await plainRoster(30);
  let dialog = await openImport(page);
  await pick(dialog, 'peserta-bappeda.xlsx', file);
  await expect(tile(dialog, 'valid')).toContainText('30');
  await expect(dialog.getByTestId('import-advice')).toContainText('Semua 30 baris siap diimpor.');
  await expect(dialog.getByRole('button', { name: /Impor baris valid saja/ })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Impor semua (30 baris)' }).click();
  await expect(dialog.getByTestId('import-summary')).toHaveText(
    '30 peserta baru dan 0 peserta diperbarui di program UJI-2023.',
  );
  await dialog.getByRole('button', { name: 'Lihat daftar peserta' }).click();
  await expect(page.getByTestId('roster-count')).toHaveText('30 peserta');

  // The corrected file moves everyone to another unit: the same 30 people are updated in place.
  dialog = await openImport(page);
  await pick(dialog, 'peserta-bappeda-revisi.xlsx', await plainRoster(30, 'Dinas Sosial'));
  await expect(tile(dialog, 'updated')).toContainText('30');
  await expect(tile(dialog, 'new')).toContainText('0');
  await dialog.getByRole('button', { name: 'Impor semua (30 baris)' }).click();
  await expect(dialog.getByTestId('import-summary')).toHaveText(
    '0 peserta baru dan 30 peserta diperbarui di program UJI-2023.',
  );
  await dialog.getByRole('button', { name: 'Lihat daftar peserta' }).click();
  await expect(page.getByTestId('roster-count')).toHaveText('30 peserta');
  await expect(
    page.getByRole('table', { name: 'Peserta' }).locator('tbody tr[aria-rowindex]').first(),
  ).toContainText('Dinas Sosial');

  // The same file once more changes nothing, and the summary says so.
  dialog = await openImport(page);
  await pick(dialog, 'peserta-bappeda-revisi.xlsx', await plainRoster(30, 'Dinas Sosial'));
  await dialog.getByRole('button', { name: 'Impor semua (30 baris)' }).click();
  await expect(dialog.getByTestId('import-summary')).toHaveText(
    '0 peserta baru dan 0 peserta diperbarui di program UJI-2023.',
  );
  await expect(
    dialog.getByText('30 peserta sudah terdaftar dengan data yang sama sehingga tidak diubah.'),
  ).toBeVisible();
  await dialog.getByRole('button', { name: 'Lihat daftar peserta' }).click();
  await expect(page.getByTestId('roster-count')).toHaveText('30 peserta');
});

test('a file that cannot be read says what is wrong and what to do, and nothing is imported', async ({
  page,
  app,
}) => {
  await openRoster(page, app.url);
  const dialog = await openImport(page);

  // An old .xls is an OLE compound file: its signature is enough for the refusal.
  const xls = Buffer.alloc(4096);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(xls);
  await pick(dialog, 'daftar-lama.xls', xls);
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('Berkas Excel lama (.xls)');
  await expect(alert).toContainText('Simpan Sebagai');
  await expect(alert).toContainText('daftar-lama.xls');
  await expect(
    dialog.getByText('Setelah diperbaiki, pilih berkasnya lagi. Tidak ada data yang diubah.'),
  ).toBeVisible();

  await dialog.getByRole('button', { name: 'Pilih berkas lain' }).click();
  // A picture renamed to .xlsx.
  const png = Buffer.alloc(2048, 7);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(png);
  await pick(dialog, 'foto.xlsx', png);
  await expect(dialog.getByRole('alert')).toContainText('Bukan berkas lembar kerja');

  await dialog.getByRole('button', { name: 'Tutup' }).click();
  await expect(page.getByText('Program ini belum memiliki peserta')).toBeVisible();
});

test('the operator corrects a column the file names oddly, or reads another sheet', async ({ page, app }) => {
  const workbook = new ExcelJS.Workbook();
  const main = workbook.addWorksheet('Peserta');
  main.addRow(['NIP', 'NAMA', 'TEMPAT TUGAS']);
  main.addRow([VALID_NIP, 'Budi Santoso, S.T.', 'Bappeda']);
  main.addRow(['199203142019032004', 'Siti Aminah', 'Dinas Sosial']);
  const spare = workbook.addWorksheet('Cadangan');
  spare.addRow(['NIP', 'NAMA']);
  spare.addRow(['198803032012031007', 'Ni Luh Putu Ayu']);
  const file = await toBuffer(workbook);

  await openRoster(page, app.url);
  const dialog = await openImport(page);
  await pick(dialog, 'peserta.xlsx', file);
  await expect(tile(dialog, 'valid')).toContainText('2');

  // "TEMPAT TUGAS" is not a header Asesa knows: map it to the unit by hand.
  await dialog.getByRole('tab', { name: 'Kolom' }).click();
  const unit = dialog.getByRole('combobox', { name: 'Unit kerja' });
  await expect(unit).toHaveValue('');
  await unit.click();
  await page.getByRole('option', { name: /C · TEMPAT TUGAS/ }).click();
  await expect(dialog.getByText('Pemetaan kolom diubah')).toBeVisible();
  await expect(unit).toHaveValue('C · TEMPAT TUGAS');
  await dialog.getByRole('tab', { name: 'Contoh data' }).click();
  await expect(dialog.getByRole('table', { name: 'Contoh data' })).toContainText('Bappeda');

  // Another sheet is read on request.
  const sheet = dialog.getByRole('combobox', { name: 'Lembar yang dibaca' });
  await sheet.click();
  await page.getByRole('option', { name: 'Cadangan' }).click();
  await expect(dialog.getByTestId('import-source')).toHaveText('Lembar “Cadangan”, judul kolom di baris 1');
  await expect(tile(dialog, 'rows')).toContainText('1');
  await expect(dialog.getByText('Pemetaan kolom diubah')).toHaveCount(0);
});

test('a 10,000-row import runs as a job the operator can cancel, leaving nothing half-written', async ({
  page,
  app,
}) => {
  test.setTimeout(120_000);
  await openRoster(page, app.url);
  const file = await plainRoster(10_000);
  const dialog = await openImport(page);
  await pick(dialog, 'peserta-kota.xlsx', file);
  await expect(dialog.getByRole('progressbar', { name: 'Kemajuan impor' })).toBeVisible();
  await expect(tile(dialog, 'valid')).toContainText('10.000', { timeout: 60_000 });

  await dialog.getByRole('button', { name: 'Impor semua (10.000 baris)' }).click();
  const cancel = dialog.getByRole('button', { name: 'Batalkan' });
  await expect(cancel).toBeEnabled();
  await cancel.click();
  await expect(dialog.getByRole('alert')).toContainText('Impor dibatalkan. Tidak ada data yang diubah.', {
    timeout: 30_000,
  });
  await dialog.getByRole('button', { name: 'Tutup' }).click();
  await expect(page.getByText('Program ini belum memiliki peserta')).toBeVisible();

  // Nothing lost either: the file imports for real afterwards, and the window never freezes while
  // the worker reads, checks and saves (long main-thread tasks are counted; the waits below do not
  // poll with assertions, whose failure snapshots would be counted too).
  await page.getByRole('button', { name: 'Impor dari Excel/CSV' }).first().click();
  await pick(dialog, 'peserta-kota.xlsx', file);
  await dialog.getByRole('progressbar', { name: 'Kemajuan impor' }).waitFor();
  await page.evaluate(() => {
    const w = globalThis as unknown as { longest: number };
    w.longest = 0;
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longest = Math.max(w.longest, entry.duration);
    });
    observer.observe({ type: 'longtask' } as unknown as Parameters<typeof observer.observe>[0]);
  });
  const importAll = dialog.getByRole('button', { name: 'Impor semua (10.000 baris)' });
  await importAll.waitFor({ timeout: 60_000 });
  await importAll.click();
  await dialog.getByTestId('import-summary').waitFor({ timeout: 60_000 });
  const longest = await page.evaluate(() => (globalThis as unknown as { longest: number }).longest);
  expect(longest).toBeLessThan(500);
  await expect(dialog.getByTestId('import-summary')).toHaveText(
    '10.000 peserta baru dan 0 peserta diperbarui di program UJI-2023.',
  );
  // The list behind the wizard is fetched once, on closing.
  await dialog.getByRole('button', { name: 'Lihat daftar peserta' }).click();
  await expect(page.getByTestId('roster-count')).toHaveText('10.000 peserta');
});

test('the roster template downloads from the roster page', async ({ page, app }) => {
  await openRoster(page, app.url);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Unduh templat' }).first().click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const template = new ExcelJS.Workbook();
  await template.xlsx.readFile(await download.path());
  expect(template.worksheets.length).toBeGreaterThanOrEqual(2);
});
