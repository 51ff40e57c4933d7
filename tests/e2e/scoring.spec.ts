import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { call, test, expect } from './fixtures';

/** Set to a folder to keep screenshots of the screens this test walks through (UI review). */
const SHOTS = process.env.SCORING_SCREENSHOTS;
const shot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png` });
};

test('an assessor scores a candidate with the keyboard only and the operator dashboard shows it', async ({
  app,
  browser,
}) => {
  test.setTimeout(120_000);
  // A demo programme (120 candidates, 6 assessors with PIN 123456), then the automatic assignment.
  execFileSync(process.execPath, ['bin/asesa.js', '--data', app.dataDir, 'demo'], { stdio: 'ignore' });

  const operatorContext = await browser.newContext();
  const operator = await operatorContext.newPage();
  await operator.goto(`${app.url}/#/scoring`);
  await expect(operator.locator('body')).toHaveAttribute('data-ready', 'true');
  const [program] = await call<{ id: number }[]>(operator, 'program:list', { includeArchived: false });
  await call(operator, 'assign:auto', { programId: program!.id });
  const assessors = await call<{ id: number; name: string }[]>(operator, 'auth:assessors', {
    programId: program!.id,
  });
  const siti = assessors.find((a) => a.name.startsWith('Dra. Hj. Siti Aminah'))!;

  // The operator's dashboard before any score.
  await expect(operator.getByTestId('total-submitted')).toHaveText('0');
  const sitiProgress = operator.getByTestId(`assessor-progress-${siti.id}`);
  await expect(sitiProgress).toContainText('0 terkirim · 160 tersisa');
  await shot(operator, 'dashboard-before');

  // The assessor's own browser (its own session): sign in with the PIN, keyboard only.
  const assessorContext = await browser.newContext();
  const page = await assessorContext.newPage();
  await page.goto(`${app.url}/#/scoring`);
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');
  await page.getByRole('button', { name: 'Mode penilai' }).focus();
  await page.keyboard.press('Enter');
  const signIn = page.getByRole('dialog', { name: 'Masuk sebagai penilai' });
  await expect(signIn.getByRole('combobox', { name: 'Penilai', exact: true })).toBeFocused();
  await page.keyboard.type('Siti');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(signIn.getByLabel('PIN')).toBeFocused();
  await shot(page, 'sign-in');
  await page.keyboard.type('000000');
  await page.keyboard.press('Enter');
  await expect(signIn.getByRole('alert')).toContainText('PIN salah');
  await page.keyboard.type('123456');
  await page.keyboard.press('Enter');

  // The workspace: only this assessor's sheets, no stage navigation.
  await expect(page.getByTestId('assessor-name')).toHaveText(siti.name);
  await expect(page.getByRole('navigation', { name: 'Tahapan hari asesmen' })).toHaveCount(0);
  const competencies = page
    .getByRole('group')
    .filter({ has: page.getByRole('button', { name: /^Level 1/ }) });
  await expect(competencies.first()).toBeFocused();
  const count = await competencies.count();
  expect(count).toBeGreaterThan(1);
  const candidate = (await page.getByRole('heading', { level: 2 }).textContent())!;

  // 3 on every competency but the last (each digit moves on), then an extreme 5 on the last.
  for (let i = 0; i < count - 1; i++) await page.keyboard.press('3');
  await expect(competencies.nth(count - 1)).toBeFocused();
  await page.keyboard.press('5');
  const last = competencies.nth(count - 1);
  await expect(last.getByRole('button', { name: /^Level 5/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(last).toContainText('Level ekstrem perlu catatan bukti');
  await expect(competencies.first().getByRole('button', { name: /^Level 3/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(competencies.first()).toContainText(/Tersimpan \d\d\.\d\d/);
  await shot(page, 'workspace-half-scored');

  await page.keyboard.press('n');
  await page.keyboard.type('Mengambil keputusan tegas berbasis data pada kasus anggaran.');
  await page.keyboard.press('Escape');
  await expect(last).toBeFocused();
  await expect(last).not.toContainText('Level ekstrem perlu catatan bukti');
  await expect(last).toContainText(/Tersimpan \d\d\.\d\d/);
  await expect(page.getByTestId('save-indicator')).toHaveText('Semua perubahan tersimpan');

  // Ctrl+Enter asks to submit with a summary; Enter confirms.
  await page.keyboard.press('Control+Enter');
  const confirm = page.getByRole('dialog', { name: 'Kirim lembar penilaian?' });
  await expect(confirm).toContainText('5 · ');
  await expect(confirm).not.toContainText('Level ekstrem perlu catatan bukti');
  await expect(confirm.getByRole('button', { name: 'Kirim' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(confirm).toBeHidden();
  // The workspace moves on to the next sheet; the submitted one is marked in the list.
  await expect(page.getByRole('heading', { level: 2 })).not.toHaveText(candidate);

  // The operator's dashboard follows live, without a reload.
  await expect(operator.getByTestId('total-submitted')).toHaveText('1');
  await expect(sitiProgress).toContainText('1 terkirim · 159 tersisa');
  await shot(operator, 'dashboard');

  // Lock the screen: only the PIN opens it again.
  await page.getByRole('button', { name: 'Kunci layar' }).focus();
  await page.keyboard.press('Enter');
  const lock = page.getByTestId('lock-screen');
  await expect(lock).toContainText(siti.name);
  await expect(lock.getByLabel('PIN')).toBeFocused();
  await shot(page, 'lock-screen');
  const locked = await page.evaluate(() =>
    fetch('/api/progress:get', { method: 'POST', body: '{}' }).then((r) => r.status),
  );
  expect(locked).toBeGreaterThanOrEqual(400);
  await page.keyboard.type('123456');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('assessor-name')).toHaveText(siti.name);

  await assessorContext.close();
  await operatorContext.close();
});
