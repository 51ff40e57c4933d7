import { describe, expect, it } from 'vitest';
import {
  certificateContentBox,
  certificatePageSize,
  certificateSafeBox,
} from '../../../src/main/documents/pdf/certificate-layout';
import { nameBoxWidth } from '../../../src/main/documents/pdf/certificate-body';
import {
  PdfAssetMissingError,
  readEmbeddedVerification,
  renderCertificatePreview,
  renderCertificatesPdf,
  type CertificatePage,
} from '../../../src/main/documents/pdf/render-certificates';
import { assetsOf, emblemPng, fields, sha256, signedLookingQr, template } from './fixtures';
import { pageCount, pdfText, pdfWords } from './pdf-reading';

const CREATED = new Date('2023-02-25T08:00:00Z');
const LOGO = emblemPng();
const LONG_NAME =
  "Prof. Dr. Ir. H. Raden Mas Muhammad Nur'aini Ṣāliḥ Wirjodiprodjo Kusumanegara Sastrowardoyo, S.H., M.Kn., M.Si., Ph.D.";

function page(index: number, overrides: Partial<CertificatePage> = {}): CertificatePage {
  return {
    template: template({}, LOGO),
    fields: fields({ nomor: `800.2/${String(index).padStart(4, '0')}/BKPSDM/2023` }),
    verification: { qrText: signedLookingQr(index), shortCode: `K7QF-${String(index).padStart(4, '0')}` },
    ...overrides,
  };
}

const render = (pages: CertificatePage[], extra: { embedVerification?: boolean } = {}) =>
  renderCertificatesPdf(pages, { assets: assetsOf(LOGO), createdAt: CREATED, ...extra });

