import { test, expect } from './fixtures';

test.beforeEach(async ({ page, app }) => {
  await page.goto(app.url);
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');
});

test('a new installation offers both ways to start, and a programme made in the form joins the list', async ({
  page,
}) => {
  await expect(page.getByRole('heading', { name: 'Selamat datang di Asesa' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Muat data contoh' })).toBeVisible();
  await page.getByRole('button', { name: 'Buat program' }).click();

  const form = page.getByRole('dialog', { name: 'Buat program' });
  await form.getByLabel('Kode program').fill('ta-2023');
  await form.getByLabel('Nama program').fill('Asesmen Kompetensi ASN Talent Academy 2023');
  await form.getByLabel('Penyelenggara').fill('BKPSDM Kota Bekasi');
  await form.getByLabel('Tanggal mulai').fill('2023-02-24');
  await form.getByLabel('Tanggal selesai').fill('2023-02-25');
  await form.getByLabel('NIP').fill('19700315 199503 1 002');
  await form.getByRole('button', { name: 'Buat program' }).click();
  await expect(form).toBeHidden();

  const row = page.getByRole('row', { name: /TA-2023/ });
  await expect(row).toContainText('Asesmen Kompetensi ASN Talent Academy 2023');
  await expect(row).toContainText('24–25 Februari 2023');
  await expect(row).toContainText('Pemetaan kompetensi');
  // The new programme becomes the one every stage works on.
  await expect(page.getByRole('combobox', { name: 'Program aktif' })).toHaveValue(/TA-2023/);
});

test('form errors appear next to their fields in Bahasa Indonesia', async ({ page }) => {
  await page.getByRole('button', { name: 'Buat program' }).click();
  const form = page.getByRole('dialog', { name: 'Buat program' });
  await form.getByLabel('Kode program').fill('x');
  await form.getByLabel('Nama program').fill('Asesmen Uji');
  await form.getByLabel('NIP').fill('1970031519950');
  await form.getByRole('button', { name: 'Buat program' }).click();

  await expect(form.getByText('Kode program 2–32 karakter: huruf, angka, atau tanda hubung')).toBeVisible();
  await expect(form.getByText('NIP harus 18 digit.')).toBeVisible();
  await expect(form.getByLabel('Kode program')).toHaveAttribute('aria-invalid', 'true');

  // A rule only the core knows (dates in order) comes back from the server, next to its field.
  await form.getByLabel('Kode program').fill('UJI-1');
  await form.getByLabel('NIP').fill('');
  await form.getByLabel('Tanggal mulai').fill('2023-02-25');
  await form.getByLabel('Tanggal selesai').fill('2023-02-24');
  await form.getByRole('button', { name: 'Buat program' }).click();
  await expect(form.getByText('Tanggal selesai tidak boleh sebelum tanggal mulai.')).toBeVisible();
  await expect(form.getByLabel('Tanggal selesai')).toHaveAttribute('aria-invalid', 'true');
});

test('a programme code already in use is refused with the server message at the code field', async ({
  page,
}) => {
  for (const name of ['Asesmen Pertama', 'Asesmen Kedua']) {
    await page.getByRole('button', { name: 'Buat program' }).click();
    const form = page.getByRole('dialog', { name: 'Buat program' });
    await form.getByLabel('Kode program').fill('SAMA-1');
    await form.getByLabel('Nama program').fill(name);
    await form.getByRole('button', { name: 'Buat program' }).click();
    if (name === 'Asesmen Pertama') await expect(form).toBeHidden();
  }
  const form = page.getByRole('dialog', { name: 'Buat program' });
  await expect(form.getByText('Kode program sudah dipakai. Pilih kode lain.')).toBeVisible();
  await form.getByRole('button', { name: 'Batal' }).click();
  await expect(page.getByRole('row', { name: /SAMA-1/ })).toHaveCount(1);
});

test('an archived programme leaves the list until the archive is shown, and can be restored', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Buat program' }).click();
  const form = page.getByRole('dialog', { name: 'Buat program' });
  await form.getByLabel('Kode program').fill('ARSIP-1');
  await form.getByLabel('Nama program').fill('Program yang diarsipkan');
  await form.getByRole('button', { name: 'Buat program' }).click();
  await expect(form).toBeHidden();
  // A second programme keeps the list (not the start screen) on show after archiving the first.
  await page.getByRole('button', { name: 'Buat program' }).click();
  await form.getByLabel('Kode program').fill('TETAP-1');
  await form.getByLabel('Nama program').fill('Program yang tetap');
  await form.getByRole('button', { name: 'Buat program' }).click();
  await expect(form).toBeHidden();

  await page.getByRole('button', { name: 'Arsipkan ARSIP-1' }).click();
  const confirm = page.getByRole('dialog', { name: 'Arsipkan program?' });
  await confirm.getByRole('button', { name: 'Arsipkan' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('row', { name: /ARSIP-1/ })).toHaveCount(0);

  await page.getByRole('switch', { name: 'Tampilkan arsip' }).click();
  const archived = page.getByRole('row', { name: /ARSIP-1/ });
  await expect(archived).toContainText('Diarsipkan');
  await page.getByRole('button', { name: 'Pulihkan ARSIP-1' }).click();
  await page
    .getByRole('dialog', { name: 'Pulihkan program?' })
    .getByRole('button', { name: 'Pulihkan' })
    .click();
  await expect(archived).toContainText('Aktif');
});
