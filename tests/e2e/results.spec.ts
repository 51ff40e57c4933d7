import { execFileSync } from 'node:child_process';
import { request, type Page } from '@playwright/test';
import { RATIONALE_REASON_MESSAGES } from '../../src/shared/domain/reconcile';
import { test, expect } from './fixtures';

/** Set to a folder to keep screenshots of the screens this test walks through (UI review). */
const SHOTS = process.env.RESULTS_SCREENSHOTS;
const shot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, animations: 'disabled' });
};

type Call = <T>(operation: string, input: object) => Promise<T>;

/** A door of its own (the page hands out the session cookie), calling operations as screens do. */
async function openSession(url: string) {
  const context = await request.newContext({ baseURL: url });
  await context.get('/');
  const call: Call = async <T>(operation: string, input: object) => {
    const response = await context.post(`/api/${operation}`, { data: input });
    const body = (await response.json()) as { ok: boolean; value?: unknown; error?: unknown };
    if (!body.ok) throw new Error(`${operation} failed: ${JSON.stringify(body.error)}`);
    return body.value as T;
  };
  return { call, dispose: () => context.dispose() };
}

interface ResultRow {
  candidateId: number;
  participantNo: string;
  name: string;
  status: string;
  rank: number | null;
  competencies: { competencyId: number; code: string; standard: number | null }[];
}
interface Sheet {
  assignmentId: number;
  candidate: { id: number };
  competencies: { id: number; code: string }[];
}

/**
 * The scoring day, done through the API: the demo programme (8 candidates, 6 assessors with PIN
 * 123456), the automatic assignment, then every assessor rates and submits all their sheets.
 * Every candidate's assessors agree (level = standard, or one below for every other candidate),
 * except the target's: one level above standard, with M.1 split two levels (a rationale is
 * required) and M.2 split one level (consensus suggests nothing). The programme-wide "accept
 * suggestions" then completes everyone but the target.
 */
async function seedScoredProgramme(url: string, dataDir: string) {
  execFileSync(process.execPath, ['bin/asesa.js', '--data', dataDir, 'demo', '--candidates', '8'], {
    stdio: 'ignore',
    env: { ...process.env, ASESA_SKIP_BUILD: '1' },
  });
  const admin = await openSession(url);
  const [program] = await admin.call<{ id: number }[]>('program:list', { includeArchived: false });
  const programId = program!.id;
  await admin.call('assign:auto', { programId });

  const before = await admin.call<{ candidates: ResultRow[] }>('results:list', { programId });
  const standards = new Map<string, number>();
  for (const candidate of before.candidates)
    for (const c of candidate.competencies)
      standards.set(`${candidate.candidateId}:${c.competencyId}`, c.standard ?? 3);
  // A target whose every standard leaves room for two levels above it.
  const target = before.candidates.find((c) => c.competencies.every((k) => (k.standard ?? 3) <= 3))!;
  const ordered = [...before.candidates].sort((a, b) => a.participantNo.localeCompare(b.participantNo));
  const offset = new Map(ordered.map((c, i) => [c.candidateId, i % 2 === 0 ? 0 : -1]));

  const assessors = await admin.call<{ id: number; name: string; role: string }[]>('auth:assessors', {
    programId,
  });
  const raters = [];
  for (const assessor of assessors) {
    const session = await openSession(url);
    await session.call('auth:login', { assessorId: assessor.id, pin: '123456' });
    const mine = await session.call<{ sheets: { assignmentId: number }[] }>('scoring:my-sheets', {
      programId,
    });
    const sheets: Sheet[] = [];
    for (const { assignmentId } of mine.sheets)
      sheets.push(await session.call<Sheet>('scoring:get-sheet', { assignmentId }));
    raters.push({ session, sheets });
  }

  const seen = new Map<string, number>();
  for (const { session, sheets } of raters) {
    for (const sheet of sheets) {
      for (const competency of sheet.competencies) {
        const key = `${sheet.candidate.id}:${competency.id}`;
        const nth = seen.get(key) ?? 0;
        seen.set(key, nth + 1);
        const standard = standards.get(key) ?? 3;
        let level = Math.max(1, standard + (offset.get(sheet.candidate.id) ?? 0));
        if (sheet.candidate.id === target.candidateId) {
          level = standard + 1;
          if (competency.code === 'M.1') level = nth === 0 ? standard : standard + 2;
          if (competency.code === 'M.2' && nth > 0) level = standard + 2;
        }
        await session.call('scores:save', {
          assignmentId: sheet.assignmentId,
          competencyId: competency.id,
          level,
          evidence: `Bukti ${competency.code}: perilaku teramati dan tercatat.`,
        });
      }
      await session.call('scores:submit', { assignmentId: sheet.assignmentId });
    }
  }
  await admin.call('results:accept-suggestions', { programId });
  const after = await admin.call<{ candidates: ResultRow[]; counts: { complete: number } }>('results:list', {
    programId,
  });
  for (const { session } of raters) await session.dispose();
  await admin.dispose();
  const standardOf = (code: string) => target.competencies.find((c) => c.code === code)!.standard ?? 3;
  return { after, target, standardOf, lead: assessors.find((a) => a.role === 'lead')! };
}