describe('certificates PDF', () => {
  it('prints names exactly as in the roster: titles, apostrophes, Balinese names, diacritics', async () => {
    const names = [
      'Dra. Hj. Siti Aminah, M.Si.',
      "Nur'aini",
      'Ni Luh Putu Ayu',
      'Ahmad Fauzi Ṣāliḥ',
      'Dédé Sutisna',
    ];
    const pdf = await render(names.map((nama, index) => page(index + 1, { fields: fields({ nama }) })));
    expect(pageCount(pdf)).toBe(names.length);
    names.forEach((name, index) => expect(pdfText(pdf, index + 1)).toContain(name));
  });

  it('prints the number, identity, statement, place and date, signature block and short code', async () => {
    const pdf = await render([page(125, { template: template({ showResult: true }, LOGO) })]);
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    for (const expected of [
      'PEMERINTAH KOTA BEKASI',
      'Nomor: 800.2/0125/BKPSDM/2023',
      'diberikan kepada',
      '19860926 201505 2 001',
      'Penata Tingkat I (III/d)',
      'Analis Sumber Daya Manusia Aparatur Ahli Muda',
      'Dinas Kependudukan dan Pencatatan Sipil',
      'telah mengikuti Asesmen Kompetensi ASN Talent Academy',
      'pada tanggal 25 Februari 2023',
      'dengan predikat Memenuhi Syarat (Job Person Match 87,5 %)',
      'Bekasi, 25 Februari 2023',
      'Plt. Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
      'Drs. H. Ahmad Fauzi, M.Si.',
      'Pembina Utama Muda (IV/c)',
      'NIP. 19700101 199003 1 001',
      'Kode verifikasi: K7QF-0125',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('prints two signature blocks side by side when the template has two', async () => {
    const base = template({}, LOGO);
    const second = {
      name: 'Dr. Rina Kartika, S.Psi., M.Psi.',
      position: 'Ketua Tim Asesor',
      rank: '',
      nip: '',
      acting: false,
    };
    const pdf = await render([page(1, { template: { ...base, signatures: [...base.signatures, second] } })]);
    const words = pdfWords(pdf, 1);
    const x = (word: string) => words.find((w) => w.text === word)?.xMin ?? NaN;
    expect(pdfText(pdf)).toContain('Ketua Tim Asesor');
    // The programme's signatory on the left, the second signer on the right.
    expect(x('Fauzi,')).toBeLessThan(certificatePageSize(base).width / 2);
    expect(x('Kartika,')).toBeGreaterThan(certificatePageSize(base).width / 2);
  });

  it('keeps a very long name inside its box and every word inside the frame', async () => {
    const pdf = await render([page(1, { fields: fields({ nama: LONG_NAME }) })]);
    const size = certificatePageSize(template());
    const safe = certificateSafeBox(size);
    const content = certificateContentBox(size);
    const words = pdfWords(pdf, 1);
    expect(words.length).toBeGreaterThan(40);
    for (const word of words) {
      expect(word.xMin, word.text).toBeGreaterThanOrEqual(safe.left);
      expect(word.xMax, word.text).toBeLessThanOrEqual(safe.right);
      expect(word.yMin, word.text).toBeGreaterThanOrEqual(safe.top);
      expect(word.yMax, word.text).toBeLessThanOrEqual(safe.bottom);
    }
    // The name's own words lie within the name box, centred on the page.
    const centre = size.width / 2;
    const half = nameBoxWidth(content) / 2;
    for (const part of ['Prof.', 'Sastrowardoyo,', 'Ph.D.']) {
      const word = words.find((w) => w.text === part);
      expect(word, part).toBeDefined();
      expect(word?.xMin).toBeGreaterThanOrEqual(centre - half - 0.5);
      expect(word?.xMax).toBeLessThanOrEqual(centre + half + 0.5);
    }
    expect(pdfText(pdf).replace(/\s+/g, ' ')).toContain(LONG_NAME);
  });

  it('fits a portrait certificate inside its frame too', async () => {
    const portrait = template({ orientation: 'portrait', showResult: true }, LOGO);
    const pdf = await render([page(1, { template: portrait, fields: fields({ nama: LONG_NAME }) })]);
    const safe = certificateSafeBox(certificatePageSize(portrait));
    for (const word of pdfWords(pdf, 1)) {
      expect(word.xMax, word.text).toBeLessThanOrEqual(safe.right);
      expect(word.yMax, word.text).toBeLessThanOrEqual(safe.bottom);
    }
  });

  it('gives byte-identical output for the same pages and date, also from a parsed copy of the template', async () => {
    const pages = [page(1), page(2, { fields: fields({ nama: LONG_NAME }) })];
    const first = await render(pages);
    await render([page(3)]); // another document in between shares no state
    const copy = JSON.parse(JSON.stringify(pages)) as CertificatePage[];
    const second = await render(copy);
    expect(second.equals(first)).toBe(true);
    const later = await renderCertificatesPdf(pages, {
      assets: assetsOf(LOGO),
      createdAt: new Date('2024-01-01T00:00:00Z'),
    });
    expect(later.equals(first)).toBe(false);
  });

  it('changes when a printed field changes', async () => {
    const before = await render([page(1)]);
    const after = await render([page(1, { fields: fields({ nama: 'Dra. Hj. Siti Aminah, M.Pd.' }) })]);
    expect(after.equals(before)).toBe(false);
  });

  it('opens the logo once for the whole document and embeds it once', async () => {
    const assets = assetsOf(LOGO);
    const imageObjects = (pdf: Buffer) => pdf.toString('latin1').match(/\/Subtype \/Image/g)?.length ?? 0;
    const one = await renderCertificatesPdf([page(1)], { assets: assetsOf(LOGO), createdAt: CREATED });
    const five = await renderCertificatesPdf(
      [1, 2, 3, 4, 5].map((i) => page(i)),
      { assets, createdAt: CREATED },
    );
    expect(assets.opened).toEqual([sha256(LOGO)]);
    expect(imageObjects(five)).toBe(imageObjects(one));
    expect(imageObjects(one)).toBeGreaterThan(0);
  });

  it('embeds DejaVu subsets, no base-14 font, and not one font copy per page', async () => {
    const pdf = (await render([1, 2, 3].map((i) => page(i)))).toString('latin1');
    expect(pdf).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSerif-Bold/);
    expect(pdf).not.toMatch(/Helvetica|Times-Roman/);
    const programs = pdf.match(/\/FontFile2/g)?.length ?? 0;
    expect(programs).toBeGreaterThan(0);
    expect(programs).toBeLessThanOrEqual(6);
  });

  it('writes the verification payload into the file so a verifier can read it back', async () => {
    const payload = signedLookingQr(42);
    const pdf = await render([page(42, { verification: { qrText: payload, shortCode: 'K7QF-0042' } })], {
      embedVerification: true,
    });
    expect(readEmbeddedVerification(pdf)).toBe(payload);
    expect(readEmbeddedVerification(await render([page(42)]))).toBeNull();
  });

  it('reads back a payload with parentheses, backslashes and non-Latin letters', async () => {
    const payload = 'ASESA1|(a)\\b|Ṣāliḥ|line\nbreak';
    const pdf = await render([page(1, { verification: { qrText: payload, shortCode: 'X' } })], {
      embedVerification: true,
    });
    expect(readEmbeddedVerification(pdf)).toBe(payload);
  });

  it('marks an unissued preview with a CONTOH box instead of a QR code', async () => {
    const pdf = await renderCertificatePreview(template({}, LOGO), fields({ nomor: '' }), assetsOf(LOGO));
    const text = pdfText(pdf);
    expect(text).toContain('CONTOH');
    expect(text).toContain('Belum diterbitkan');
    expect(text).not.toContain('Kode verifikasi');
    expect(text).not.toContain('Nomor:');
    expect(pageCount(pdf)).toBe(1);
  });

  it('refuses to draw without an image the template names', async () => {
    await expect(
      renderCertificatesPdf([page(1)], { assets: assetsOf(), createdAt: CREATED }),
    ).rejects.toBeInstanceOf(PdfAssetMissingError);
  });

  it('reports progress per page and stops when cancelled', async () => {
    const seen: [number, number][] = [];
    await renderCertificatesPdf(
      [1, 2, 3].map((i) => page(i)),
      {
        assets: assetsOf(LOGO),
        createdAt: CREATED,
        onPage: (done, total) => seen.push([done, total]),
      },
    );
    expect(seen).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    let checks = 0;
    const cancelled = renderCertificatesPdf(
      [1, 2, 3].map((i) => page(i)),
      {
        assets: assetsOf(LOGO),
        createdAt: CREATED,
        checkCancelled: () => {
          if (++checks === 2) throw new Error('dibatalkan');
        },
      },
    );
    await expect(cancelled).rejects.toThrow('dibatalkan');
  });

  it('draws the background image instead of the frame when the template has one', async () => {
    const background = emblemPng(40);
    const assets = assetsOf(LOGO, background);
    const pdf = await renderCertificatesPdf(
      [page(1, { template: template({ background: sha256(background) }, LOGO) })],
      { assets, createdAt: CREATED },
    );
    expect(assets.opened).toContain(sha256(background));
    expect(pdfText(pdf)).toContain('Dra. Hj. Siti Aminah, M.Si.');
  });

  it('draws what pages share once: names of any length on one line share one layout', async () => {
    const forms = (pdf: Buffer) => pdf.toString('latin1').match(/\/Subtype \/Form/g)?.length ?? 0;
    const names = [
      'Rina',
      "Nur'aini",
      'Dra. Hj. Siti Aminah Purnamasari Wulandari, S.Sos., M.Si.',
      'Dédé Sutisna',
    ];
    const oneLine = await render(names.map((nama, i) => page(i + 1, { fields: fields({ nama }) })));
    expect(forms(oneLine)).toBe(1);
    const withLong = await render([page(1), page(2, { fields: fields({ nama: LONG_NAME }) }), page(3)]);
    expect(forms(withLong)).toBe(2);
  });

  it('still prints every page right when pages share little (a date per person)', async () => {
    const pages = Array.from({ length: 30 }, (_, i) =>
      page(i + 1, { fields: fields({ tanggal: `${i + 1} Maret 2023` }) }),
    );
    const pdf = await render(pages);
    const text = pdfText(pdf).split('\f');
    expect(text[0]).toContain('Bekasi, 1 Maret 2023');
    expect(text[29]).toContain('Bekasi, 30 Maret 2023');
    expect(text[29]).not.toContain('Bekasi, 29 Maret 2023');
    expect(text[29]).toContain('Kode verifikasi: K7QF-0030');
  });
});
