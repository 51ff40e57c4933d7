import { crc32, deflateSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { auditRows } from '../scoring/fixtures';
import { ADMIN, issue, setUp, upload, type Setup } from './helpers';

let s: Setup;
afterEach(async () => s?.close());

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A real PNG of `width` × 1 red pixels. */
function png(width: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(1, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0)]);
  for (let x = 0; x < width; x++) row[1 + x * 3] = 255;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(row)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The smallest baseline JPEG (1 × 1, grey). */
const JPEG = Buffer.from(
  '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=',
  'base64',
);

describe('certificate template and images', { timeout: 120_000 }, () => {
  it('starts from a default made from the programme, and saves an edited template', async () => {
    s = await setUp();
    const programId = s.program.programId;
    const first = await s.api.ok('certificates:template', { programId }, ADMIN);
    expect(first).toMatchObject({ isDefault: true, updatedAt: null, nextNumber: '800.2/0001/BKPSDM/2023' });
    expect(first.template.headerLines[0]).toBe('PEMERINTAH KOTA BEKASI');
    expect(first.template.signatures[0]?.name).toBe('Drs. H. Ahmad Fauzi, M.Si.');

    const saved = await s.api.ok(
      'certificates:save-template',
      { programId, template: { ...first.template, numberPattern: '{code}/{seq:3}/{month:roman}/{year}' } },
      ADMIN,
    );
    expect(saved).toMatchObject({
      isDefault: false,
      nextNumber: 'HASIL/001/III/2023',
      numberPatternProblem: null,
    });
    expect(saved.updatedAt).toBe('2023-03-01T03:00:00.000Z');
    const audited = auditRows(s.app.db, 'certificates:save-template');
    expect(audited).toHaveLength(1);
    expect(JSON.parse(audited[0]?.after_json ?? '{}').numberPattern).toBe(
      '{code}/{seq:3}/{month:roman}/{year}',
    );

    const { issued } = await issue(s, { candidateIds: [s.program.candidates[0] as number] });
    expect(issued[0]?.number).toBe('HASIL/001/III/2023');
    expect((await s.api.ok('certificates:template', { programId }, ADMIN)).nextNumber).toBe(
      'HASIL/002/III/2023',
    );
  });

  it('marks an unknown placeholder in the statement for the form', async () => {
    s = await setUp();
    const programId = s.program.programId;
    const { template } = await s.api.ok('certificates:template', { programId }, ADMIN);
    const error = await s.api.fails(
      'certificates:save-template',
      { programId, template: { ...template, body: 'telah mengikuti {progam} pada {tanggal}.' } },
      ADMIN,
      'certificate-template-invalid',
    );
    expect(error.details).toEqual([{ path: 'template.body', message: expect.stringContaining('{progam}') }]);
  });

  it('stores PNG and JPEG images by content, refusing other files and images over 5 MB', async () => {
    s = await setUp();
    const logo = await s.api.ok(
      'certificates:upload-asset',
      { uploadId: await upload(s.app, png(3), 'logo.png') },
      ADMIN,
    );
    expect(logo).toMatchObject({ mime: 'image/png', width: 3, height: 1 });
    expect(logo.sha256).toMatch(/^[0-9a-f]{64}$/);
    const again = await s.api.ok(
      'certificates:upload-asset',
      { uploadId: await upload(s.app, png(3), 'lagi.png') },
      ADMIN,
    );
    expect(again.sha256).toBe(logo.sha256);
    expect(auditRows(s.app.db, 'certificates:upload-asset')).toHaveLength(1);

    const photo = await s.api.ok(
      'certificates:upload-asset',
      { uploadId: await upload(s.app, JPEG, 'latar.jpg') },
      ADMIN,
    );
    expect(photo).toMatchObject({ mime: 'image/jpeg', width: 1, height: 1 });
    const read = await s.api.ok('certificates:asset', { sha256: photo.sha256 }, ADMIN);
    expect(Buffer.from(read.dataBase64, 'base64').equals(JPEG)).toBe(true);

    const gif = Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1');
    const refused = await s.api.fails(
      'certificates:upload-asset',
      { uploadId: await upload(s.app, gif, 'logo.png') },
      ADMIN,
      'certificate-asset-invalid',
    );
    expect(refused.message).toContain('PNG atau JPEG');
    const broken = png(3).subarray(0, 20);
    await s.api.fails(
      'certificates:upload-asset',
      { uploadId: await upload(s.app, broken, 'rusak.png') },
      ADMIN,
      'certificate-asset-invalid',
    );
    const huge = Buffer.concat([png(3), Buffer.alloc(5 * 1024 * 1024)]);
    await s.api.fails(
      'certificates:upload-asset',
      { uploadId: await upload(s.app, huge, 'besar.png') },
      ADMIN,
      'certificate-asset-too-large',
    );
  });

  it('refuses a template naming an image that was never uploaded', async () => {
    s = await setUp();
    const programId = s.program.programId;
    const { template } = await s.api.ok('certificates:template', { programId }, ADMIN);
    await s.api.fails(
      'certificates:save-template',
      { programId, template: { ...template, logo: 'a'.repeat(64) } },
      ADMIN,
      'certificate-asset-missing',
    );
  });

  it('previews an unsaved draft as a one-page PDF with a real candidate, saving nothing', async () => {
    s = await setUp();
    const programId = s.program.programId;
    const logo = await s.api.ok(
      'certificates:upload-asset',
      { uploadId: await upload(s.app, png(4), 'logo.png') },
      ADMIN,
    );
    const { template } = await s.api.ok('certificates:template', { programId }, ADMIN);
    const preview = await s.api.ok(
      'certificates:preview',
      {
        programId,
        template: { ...template, title: 'PIAGAM', logo: logo.sha256 },
        candidateId: s.program.candidates[1],
      },
      ADMIN,
    );
    expect(preview.sampleName).toBe("Nur'aini, S.E.");
    const pdf = Buffer.from(preview.pdfBase64, 'base64');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toContain('/Subtype /Image');
    expect((await s.api.ok('certificates:template', { programId }, ADMIN)).isDefault).toBe(true);

    const empty = await setUp({ seed: false });
    try {
      const program = await empty.api.ok('program:create', { code: 'KOSONG', name: 'Program kosong' }, ADMIN);
      const sample = await empty.api.ok('certificates:preview', { programId: program.id }, ADMIN);
      expect(sample.sampleName).toBe('contoh');
    } finally {
      await empty.close();
    }
  });
});