test('the meeting integrates one candidate and the Hasil table ranks them', async ({ app, page }) => {
  test.setTimeout(180_000);
  const { after, target, standardOf, lead } = await seedScoredProgramme(app.url, app.dataDir);
  const ranked = after.candidates.filter((c) => c.rank !== null);
  expect(ranked.length).toBe(after.candidates.length - 1);
  const leader = ranked.find((c) => c.rank === 1)!;
  const rowOf = (name: string) => page.getByRole('row').filter({ hasText: name });

  // Before the meeting: the target waits among the incomplete, the leader is first.
  await page.goto(`${app.url}/#/results`);
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');
  await page.getByRole('tab', { name: 'Peringkat' }).click();
  await expect(page.getByText(`Diperingkat (${ranked.length})`)).toBeVisible();
  await expect(rowOf(leader.name).getByTestId('rank')).toHaveText('1');
  await expect(rowOf(target.name)).toHaveCount(0);
  await shot(page, 'results-before');
  await page.getByText('Belum lengkap (1)').click();
  await expect(rowOf(target.name)).toContainText('Belum lengkap');

  // The meeting: the queue holds only the target, and its first open competency has the focus.
  await page.getByRole('link', { name: 'Integrasi' }).click();
  await expect(page.getByText('Perlu dibahas (1)')).toBeVisible();
  await expect(page.getByTestId('integration-name')).toHaveText(target.name);
  const m1 = page.getByTestId('agree-M.1');
  const m2 = page.getByTestId('agree-M.2');
  await expect(m1).toBeFocused();
  await expect(m1.getByTestId('rating')).not.toHaveCount(0);
  await shot(page, 'integration');

  // M.1 spread two levels: any level needs a rationale, and Enter without one asks for it.
  const agreedM1 = standardOf('M.1') + 1;
  await page.keyboard.press(String(agreedM1));
  await expect(m1.getByRole('radio', { name: new RegExp(`^Level ${agreedM1}`) })).toHaveAttribute(
    'aria-checked',
    'true',
  );
  await expect(m1).toContainText(RATIONALE_REASON_MESSAGES['wide-spread']);
  await expect(m1).toContainText(RATIONALE_REASON_MESSAGES['differs-from-every-rating']);
  await page.keyboard.press('Enter');
  await expect(m1).toContainText('Alasan wajib diisi');
  await expect(m1.getByRole('textbox')).toBeFocused();
  await shot(page, 'integration-rationale-required');
  await page.keyboard.type(
    'Bukti in-tray dan wawancara menunjukkan integritas di atas standar secara konsisten.',
  );
  await page.keyboard.press('Control+Enter');
  await expect(m1).toContainText(`Disepakati ${agreedM1}`);
  // Saving moves on to the next competency.
  await expect(m2).toBeFocused();

  // M.2 spread one level, agreed on one of the ratings: no rationale needed.
  const agreedM2 = standardOf('M.2') + 1;
  await page.keyboard.press(String(agreedM2));
  await expect(m2).toContainText('Alasan (tidak wajib)');
  await page.keyboard.press('Enter');
  await expect(m2).toContainText(`Disepakati ${agreedM2}`);

  // The result follows each save: complete, above every other candidate.
  await expect(page.getByTestId('integration-status')).toHaveText('Lengkap');
  await expect(page.getByTestId('integration-rank')).toHaveText('1');
  await expect(page.getByTestId('integration-score')).toContainText('%');
  await expect(page.getByText('Perlu dibahas (0)')).toBeVisible();
  await shot(page, 'integration-done');

  // Hasil: the target is ranked first and the former leader moved down one place.
  await page.getByRole('link', { name: 'Hasil' }).click();
  await page.getByText(`Diperingkat (${ranked.length + 1})`).click();
  await expect(rowOf(target.name).getByTestId('rank')).toHaveText('1');
  await expect(rowOf(leader.name).getByTestId('rank')).toHaveText('2');
  await expect(page.getByText('Belum lengkap (0)')).toBeVisible();
  await shot(page, 'results-after');
  // Sorting by score keeps the ranking's order; a second click turns it around.
  await page.getByRole('button', { name: 'Urutkan menurut JPM' }).click();
  await expect(page.getByTestId('rank').first()).toHaveText('1');
  await page.getByRole('button', { name: 'Urutkan menurut JPM' }).click();
  await expect(page.getByTestId('rank').first()).toHaveText(String(ranked.length + 1));
  await page.getByRole('button', { name: 'Urutkan menurut Peringkat' }).click();
  await expect(page.getByTestId('rank').first()).toHaveText('1');

  // The target's competency profile, standard against achieved.
  await page.getByRole('button', { name: `Lihat profil ${target.name}` }).click();
  const profile = page.getByRole('dialog', { name: target.name });
  await expect(profile).toContainText('Profil kompetensi');
  await expect(profile.getByRole('row').filter({ hasText: 'M.1' })).toContainText('+1');
  await shot(page, 'results-profile');
  await page.keyboard.press('Escape');

  await page.getByRole('tab', { name: 'Grafik' }).click();
  await expect(page.getByText('Sebaran kategori')).toBeVisible();
  await shot(page, 'results-charts');

  await page.getByRole('tab', { name: 'Kesepakatan penilai' }).click();
  await expect(page.getByTestId('agreement-exact')).toContainText('%');
  const pairs = page.getByRole('table', { name: 'Per pasangan asesor' });
  await expect(pairs.getByRole('row')).not.toHaveCount(1);
  await shot(page, 'results-agreement');

  await page.getByRole('tab', { name: 'Seleksi' }).click();
  await page.getByLabel('Jumlah peserta terbaik (N)').fill('4');
  await page.getByLabel('Jumlah kelompok (K)').fill('2');
  await page.getByRole('button', { name: 'Bentuk kelompok' }).click();
  await expect(page.getByTestId('group-1')).toContainText('2 anggota');
  await expect(page.getByTestId('group-2')).toContainText('2 anggota');
  await shot(page, 'results-selection');

  await page.getByRole('tab', { name: 'Pengaturan' }).click();
  await expect(page.getByText('Aturan rekonsiliasi')).toBeVisible();
  await shot(page, 'results-settings');

  // Finalise: the meeting becomes read-only; reopening takes a reason and the lead's PIN.
  await page.getByRole('button', { name: 'Finalkan hasil' }).click();
  const confirm = page.getByRole('dialog', { name: 'Finalkan hasil program?' });
  await shot(page, 'results-finalize-confirm');
  await confirm.getByRole('button', { name: 'Finalkan' }).click();
  await expect(page.getByTestId('final-badge')).toBeVisible();
  await page.getByRole('link', { name: 'Integrasi' }).click();
  await expect(page.getByTestId('final-banner')).toBeVisible();
  await page.getByText('Semua (8)').click();
  await page.getByTestId(`queue-${target.participantNo}`).click();
  await expect(m1.getByRole('radio', { name: new RegExp(`^Level ${agreedM1}`) })).toBeDisabled();
  await shot(page, 'integration-final');

  await page.getByRole('link', { name: 'Hasil' }).click();
  await page.getByRole('button', { name: 'Buka kembali' }).click();
  const reopen = page.getByRole('dialog', { name: 'Buka kembali hasil' });
  await reopen.getByLabel('Alasan').fill('Salah ketik level M.3 pada satu peserta.');
  await reopen.getByRole('combobox', { name: /Ketua penilai/ }).click();
  await page.getByRole('option', { name: lead.name }).click();
  await reopen.getByLabel('PIN ketua penilai').fill('000000');
  await reopen.getByRole('button', { name: 'Buka kembali' }).click();
  await expect(reopen.getByRole('alert')).toBeVisible();
  await shot(page, 'results-reopen-refused');
  await reopen.getByLabel('PIN ketua penilai').fill('123456');
  await reopen.getByRole('button', { name: 'Buka kembali' }).click();
  await expect(reopen).toBeHidden();
  await expect(page.getByRole('button', { name: 'Finalkan hasil' })).toBeVisible();
});
