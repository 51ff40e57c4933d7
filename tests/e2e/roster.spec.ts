import { test, expect } from './fixtures';

test('sample data fills a programme whose candidates can be searched', async ({ page, app }) => {
  await page.goto(app.url);
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');
  await page.getByRole('button', { name: 'Muat data contoh' }).click();

  // The job ends by selecting its programme and saying so.
  await expect(page.getByText(/Program contoh CONTOH siap: 120 peserta/)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('combobox', { name: 'Program aktif' })).toHaveValue(/CONTOH/);

  await page.getByRole('link', { name: 'Peserta' }).click();
  const count = page.getByTestId('roster-count');
  await expect(count).toHaveText('120 peserta');
  const table = page.getByRole('table', { name: 'Peserta' });
  const rows = table.locator('tbody tr[aria-rowindex]');
  await expect(rows.first()).toBeVisible();
  // Virtualised: only the rows in view exist, yet the table reports all of them.
  await expect(table).toHaveAttribute('aria-rowcount', '121');
  expect(await rows.count()).toBeLessThan(120);

  // An NIP is shown spaced ("19860926 201505 1 001") and found by any of its groups.
  const nip = (await rows.first().locator('td').nth(1).textContent()) ?? '';
  expect(nip).toMatch(/^\d{8} \d{6} \d \d{3}$/);
  const search = page.getByRole('searchbox', { name: 'Cari peserta' });
  await search.fill(nip);
  await expect(count).toHaveText('1 dari 120 peserta');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(nip);

  await search.fill('dinas');
  await expect(count).toHaveText(/^\d+ dari 120 peserta$/);
  const shown = Number((await count.textContent())?.split(' ')[0]);
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(120);
  await expect(rows.first()).toContainText(/dinas/i);

  await search.fill('tidak ada yang bernama begini');
  await expect(count).toHaveText('0 dari 120 peserta');
  const frame = page.getByRole('region', { name: 'Peserta' });
  await expect(frame.getByText('Tidak ada peserta yang cocok dengan pencarian ini.')).toBeVisible();

  await search.fill('');
  await expect(count).toHaveText('120 peserta');
});

test('cancelling the sample data stops the job and leaves no programme behind', async ({ page, app }) => {
  // The button asks for the default 120 candidates, done in a blink; 20,000 leaves time to cancel.
  await page.route('**/api/demo:create', (route) =>
    route.continue({ postData: JSON.stringify({ candidates: 20_000 }) }),
  );
  await page.goto(app.url);
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');
  await page.getByRole('button', { name: 'Muat data contoh' }).click();

  const dialog = page.getByRole('dialog', { name: 'Memuat data contoh' });
  await dialog.getByRole('button', { name: 'Batalkan' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Proses dibatalkan. Tidak ada data yang diubah.');
  await dialog.getByRole('button', { name: 'Tutup' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Selamat datang di Asesa' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Program aktif' })).toHaveValue('');
});
