import type { Page } from '@playwright/test';
import { call, test, expect } from './fixtures';

/** Set to a folder to keep screenshots of the screens this test walks through (UI review). */
const SHOTS = process.env.CERTIFICATES_SCREENSHOTS;
const shot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png` });
};

const PEOPLE = [
  { nip: '198609262015052001', name: 'Dra. Hj. Siti Aminah, M.Si.', unit: 'Dinas Pendidikan', levels: 4 },
  { nip: '199001152019032002', name: "Nur'aini, S.E.", unit: 'Dinas Kesehatan', levels: 3 },
  // No agreed levels: an incomplete result, still eligible under "Hadir".
  { nip: '198811112014021005', name: 'Dédé Sutisna', unit: 'Dinas Kesehatan', levels: null },
] as const;

/**
 * A programme with results, made through the same HTTP API the screens use: three candidates
 * (Administrator standard 3 on the preset competencies), two with agreed levels.
 */
async function seedProgramWithResults(page: Page): Promise<{ id: number }> {
  const program = await call<{ id: number }>(page, 'program:create', {
    code: 'SERT-2023',
    name: 'Asesmen Kompetensi Pejabat Administrator 2023',
    organiser: 'BKPSDM Kota Bekasi',
    city: 'Bekasi',
    purpose: 'pengisian',
    startDate: '2023-02-25',
    endDate: '2023-02-25',
    signatory: {
      name: 'Drs. H. Ahmad Fauzi, M.Si.',
      position: 'Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
      rank: 'Pembina Utama Muda',
      nip: '197001011990031001',
      acting: false,
    },
  });
  const { competencies } = await call<{ competencies: { id: number }[] }>(page, 'instruments:get', {
    programId: program.id,
  });
  for (const person of PEOPLE) {
    const candidate = await call<{ id: number }>(page, 'roster:add', {
      programId: program.id,
      candidate: {
        nip: person.nip,
        name: person.name,
        grade: 'III/d',
        position: 'Kepala Bagian Umum',
        positionLevel: 'Administrator',
        unit: person.unit,
      },
    });
    if (person.levels === null) continue;
    for (const competency of competencies) {
      await call(page, 'results:agree', {
        programId: program.id,
        candidateId: candidate.id,
        competencyId: competency.id,
        level: person.levels,
        rationale: 'Disepakati dalam rapat integrasi.',
      });
    }
  }
  return program;
}

test('a certificate issued in the UI verifies as valid, and as revoked once revoked', async ({
  app,
  page,
}) => {
  test.setTimeout(180_000);
  await page.goto(app.url);
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');
  await seedProgramWithResults(page);
  await page.goto(`${app.url}/#/certificates`);
  await page.reload();
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');

  // Templat: the live preview is drawn from the core's PDF; a misspelt placeholder is named.
  await page.getByRole('tab', { name: 'Templat' }).click();
  const preview = page.getByRole('img', { name: 'Pratinjau sertifikat' });
  await expect(preview).toBeVisible();
  await expect(page.getByText(/^Data contoh: Dra\. Hj\. Siti Aminah, M\.Si\. —/)).toBeVisible();
  await expect(page.getByTestId('next-number')).toHaveText(/^800\.2\/0001\/BKPSDM\/\d{4}$/);
  await expect(page.getByTestId('certificate-preview')).toHaveAttribute('aria-busy', 'false');
  await shot(page, '0-template-top');
  const body = page.getByRole('textbox', { name: 'Pernyataan' });
  await body.fill('telah mengikuti {program} pada tanggal {tanggal} atas nama {nma}.');
  await expect(page.getByTestId('unknown-placeholders')).toContainText('{nma}');
  await body.fill('telah mengikuti {program} pada tanggal {tanggal}. Unit kerja: ');
  await page.getByRole('button', { name: /^Sisipkan \{unit\}/ }).click();
  await expect(body).toHaveValue('telah mengikuti {program} pada tanggal {tanggal}. Unit kerja: {unit}');
  await expect(page.getByTestId('unknown-placeholders')).toHaveCount(0);
  await page.getByLabel('Pola nomor').fill('800.2/{seq:3}/{code}/{year}');
  await expect(page.getByTestId('next-number')).toHaveText(/^800\.2\/001\/SERT-2023\/\d{4}$/);
  // The preview catches up with the draft once typing pauses (debounced), then draws it.
  await expect(page.getByTestId('certificate-preview')).toHaveAttribute('aria-busy', 'false');
  await shot(page, '1-template');
  await page.getByRole('button', { name: 'Simpan templat' }).click();
  await expect(page.getByText('Templat sertifikat disimpan.')).toBeVisible();

  // Terbitkan: all three are eligible under "Hadir"; issue them all.
  await page.getByRole('tab', { name: 'Terbitkan' }).click();
  const candidates = page.getByRole('table', { name: 'Peserta dan sertifikatnya' });
  await expect(candidates.getByRole('row')).toHaveCount(4);
  await expect(candidates).toContainText("Nur'aini, S.E.");
  await shot(page, '2-issue');

  // Individual reports of every candidate: a background job, then the PDF to download.
  await page.getByRole('button', { name: 'Laporan individu semua peserta' }).click();
  const reports = page.getByRole('dialog', { name: 'Menyusun laporan individu' });
  await expect(reports.getByTestId('file-ready')).toContainText('3 laporan');
  await shot(page, '2b-reports-ready');
  const reportDownload = page.waitForEvent('download');
  await reports.getByRole('button', { name: 'Unduh' }).click();
  expect((await reportDownload).suggestedFilename()).toMatch(/\.pdf$/);
  await reports.getByRole('button', { name: 'Tutup' }).click();
  await page.getByRole('button', { name: 'Terbitkan 3 sertifikat' }).click();
  const confirm = page.getByRole('dialog', { name: 'Terbitkan sertifikat?' });
  await expect(confirm).toContainText('800.2/001/SERT-2023/');
  await confirm.getByRole('button', { name: 'Terbitkan' }).click();

  // Sertifikat terbit: the register opens with the new numbers.
  const register = page.getByRole('table', { name: 'Sertifikat terbit' });
  await expect(register.getByRole('row')).toHaveCount(4);
  const sitiRow = register.getByRole('row').filter({ hasText: 'Dra. Hj. Siti Aminah, M.Si.' });
  await expect(sitiRow).toContainText(/800\.2\/00\d\/SERT-2023\/\d{4}/);
  await expect(sitiRow).toContainText('Berlaku');
  await shot(page, '3-issued');

  // The detail drawer shows the printed verification code.
  await sitiRow.getByRole('button', { name: /^Tindakan lain/ }).click();
  await page.getByRole('menuitem', { name: 'Rincian dan riwayat cetak' }).click();
  const code = (await page.getByTestId('detail-short-code').textContent())!.trim();
  expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  await shot(page, '4-detail');
  await page.keyboard.press('Escape');

  // Print all as one PDF: the job's file is offered, opening it for printing logs the print.
  await page.getByRole('button', { name: 'Cetak semua' }).click();
  await page
    .getByRole('dialog', { name: 'Cetak semua sertifikat yang berlaku' })
    .getByRole('button', { name: 'Susun berkas' })
    .click();
  await expect(page.getByTestId('file-ready')).toContainText('3 sertifikat');
  await shot(page, '5-print-ready');
  const popup = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Buka untuk dicetak' }).click();
  const tab = await popup;
  await expect(page.getByText('Pencetakan 3 sertifikat dicatat.')).toBeVisible();
  await expect(tab).toHaveURL(/^blob:/);
  await tab.close();
  await page
    .getByRole('dialog', { name: 'Menyusun sertifikat' })
    .getByRole('button', { name: 'Tutup' })
    .click();
  await expect(sitiRow.getByRole('cell').nth(5)).toHaveText('1×');

  // Verifikasi: the typed code answers "Sah" with what was frozen at issue.
  await page.getByRole('navigation').getByRole('link', { name: 'Verifikasi', exact: true }).click();
  await page.getByLabel('Kode verifikasi atau teks QR').fill(code.toLowerCase());
  await page.getByRole('button', { name: 'Periksa', exact: true }).click();
  const verdict = page.getByTestId('verify-verdict');
  await expect(verdict).toHaveAttribute('data-status', 'valid');
  await expect(verdict).toContainText('Sah');
  await expect(page.getByTestId('snapshot-table')).toContainText('Dra. Hj. Siti Aminah, M.Si.');
  await expect(page.getByTestId('snapshot-table')).toContainText('19860926 201505 2 001');
  await expect(page.getByTestId('public-key-id')).toHaveText(/^[0-9a-f]{16}$/);
  await shot(page, '6-verify-valid');

  // A code with one character changed is refused as a typo, never accepted.
  const last = code.at(-1) === '2' ? '3' : '2';
  await page.getByLabel('Kode verifikasi atau teks QR').fill(`${code.slice(0, -1)}${last}`);
  await page.getByRole('button', { name: 'Periksa', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'salah ketik' })).toBeVisible();

  // The PDF of one certificate, downloaded from the register, verifies as the very file issued.
  await page.getByRole('navigation').getByRole('link', { name: 'Sertifikat', exact: true }).click();
  await page.getByRole('tab', { name: 'Sertifikat terbit' }).click();
  const download = page.waitForEvent('download');
  await sitiRow.getByRole('button', { name: /^Unduh PDF/ }).click();
  const pdfPath = test.info().outputPath('sertifikat.pdf');
  await (await download).saveAs(pdfPath);
  await page.getByRole('navigation').getByRole('link', { name: 'Verifikasi', exact: true }).click();
  await page.getByLabel('Berkas PDF sertifikat').setInputFiles(pdfPath);
  await expect(verdict).toHaveAttribute('data-status', 'valid');
  await expect(page.getByText('Berkas PDF sama persis dengan yang diterbitkan.')).toBeVisible();
  await shot(page, '6b-verify-pdf');

  // Revoke it in the register, with a reason.
  await page.getByRole('navigation').getByRole('link', { name: 'Sertifikat', exact: true }).click();
  await page.getByRole('tab', { name: 'Sertifikat terbit' }).click();
  await sitiRow.getByRole('button', { name: /^Tindakan lain/ }).click();
  await page.getByRole('menuitem', { name: 'Cabut…' }).click();
  const revoke = page.getByRole('dialog', { name: /^Cabut sertifikat/ });
  await revoke.getByLabel('Alasan pencabutan').fill('Peserta mengundurkan diri');
  await revoke.getByRole('button', { name: 'Cabut sertifikat' }).click();
  await expect(sitiRow).toContainText('Dicabut');

  // A correction: Dédé's certificate is re-issued under the next number, the old one revoked.
  const dedeRows = register.getByRole('row').filter({ hasText: 'Dédé Sutisna' });
  await dedeRows.getByRole('button', { name: /^Tindakan lain/ }).click();
  await page.getByRole('menuitem', { name: 'Terbitkan ulang (koreksi)…' }).click();
  const reissue = page.getByRole('dialog', { name: /^Terbitkan ulang/ });
  await reissue.getByLabel('Alasan koreksi').fill('Salah ketik nama di roster');
  await reissue.getByRole('button', { name: 'Cabut dan terbitkan ulang' }).click();
  await expect(register.getByRole('row')).toHaveCount(5);
  await expect(dedeRows.filter({ hasText: 'Berlaku' })).toContainText(/800\.2\/004\/SERT-2023\//);
  await expect(dedeRows.filter({ hasText: 'Dicabut' })).toHaveCount(1);
  await shot(page, '7-revoked');

  // Verifikasi again: the same code now answers "Dicabut", with the reason.
  await page.getByRole('navigation').getByRole('link', { name: 'Verifikasi', exact: true }).click();
  await page.getByLabel('Kode verifikasi atau teks QR').fill(code);
  await page.getByRole('button', { name: 'Periksa', exact: true }).click();
  await expect(verdict).toHaveAttribute('data-status', 'revoked');
  await expect(verdict).toContainText('Dicabut');
  await expect(verdict).toContainText('Peserta mengundurkan diri');
  await shot(page, '8-verify-revoked');
});
