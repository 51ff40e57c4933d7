import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/** Loads the sample programme (120 candidates, 6 assessors, national instruments, groups). */
async function loadDemo(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');
  await page.getByRole('button', { name: 'Muat data contoh' }).click();
  await expect(page.getByText(/Program contoh CONTOH siap: 120 peserta/)).toBeVisible({ timeout: 30_000 });
  await page.getByRole('link', { name: 'Penilai & Jadwal' }).click();
  await expect(page.getByRole('heading', { name: 'Penilai & Jadwal' })).toBeVisible();
}

/** Calls an operation with the page's own session (the operator's). */
async function call<T>(page: Page, url: string, operation: string, input: unknown): Promise<T> {
  const response = await page.request.post(`${url}/api/${operation}`, { data: input });
  const body = (await response.json()) as { ok: boolean; value: T };
  expect(body.ok).toBe(true);
  return body.value;
}

/**
 * One session (2022-08-22, 08:00–10:00) hosting every group, made directly through the API;
 * with `methodCode` it assesses that method, without it is the day's registration.
 */
async function scheduleEveryGroup(page: Page, url: string, methodCode?: string): Promise<number> {
  const schedule = await call<{ groups: { id: number }[] }>(page, url, 'schedule:get', { programId: 1 });
  const instruments = await call<{ methods: { id: number; code: string }[] }>(page, url, 'instruments:get', {
    programId: 1,
  });
  const method = instruments.methods.find((m) => m.code === methodCode);
  const session = await call<{ id: number }>(page, url, 'schedule:save-session', {
    programId: 1,
    day: '2022-08-22',
    start: '08:00',
    end: '10:00',
    room: 'Ruang A',
    methodId: method?.id ?? null,
  });
  await call(page, url, 'schedule:set-session-groups', {
    sessionId: session.id,
    groupIds: schedule.groups.map((g) => g.id),
  });
  return session.id;
}

