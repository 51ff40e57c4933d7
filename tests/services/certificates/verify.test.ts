import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN, downloadBytes, issue, render, setUp, upload, type Setup } from './helpers';

let s: Setup;
let other: Setup | undefined;
afterEach(async () => {
  await s?.close();
  await other?.close();
  other = undefined;
});

/** Issues Siti's and Nur'aini's certificates; returns their details (with QR text). */
async function issueTwo(setup: Setup) {
  const { issued } = await issue(setup, { candidateIds: setup.program.candidates.slice(0, 2) });
  return Promise.all(issued.map((c) => setup.api.ok('certificates:get', { id: c.certificateId }, ADMIN)));
}

/** The QR text with one field replaced: [number, nip, keyId, signature]. */
function alter(qrText: string, index: number, value: string): string {
  const parts = qrText.slice('ASESA1:'.length).split('|');
  parts[index] = value;
  return `ASESA1:${parts.join('|')}`;
}

describe('certificates:verify', { timeout: 120_000 }, () => {
  it('answers valid for the QR text and the typed short code, with the stored snapshot', async () => {
    s = await setUp();
    const [siti] = await issueTwo(s);
    if (!siti) throw new Error('nothing issued');

    const byQr = await s.api.ok('certificates:verify', { code: siti.qrText }, ADMIN);
    expect(byQr).toMatchObject({ status: 'valid', via: 'qr', number: siti.number, pdfMatches: null });
    expect(byQr.certificate?.snapshot.fields.nama).toBe('Dra. Hj. Siti Aminah, M.Si.');

    // Typed by a person: lower case, no dashes, O for 0 and l for 1.
    const typed = siti.shortCode.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    const byCode = await s.api.ok('certificates:verify', { code: typed }, ADMIN);
    expect(byCode).toMatchObject({ status: 'valid', via: 'short-code', number: siti.number });
  });

  it('calls an altered code forged: another NIP, another number, or a changed signature', async () => {
    s = await setUp();
    const [siti, nuraini] = await issueTwo(s);
    if (!siti || !nuraini) throw new Error('nothing issued');

    const otherNip = await s.api.ok(
      'certificates:verify',
      { code: alter(siti.qrText, 1, '199001152019032002') },
      ADMIN,
    );
    expect(otherNip.status).toBe('forged');
    // The stored certificate is shown, so the person checking sees what the number really says.
    expect(otherNip.certificate?.snapshot.candidate.nip).toBe('198609262015052001');

    const otherNumber = await s.api.ok(
      'certificates:verify',
      { code: alter(siti.qrText, 0, nuraini.number) },
      ADMIN,
    );
    expect(otherNumber.status).toBe('forged');

    const signature = siti.qrText.split('|')[3] as string;
    const flipped = `${signature[0] === 'A' ? 'B' : 'A'}${signature.slice(1)}`;
    const badSignature = await s.api.ok(
      'certificates:verify',
      { code: alter(siti.qrText, 3, flipped) },
      ADMIN,
    );
    expect(badSignature.status).toBe('forged');

    const unknownNumber = await s.api.ok(
      'certificates:verify',
      { code: alter(siti.qrText, 0, '800.2/0999/BKPSDM/2023') },
      ADMIN,
    );
    expect(unknownNumber).toMatchObject({ status: 'forged', certificate: null });
  });

  it('says revoked, with the reason and the replacement, once a certificate is revoked or re-issued', async () => {
    s = await setUp();
    const [siti, nuraini] = await issueTwo(s);
    if (!siti || !nuraini) throw new Error('nothing issued');
    await s.api.ok(
      'certificates:revoke',
      { number: siti.number, reason: 'peserta mengundurkan diri' },
      ADMIN,
    );
    const revoked = await s.api.ok('certificates:verify', { code: siti.qrText }, ADMIN);
    expect(revoked.status).toBe('revoked');
    expect(revoked.explanation).toContain('peserta mengundurkan diri');
    expect(revoked.certificate?.revokeReason).toBe('peserta mengundurkan diri');

    const done = await s.api.ok(
      'certificates:reissue',
      { certificateId: nuraini.id, reason: 'salah ketik gelar' },
      ADMIN,
    );
    const replaced = await s.api.ok('certificates:verify', { code: nuraini.shortCode }, ADMIN);
    expect(replaced).toMatchObject({
      status: 'revoked',
      certificate: { replacedByNumber: done.issued.number },
    });
    expect(replaced.explanation).toContain(done.issued.number);
    const fresh = await s.api.ok('certificates:verify', { code: done.issued.shortCode }, ADMIN);
    expect(fresh.status).toBe('valid');

    await s.api.fails(
      'certificates:revoke',
      { number: siti.number, reason: 'dua kali' },
      ADMIN,
      'certificate-revoked',
    );
  });

  it("answers not issued here for another installation's code, and for an unknown short code", async () => {
    s = await setUp();
    await issueTwo(s);
    other = await setUp();
    const [foreign] = await issueTwo(other);
    if (!foreign) throw new Error('nothing issued');
    // Same pattern and year: the very same number exists here, but under this installation's key.
    const verdict = await s.api.ok('certificates:verify', { code: foreign.qrText }, ADMIN);
    expect(verdict).toMatchObject({ status: 'not-issued-here', certificate: null });
    expect(verdict.keyId).not.toBe((await s.api.ok('certificates:public-key', {}, ADMIN)).keyId);

    const unknownCode = await s.api.ok('certificates:verify', { code: foreign.shortCode }, ADMIN);
    expect(unknownCode.status).toBe('not-issued-here');
  });

  it('tells a typo from a code it does not know, and explains what to paste', async () => {
    s = await setUp();
    const [siti] = await issueTwo(s);
    if (!siti) throw new Error('nothing issued');
    const last = siti.shortCode.slice(-1);
    const typo = `${siti.shortCode.slice(0, -1)}${last === '7' ? '8' : '7'}`;
    await s.api.fails('certificates:verify', { code: typo }, ADMIN, 'certificate-code-typo');
    await s.api.fails('certificates:verify', { code: 'bukan kode' }, ADMIN, 'certificate-code-unrecognised');
  });

  it('verifies the PDF file itself, and calls a changed file forged', async () => {
    s = await setUp();
    const [siti] = await issueTwo(s);
    if (!siti) throw new Error('nothing issued');
    const file = await render(s, { certificateIds: [siti.id] });
    const pdf = downloadBytes(s.app, file.file.id);

    const verdict = await s.api.ok(
      'certificates:verify',
      { uploadId: await upload(s.app, pdf, 'sertifikat.pdf') },
      ADMIN,
    );
    expect(verdict).toMatchObject({ status: 'valid', via: 'pdf', pdfMatches: true, number: siti.number });

    // Someone edits the file and saves it (an incremental update appends to the end).
    const edited = Buffer.concat([pdf, Buffer.from('\n% diubah\n')]);
    const changed = await s.api.ok(
      'certificates:verify',
      { uploadId: await upload(s.app, edited, 'diubah.pdf') },
      ADMIN,
    );
    expect(changed).toMatchObject({ status: 'forged', pdfMatches: false, number: siti.number });

    const merged = await render(s, { certificateIds: [siti.id, siti.id + 1] });
    const error = await s.api.fails(
      'certificates:verify',
      { uploadId: await upload(s.app, downloadBytes(s.app, merged.file.id), 'gabungan.pdf') },
      ADMIN,
      'certificate-pdf-unverifiable',
    );
    expect(error.message).toContain('QR');
    await s.api.fails(
      'certificates:verify',
      { uploadId: await upload(s.app, Buffer.from('bukan pdf'), 'catatan.pdf') },
      ADMIN,
      'certificate-pdf-unverifiable',
    );
  });

  it('exports the public key as PEM, and its id is the one in every QR code', async () => {
    s = await setUp();
    const [siti] = await issueTwo(s);
    const key = await s.api.ok('certificates:public-key', {}, ADMIN);
    expect(key.publicKeyPem).toMatch(/^-----BEGIN PUBLIC KEY-----\n[\s\S]+\n-----END PUBLIC KEY-----\n$/);
    expect(siti?.qrText.split('|')[2]).toBe(key.keyId);

    // The signature checks out with nothing but the exported key and the stored snapshot.
    const { createPublicKey, verify, createHash } = await import('node:crypto');
    const [number, nip, keyId, signature] = (siti?.qrText ?? '').slice(7).split('|') as [
      string,
      string,
      string,
      string,
    ];
    const snapshotJson = s.app.db
      .prepare('SELECT snapshot_json FROM certificates WHERE number = ?')
      .pluck()
      .get(number) as string;
    const message = JSON.stringify({
      keyId,
      nip,
      number,
      snapshot: createHash('sha256').update(snapshotJson).digest('hex'),
      v: 1,
    });
    expect(
      verify(
        null,
        Buffer.from(message),
        createPublicKey(key.publicKeyPem),
        Buffer.from(signature, 'base64url'),
      ),
    ).toBe(true);
  });
});
