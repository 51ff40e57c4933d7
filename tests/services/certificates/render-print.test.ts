import { createHash } from 'node:crypto';
import { closeSync, openSync, statSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { readCentralDirectory, readEntry } from '../../../src/main/services/roster/zip-archive';
import { ADMIN, OPERATOR, downloadBytes, issue, render, setUp, type Setup } from './helpers';

let s: Setup;
afterEach(async () => s?.close());

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g) ?? []).length;

async function unzip(path: string): Promise<Map<string, Buffer>> {
  const fd = openSync(path, 'r');
  try {
    const entries = readCentralDirectory(fd, statSync(path).size);
    const files = new Map<string, Buffer>();
    for (const entry of entries) files.set(entry.name, await readEntry(path, fd, entry));
    return files;
  } finally {
    closeSync(fd);
  }
}

describe('certificates:render and the print log', { timeout: 120_000 }, () => {
  it('writes a ZIP of one PDF per person, named safely, each the very document issued', async () => {
    s = await setUp();
    await issue(s);
    const list = await s.api.ok('certificates:list', { programId: s.program.programId }, ADMIN);
    const zip = await render(s, { mode: 'zip', fileNamePattern: '{nomor}_{nama}' });
    expect(zip).toMatchObject({ count: 5, changedSinceIssue: 0 });
    expect(zip.file.fileName).toBe('sertifikat-HASIL.zip');
    const files = await unzip(s.app.files.download(zip.file.id).path);
    expect([...files.keys()]).toEqual([
      '800.2-0001-BKPSDM-2023_Dra. Hj. Siti Aminah, M.Si.pdf',
      "800.2-0002-BKPSDM-2023_Nur'aini, S.E.pdf",
      '800.2-0003-BKPSDM-2023_Ni Luh Putu Ayu.pdf',
      '800.2-0004-BKPSDM-2023_=1+1 Budi Santoso.pdf',
      '800.2-0005-BKPSDM-2023_Dédé Sutisna.pdf',
    ]);
    const stored = await Promise.all(list.map((c) => s.api.ok('certificates:get', { id: c.id }, ADMIN)));
    expect([...files.values()].map(sha256)).toEqual(stored.map((c) => c.pdfSha256));
    expect([...files.values()].every((pdf) => pageCount(pdf) === 1)).toBe(true);
  });

  it('gives repeated names a suffix instead of overwriting a file', async () => {
    s = await setUp();
    await issue(s);
    const zip = await render(s, { mode: 'zip', fileNamePattern: '{unit}.pdf' });
    const names = [...(await unzip(s.app.files.download(zip.file.id).path)).keys()];
    expect(names).toEqual([
      'Dinas Pendidikan.pdf',
      'Dinas Kesehatan.pdf',
      'Dinas Pendidikan (2).pdf',
      'Badan Perencanaan.pdf',
      'Dinas Kesehatan (2).pdf',
    ]);
  });

  it('merges every valid certificate into one PDF for the printer, leaving out revoked ones', async () => {
    s = await setUp();
    const { issued } = await issue(s);
    await s.api.ok(
      'certificates:revoke',
      { number: issued[0]?.number as string, reason: 'mengundurkan diri' },
      ADMIN,
    );
    const merged = await render(s);
    expect(merged.count).toBe(4);
    const pdf = downloadBytes(s.app, merged.file.id);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pageCount(pdf)).toBe(4);
    await s.api.fails(
      'certificates:render',
      { programId: s.program.programId, certificateIds: [issued[0]?.certificateId as number] },
      ADMIN,
      'certificate-revoked',
    );
  });

  it('counts copies printed per certificate, with who printed them and when', async () => {
    s = await setUp();
    const { issued } = await issue(s, { candidateIds: s.program.candidates.slice(0, 3) });
    const [a, b, c] = issued.map((x) => x.certificateId) as [number, number, number];
    await s.api.ok(
      'certificates:log-print',
      { programId: s.program.programId, certificateIds: [a, b] },
      OPERATOR,
    );
    const logged = await s.api.ok(
      'certificates:log-print',
      { programId: s.program.programId, certificateIds: [a], copies: 2 },
      ADMIN,
    );
    expect(logged.certificates).toEqual([
      { id: a, number: '800.2/0001/BKPSDM/2023', printedCount: 3, lastPrintedAt: '2023-03-01T03:00:00.000Z' },
    ]);
    const list = await s.api.ok('certificates:list', { programId: s.program.programId }, ADMIN);
    expect(list.map((x) => [x.id, x.printedCount])).toEqual([
      [a, 3],
      [b, 1],
      [c, 0],
    ]);
    expect(list.find((x) => x.id === c)?.lastPrintedAt).toBeNull();
    const prints = await s.api.ok('certificates:prints', { certificateId: a }, ADMIN);
    expect(prints.map((p) => [p.printedBy, p.door, p.copies])).toEqual([
      ['operator', 'browser', 1],
      ['admin', 'desktop', 2],
    ]);

    await s.api.ok('certificates:revoke', { number: '800.2/0003/BKPSDM/2023', reason: 'data salah' }, ADMIN);
    await s.api.fails(
      'certificates:log-print',
      { programId: s.program.programId, certificateIds: [c] },
      ADMIN,
      'certificate-revoked',
    );
    await s.api.fails('certificates:log-print', { programId: 999, certificateIds: [a] }, ADMIN, 'not-found');
  });
});