test('an edited level descriptor is saved and shown in the competency', async ({ page, app }) => {
  await loadDemo(page, app.url);
  await page.getByRole('tab', { name: 'Instrumen' }).click();
  await page.getByRole('button', { name: /M\.1\s*Integritas/ }).click();
  await page
    .getByRole('region', { name: /M\.1\s*Integritas/ })
    .getByRole('button', { name: 'Ubah nama & uraian level' })
    .click();

  const dialog = page.getByRole('dialog', { name: 'Ubah M.1 Integritas' });
  const level3 = dialog.getByRole('textbox', { name: 'Uraian perilaku level 3' });
  await level3.fill('Menegakkan etika lintas unit walaupun keputusannya tidak populer.');
  // An empty title is refused at the field, before anything is sent.
  await dialog.getByRole('textbox', { name: 'Judul level 2' }).fill('');
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(dialog.getByText('Judul level wajib diisi.')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Judul level 2' }).fill('Menjaga etika di unit kerja');
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(dialog).toBeHidden();

  const levels = page.getByRole('table', { name: 'Uraian level M.1' });
  await expect(levels).toContainText('Menegakkan etika lintas unit walaupun keputusannya tidak populer.');
  await expect(levels).toContainText('Menjaga etika di unit kerja');
  // Stored, not only shown: a reload reads it back from the core.
  await page.reload();
  await page.getByRole('button', { name: /M\.1\s*Integritas/ }).click();
  await expect(page.getByRole('table', { name: 'Uraian level M.1' })).toContainText(
    'Menegakkan etika lintas unit walaupun keputusannya tidak populer.',
  );
});

test('an assessor added with a PIN typed twice can sign in with that PIN', async ({
  page,
  app,
  playwright,
}) => {
  await loadDemo(page, app.url);
  await page.getByRole('tab', { name: 'Penilai' }).click();
  await expect(page.getByTestId('assessor-count')).toHaveText('6 penilai, 1 ketua penilai');

  await page.getByRole('button', { name: 'Tambah penilai' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tambah penilai' });
  await dialog.getByRole('textbox', { name: 'Nama lengkap dan gelar' }).fill('Dr. Ir. Andi Wijaya, M.T.');
  await dialog.getByRole('textbox', { name: 'NIP (boleh dikosongkan)' }).fill('19860926.201505.1.001');
  await dialog.getByLabel('Instansi asal').fill('Dinas Pendidikan');
  await dialog.getByRole('textbox', { name: 'PIN', exact: true }).fill('2468');
  await dialog.getByRole('textbox', { name: 'Ulangi PIN' }).fill('2469');
  await dialog.getByRole('button', { name: 'Tambah penilai' }).click();
  await expect(dialog.getByText('Kedua PIN tidak sama. Ketik ulang.')).toBeVisible();

  await dialog.getByRole('textbox', { name: 'Ulangi PIN' }).fill('2468');
  await dialog.getByRole('button', { name: 'Tambah penilai' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('assessor-count')).toHaveText('7 penilai, 1 ketua penilai');
  const row = page.getByRole('row', { name: /Dr\. Ir\. Andi Wijaya, M\.T\./ });
  await expect(row).toContainText('19860926 201505 1 001');
  await expect(row).toContainText('Dinas Pendidikan');
  // The PIN is never shown again.
  await expect(page.getByText('2468')).toHaveCount(0);

  // Another device signs in with the PIN: the right one works, a wrong one does not.
  const assessors = await call<{ id: number; name: string }[]>(page, app.url, 'assessor:list', {
    programId: 1,
  });
  const andi = assessors.find((a) => a.name === 'Dr. Ir. Andi Wijaya, M.T.');
  expect(andi).toBeDefined();
  const laptop = await playwright.request.newContext({ baseURL: app.url });
  await laptop.get('/');
  const wrong = await laptop.post('/api/auth:login', { data: { assessorId: andi?.id, pin: '2469' } });
  expect(((await wrong.json()) as { error: { code: string } }).error.code).toBe('pin-wrong');
  const right = await laptop.post('/api/auth:login', { data: { assessorId: andi?.id, pin: '2468' } });
  expect(((await right.json()) as { ok: boolean }).ok).toBe(true);
  await laptop.dispose();
});

test('groups are formed one position level each and a session hosts them', async ({ page, app }) => {
  await loadDemo(page, app.url);
  await page.getByRole('tab', { name: 'Jadwal & Kelompok' }).click();

  // Groups: one position level each.
  await page.getByRole('button', { name: 'Bentuk kelompok otomatis' }).click();
  const form = page.getByRole('dialog', { name: 'Bentuk kelompok otomatis' });
  await expect(form.getByRole('checkbox', { name: 'Campur perangkat daerah' })).toBeChecked();
  await form.getByRole('checkbox', { name: 'Satu jenjang per kelompok' }).check();
  await form.getByRole('button', { name: 'Bentuk kelompok' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByText(/^\d+ kelompok terbentuk\.$/)).toBeVisible();
  await expect(page.getByTestId('groups-summary')).toContainText(
    '120 peserta berkelompok · 0 belum berkelompok',
  );
  const firstGroup = page.getByTestId('group-card').first();
  const levels = await firstGroup
    .getByTestId('group-member')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-level')));
  expect(levels.length).toBeGreaterThanOrEqual(4);
  expect(new Set(levels).size).toBe(1);

  // A session hosting every group.
  await page.getByRole('button', { name: 'Tambah sesi' }).click();
  const sessionForm = page.getByRole('dialog', { name: 'Sesi baru' });
  await sessionForm.getByLabel('Tanggal').fill('2022-08-22');
  await sessionForm.getByLabel('Mulai').fill('08:00');
  await sessionForm.getByLabel('Selesai').fill('07:00');
  await sessionForm.getByRole('textbox', { name: 'Ruang' }).fill('Aula Utama');
  await sessionForm.getByRole('button', { name: 'Simpan' }).click();
  await expect(sessionForm.getByText('Jam selesai harus setelah jam mulai.')).toBeVisible();
  await sessionForm.getByLabel('Selesai').fill('11:30');
  await sessionForm.getByRole('button', { name: 'Simpan' }).click();
  await expect(sessionForm).toBeHidden();
  const card = page.getByTestId('session-card');
  await expect(card).toContainText('08:00–11:30');
  await expect(card).toContainText('Belum ada kelompok di sesi ini.');
  await card.getByRole('button', { name: 'Kelompok' }).click();
  const groupsForm = page.getByRole('dialog', { name: /^Kelompok di sesi/ });
  await groupsForm.getByRole('button', { name: 'Pilih semua' }).click();
  await groupsForm.getByRole('button', { name: 'Simpan' }).click();
  await expect(groupsForm).toBeHidden();
  await expect(card).toContainText('120 peserta');
});

test('the automatic assignment shows balanced loads and a manual same-agency choice shows a conflict', async ({
  page,
  app,
}) => {
  await loadDemo(page, app.url);
  // In-tray for everyone: 120 candidates × 1 method × 2 assessors = 240 assignments.
  await scheduleEveryGroup(page, app.url, 'IT');
  await page.getByRole('tab', { name: 'Penugasan' }).click();
  await expect(page.getByText('Belum ada penugasan. Tekan "Bagi penilai otomatis".')).toBeVisible();
  await page.getByRole('button', { name: 'Bagi penilai otomatis' }).click();
  await expect(page.getByTestId('run-report')).toContainText(
    'Setiap peserta mendapat 2 penilai per metode, tanpa konflik kepentingan.',
  );
  await expect(page.getByTestId('assign-summary')).toContainText('120 peserta × metode · 240 penugasan');
  const loads = page.getByTestId('assessor-load');
  await expect(loads).toHaveCount(6);
  const counts = (await loads.getByTestId('load-count').allTextContents()).map(Number);
  expect(counts.reduce((a, b) => a + b, 0)).toBe(240);
  expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);

  // A manual change that pairs a candidate with an assessor of the same agency: allowed, in red.
  await page.getByRole('searchbox', { name: 'Cari penugasan' }).fill('Dinas Pendidikan');
  const row = page
    .getByRole('table', { name: 'Penugasan penilai' })
    .locator('tbody tr[aria-rowindex]')
    .first();
  await row.getByRole('button', { name: /^Ubah penilai peserta/ }).click();
  const assign = page.getByRole('dialog', { name: /^Penilai \d+/ });
  const sameAgency = assign.getByRole('checkbox', { name: /Muhammad Ridwan Hakim/ });
  await sameAgency.check();
  await expect(assign.getByRole('alert')).toContainText('berasal dari instansi yang sama dengan peserta');
  await assign.getByRole('button', { name: 'Tetap simpan' }).click();
  await expect(assign).toBeHidden();
  await expect(row.getByTestId('conflict-badge')).toHaveText('Konflik');
  await expect(page.getByTestId('assign-summary')).toContainText('1 konflik kepentingan');
  await expect(
    page.getByText(/berasal dari instansi yang sama dengan peserta .*Penugasan tetap disimpan/),
  ).toBeVisible();
});

test('the door desk checks a candidate in by typing the NIP and pressing Enter', async ({ page, app }) => {
  await loadDemo(page, app.url);
  // A session hosting every group, made directly: this test is about the door desk.
  const sessionId = await scheduleEveryGroup(page, app.url);
  const roster = await call<{ nip: string; name: string; participantNo: string }[]>(
    page,
    app.url,
    'roster:list',
    {
      programId: 1,
    },
  );
  const [first, second] = roster;
  if (!first || !second) throw new Error('the sample programme has candidates');
  const spaced = `${first.nip.slice(0, 8)} ${first.nip.slice(8, 14)} ${first.nip.slice(14, 15)} ${first.nip.slice(15)}`;

  await page.getByRole('tab', { name: 'Kehadiran' }).click();
  const counts = page.getByTestId('attendance-counts');
  await expect(counts).toContainText('Belum 120');
  const box = page.getByRole('textbox', { name: 'Catat kedatangan' });
  await expect(box).toBeFocused();

  await box.fill(spaced);
  await expect(page.getByTestId('check-in-match').first()).toContainText(first.name);
  await box.press('Enter');
  const feedback = page.getByTestId('check-in-feedback');
  await expect(feedback).toContainText(`${first.participantNo} · ${first.name}`);
  await expect(feedback).toContainText(/Hadir · \d\d:\d\d/);
  await expect(counts).toContainText('Hadir 1');
  await expect(counts).toContainText('Belum 119');
  // Ready for the next person at once.
  await expect(box).toHaveValue('');
  await expect(box).toBeFocused();

  // The same person twice changes nothing and says so.
  await box.fill(first.nip);
  await box.press('Enter');
  await expect(feedback).toContainText('sudah tercatat Hadir');
  await expect(counts).toContainText('Hadir 1');

  // A participant number without its zeros, and Shift+Enter: late.
  await box.fill(String(Number(second.participantNo)));
  await box.press('Shift+Enter');
  await expect(feedback).toContainText(`${second.participantNo} · ${second.name}`);
  await expect(feedback).toContainText(/Terlambat · \d\d:\d\d/);
  await expect(counts).toContainText('Terlambat 1');

  // Undo puts the previous state back.
  await feedback.getByRole('button', { name: 'Batalkan' }).click();
  await expect(counts).toContainText('Terlambat 0');
  await expect(counts).toContainText('Belum 119');

  // A name shared by several people waits for a choice instead of guessing; ↓ chooses.
  const list = await call<{ rows: { participantNo: string; name: string }[] }>(
    page,
    app.url,
    'attendance:list',
    {
      sessionId,
    },
  );
  const matching = list.rows.filter((r) => `${r.participantNo} ${r.name}`.toLowerCase().includes('a'));
  const pick = matching.findIndex((r) => r.participantNo !== first.participantNo);
  const target = matching[pick];
  if (!target) throw new Error('several candidates have an "a" in their name');
  await box.fill('a');
  await box.press('Enter');
  await expect(feedback).toContainText('Pilih dengan ↑ ↓ lalu tekan Enter');
  await expect(counts).toContainText('Hadir 1');
  for (let i = 0; i <= pick; i++) await box.press('ArrowDown');
  await expect(page.getByRole('option', { selected: true })).toContainText(target.name);
  await box.press('Enter');
  await expect(feedback).toContainText(`${target.participantNo} · ${target.name}`);
  await expect(feedback).toContainText(/Hadir · \d\d:\d\d/);
  await expect(counts).toContainText('Hadir 2');
});
