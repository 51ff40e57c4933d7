import { test, expect } from './fixtures';

test('switching to English relabels the stages and is remembered after a reload', async ({ page, app }) => {
  await page.goto(app.url);
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');
  const nav = page.getByRole('navigation', { name: 'Tahapan hari asesmen' });
  await expect(nav.getByRole('link', { name: 'Peserta' })).toBeVisible();

  await page.getByText('EN', { exact: true }).click();
  const navEn = page.getByRole('navigation', { name: 'Stages of the assessment day' });
  for (const label of ['Programmes', 'Candidates', 'Assessors & Schedule', 'Scoring', 'Settings']) {
    await expect(navEn.getByRole('link', { name: label })).toBeVisible();
  }
  await expect(navEn.getByRole('link', { name: 'Peserta' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Welcome to Asesa' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.reload();
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');
  await expect(navEn.getByRole('link', { name: 'Candidates' })).toBeVisible();

  await page.getByText('ID', { exact: true }).click();
  await expect(nav.getByRole('link', { name: 'Peserta' })).toBeVisible();
});

test('a stage that needs a programme points to the Program page, and Pengaturan shows the data folder', async ({
  page,
  app,
}) => {
  await page.goto(`${app.url}/#/certificates`);
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');
  // With no programme yet, the stage first asks for one.
  await expect(page.getByText('Belum ada program aktif')).toBeVisible();
  await page.getByRole('button', { name: 'Buka halaman Program' }).click();
  await expect(page.getByRole('heading', { name: 'Selamat datang di Asesa' })).toBeVisible();

  await page.getByRole('link', { name: 'Pengaturan' }).click();
  await expect(page.getByText('Versi skema database')).toBeVisible();
  await expect(page.getByText(app.dataDir)).toBeVisible();
});
