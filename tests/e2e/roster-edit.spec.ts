import type { Page } from '@playwright/test';
import { ERROR_MESSAGES } from '../../src/shared/errors';
import { test, expect } from './fixtures';

async function openRoster(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');
  await page.getByRole('button', { name: 'Buat program' }).first().click();
  const form = page.getByRole('dialog', { name: 'Buat program' });
  await form.getByLabel('Kode program').fill('UJI-2023');
  await form.getByLabel('Nama program').fill('Asesmen Kompetensi Uji Coba');
  await form.getByRole('button', { name: 'Buat program' }).click();
  await expect(form).toBeHidden();
  await page.getByRole('link', { name: 'Peserta' }).click();
  await expect(page.getByRole('heading', { name: 'Peserta' })).toBeVisible();
}

/** Adds a candidate through the page's own session, as the form would. */
async function seed(page: Page, candidate: Record<string, unknown>) {
  const ok = await page.evaluate(async (body) => {
    const programs = (await (
      await fetch('/api/program:list', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      })
    ).json()) as { value: Array<{ id: number }> };
    const response = await fetch('/api/roster:add', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ programId: programs.value[0]?.id, candidate: body }),
    });
    return response.ok;
  }, candidate);
  expect(ok).toBe(true);
}

test('adds a candidate with live NIP feedback, keeping the name exactly as typed', async ({ page, app }) => {
  await openRoster(page, app.url);
  await page.getByRole('button', { name: 'Tambah peserta' }).first().click();
  const form = page.getByRole('dialog', { name: 'Tambah peserta' });
  const nip = form.getByRole('textbox', { name: 'NIP' });

  await nip.fill('1986092620');
  await expect(form.getByText('10 dari 18 digit')).toBeVisible();
  await nip.fill("'19860926.201505.1.001");
  // The NIP read apart: PNS, born 26 Sep 1986, male, appointed May 2015.
  await expect(form.getByText('PNS · lahir 26 September 1986 · laki-laki · TMT CPNS Mei 2015')).toBeVisible();
  await expect(form.getByRole('combobox', { name: 'Jenis kelamin' })).toHaveAttribute(
    'placeholder',
    'Ikuti NIP (Laki-laki)',
  );
  // Leaving the field shows the NIP in its printed form.
  await form.getByRole('textbox', { name: /Nama lengkap/ }).click();
  await expect(nip).toHaveValue('19860926 201505 1 001');

  // A stated gender that contradicts the NIP is a warning, not a refusal.
  await form.getByRole('combobox', { name: 'Jenis kelamin' }).click();
  await page.getByRole('option', { name: 'Perempuan' }).click();
  await expect(
    form.getByRole('status').filter({ hasText: 'Jenis kelamin tertulis perempuan' }),
  ).toBeVisible();

  await form.getByRole('textbox', { name: /Nama lengkap/ }).fill('Dra. Hj. Siti  Aminah, M.Si.');
  // Typing the code finds the rank.
  await form.getByRole('combobox', { name: 'Pangkat/golongan' }).fill('III/a');
  await page.getByRole('option', { name: 'Penata Muda (III/a)' }).click();
  await expect(form.getByRole('combobox', { name: 'Pangkat/golongan' })).toHaveValue('Penata Muda (III/a)');
  await form.getByRole('combobox', { name: 'Jenjang jabatan' }).click();
  await page.getByRole('option', { name: 'Administrator' }).click();
  await form.getByRole('textbox', { name: 'Jabatan' }).fill('Kepala Bidang Aptika');
  await form.getByLabel('Unit kerja / perangkat daerah').fill('Dinas Komunikasi dan Informatika');
  await form.getByRole('button', { name: 'Tambah peserta' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByText('ditambahkan sebagai peserta nomor 001')).toBeVisible();

  const row = page
    .getByRole('table', { name: 'Peserta' })
    .getByRole('row', { name: /19860926 201505 1 001/ });
  // Titles and capitals kept; the double space typed by accident is tidied.
  await expect(row).toContainText('Dra. Hj. Siti Aminah, M.Si.');
  await expect(row).toContainText('III/a');
  await expect(row).toContainText('Administrator');
  await expect(page.getByTestId('roster-count')).toHaveText('1 peserta');
});

test('problems show at their fields while typing, and block saving until fixed', async ({ page, app }) => {
  await openRoster(page, app.url);
  await seed(page, { nip: '198609262015051001', name: 'Budi Santoso' });
  await expect(page.getByTestId('roster-count')).toHaveText('1 peserta');
  await page.getByRole('button', { name: 'Tambah peserta' }).first().click();
  const form = page.getByRole('dialog', { name: 'Tambah peserta' });
  const nip = form.getByRole('textbox', { name: 'NIP' });

  await nip.fill('19860926A');
  await expect(form.getByText('NIP hanya boleh berisi angka')).toBeVisible();
  await expect(nip).toHaveAttribute('aria-invalid', 'true');

  // Someone else's NIP is flagged before the server is asked.
  await nip.fill('19860926 201505 1 001');
  await expect(form.getByText('NIP ini sudah terdaftar untuk Budi Santoso (No. 001).')).toBeVisible();

  await nip.fill('19920314 201903 2 004');
  await expect(nip).not.toHaveAttribute('aria-invalid', 'true');
  await form.getByRole('button', { name: 'Tambah peserta' }).click();
  await expect(form.getByText('Nama kosong. Isi nama lengkap beserta gelarnya.')).toBeVisible();
  await expect(form.getByText('Perbaiki 1 isian yang ditandai merah, lalu simpan.')).toBeVisible();
  await expect(form).toBeVisible();

  await form.getByRole('textbox', { name: /Nama lengkap/ }).fill("Nur'aini");
  await expect(form.getByText('Nama kosong.')).toHaveCount(0);
  await form.getByRole('button', { name: 'Tambah peserta' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByTestId('roster-count')).toHaveText('2 peserta');
});

test('a refusal from the server lands at the field it names', async ({ page, app }) => {
  await openRoster(page, app.url);
  const message =
    'Golongan tidak dikenali. Tulis seperti "III/a" atau "Penata Muda (III/a)"; kosongkan untuk PPPK.';
  await page.route('**/api/roster:add', (route) =>
    route.fulfill({
      status: 422,
      contentType: 'application/json',
      body: JSON.stringify({
        ok: false,
        error: {
          code: 'candidate-invalid',
          message: ERROR_MESSAGES['candidate-invalid'],
          details: [{ path: 'grade', code: 'grade-unknown', message }],
        },
      }),
    }),
  );
  await page.getByRole('button', { name: 'Tambah peserta' }).first().click();
  const form = page.getByRole('dialog', { name: 'Tambah peserta' });
  await form.getByRole('textbox', { name: 'NIP' }).fill('198609262015051001');
  await form.getByRole('textbox', { name: /Nama lengkap/ }).fill('Budi Santoso');
  await form.getByRole('button', { name: 'Tambah peserta' }).click();
  await expect(form.getByText(message)).toBeVisible();
  await expect(form.getByRole('combobox', { name: 'Pangkat/golongan' })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
});

test('edits a candidate, and deletes one only after asking', async ({ page, app }) => {
  await openRoster(page, app.url);
  await seed(page, { nip: '198609262015051001', name: 'Budi Santoso', unit: 'Bappeda', grade: 'III/b' });
  await seed(page, { nip: '199203142019032004', name: 'Siti Aminah', unit: 'Dinas Sosial' });
  await page.reload();
  await expect(page.getByTestId('roster-count')).toHaveText('2 peserta');

  await page.getByRole('button', { name: 'Ubah Budi Santoso (001)' }).click();
  const form = page.getByRole('dialog', { name: 'Ubah data peserta 001' });
  await expect(form.getByRole('textbox', { name: 'NIP' })).toHaveValue('19860926 201505 1 001');
  await expect(form.getByRole('combobox', { name: 'Pangkat/golongan' })).toHaveValue(
    'Penata Muda Tingkat I (III/b)',
  );
  await form.getByLabel('Unit kerja / perangkat daerah').fill('Badan Perencanaan Pembangunan Daerah');
  await form.getByRole('button', { name: 'Simpan perubahan' }).click();
  await expect(form).toBeHidden();
  const table = page.getByRole('table', { name: 'Peserta' });
  await expect(table.getByRole('row', { name: /Budi Santoso/ })).toContainText(
    'Badan Perencanaan Pembangunan',
  );

  await page.getByRole('button', { name: 'Hapus Siti Aminah (002)' }).click();
  const confirm = page.getByRole('dialog', { name: 'Hapus peserta?' });
  await expect(confirm).toContainText('Siti Aminah (NIP 19920314 201903 2 004, No. 002)');
  await confirm.getByRole('button', { name: 'Batal' }).click();
  await expect(page.getByTestId('roster-count')).toHaveText('2 peserta');

  await page.getByRole('button', { name: 'Hapus Siti Aminah (002)' }).click();
  await confirm.getByRole('button', { name: 'Hapus peserta' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByTestId('roster-count')).toHaveText('1 peserta');
});

test('a candidate who already has scores cannot be deleted, and the dialog says why', async ({
  page,
  app,
}) => {
  await openRoster(page, app.url);
  await seed(page, { nip: '198609262015051001', name: 'Budi Santoso' });
  await page.reload();
  // Scoring is another stage; the server's refusal is what this screen must show.
  await page.route('**/api/roster:delete', (route) =>
    route.fulfill({
      status: 422,
      contentType: 'application/json',
      body: JSON.stringify({
        ok: false,
        error: { code: 'candidate-in-use', message: ERROR_MESSAGES['candidate-in-use'] },
      }),
    }),
  );
  await page.getByRole('button', { name: 'Hapus Budi Santoso (001)' }).click();
  const confirm = page.getByRole('dialog', { name: 'Hapus peserta?' });
  await confirm.getByRole('button', { name: 'Hapus peserta' }).click();
  await expect(confirm.getByRole('alert')).toHaveText(ERROR_MESSAGES['candidate-in-use']);
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: 'Batal' }).click();
  await expect(page.getByTestId('roster-count')).toHaveText('1 peserta');
});
