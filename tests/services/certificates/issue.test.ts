import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { certificateExportRows } from '../../../src/main/db/repos/certificates.repo';
import { auditRows } from '../scoring/fixtures';
import { ADMIN, downloadBytes, issue, render, setUp, type Setup } from './helpers';

let s: Setup;
afterEach(async () => s?.close());

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('certificates:issue', { timeout: 120_000 }, () => {
  it('numbers the attending candidates in participant order from the pattern, and skips them next time', async () => {
    s = await setUp();
    const first = await issue(s);
    // Five attended (four complete, Dédé still incomplete); dr. Rina was absent.
    expect(first.issued.map((c) => [c.participantNo, c.number])).toEqual([
      ['001', '800.2/0001/BKPSDM/2023'],
      ['002', '800.2/0002/BKPSDM/2023'],
      ['003', '800.2/0003/BKPSDM/2023'],
      ['004', '800.2/0004/BKPSDM/2023'],
      ['005', '800.2/0005/BKPSDM/2023'],
    ]);
    expect(
      first.issued.every((c) =>
        /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/.test(c.shortCode),
      ),
    ).toBe(true);
    expect(first.issued.every((c) => c.issuedAt === '2023-03-01T03:00:00.000Z')).toBe(true);

    const again = await issue(s);
    expect(again.issued).toEqual([]);
    expect(again.skipped.map((c) => c.number)).toEqual(first.issued.map((c) => c.number));

    const audited = auditRows(s.app.db, 'certificates:issue');
    expect(audited.map((row) => JSON.parse(row.after_json ?? '{}').number)).toEqual(
      first.issued.map((c) => c.number),
    );
    expect(auditRows(s.app.db, 'certificates:create-key')).toHaveLength(1);
  });

  it('stores a snapshot of every printed field and the template as it was', async () => {
    s = await setUp();
    const { issued } = await issue(s, { candidateIds: [s.program.candidates[1] as number] });
    const detail = await s.api.ok('certificates:get', { id: issued[0]?.certificateId as number }, ADMIN);
    expect(detail.snapshot.fields).toEqual({
      nama: "Nur'aini, S.E.",
      nip: '19900115 201903 2 002',
      pangkat: 'Penata Tingkat I',
      golongan: 'III/d',
      jabatan: 'Kepala Bagian Umum',
      unit: 'Dinas Kesehatan',
      program: 'Asesmen Kompetensi Pejabat Administrator 2023',
      tanggal: '25 Februari 2023',
      predikat: 'Memenuhi Syarat',
      jpm: '96,2 %',
      nomor: '800.2/0001/BKPSDM/2023',
    });
    expect(detail.snapshot.candidate.nip).toBe('199001152019032002');
    expect(detail.snapshot.template.signatures[0]?.name).toBe('Drs. H. Ahmad Fauzi, M.Si.');
    expect(detail.qrText).toMatch(
      /^ASESA1:800\.2\/0001\/BKPSDM\/2023\|199001152019032002\|[0-9a-f]{16}\|[\w-]{86}$/,
    );
    expect(detail.qrText.length).toBeLessThan(200);
  });

  it('refuses a chosen candidate the rule does not allow, naming their participant number', async () => {
    s = await setUp();
    const absent = s.program.candidates[5] as number;
    const error = await s.api.fails(
      'certificates:issue',
      { programId: s.program.programId, candidateIds: [absent] },
      ADMIN,
      'certificate-not-eligible',
    );
    expect(error.message).toContain('006');
    // "everyone" includes the absent candidate.
    const all = await issue(s, { candidateIds: [absent], eligibility: 'everyone' });
    expect(all.issued).toHaveLength(1);
  });

  it('issues to those who passed only once the results are final', async () => {
    s = await setUp();
    const error = await s.api.fails(
      'certificates:issue',
      { programId: s.program.programId, allEligible: true, eligibility: 'passed' },
      ADMIN,
      'certificate-results-not-final',
    );
    expect(error.message).toContain('Finalisasikan hasil');
    await s.api.ok('results:finalize', { programId: s.program.programId }, ADMIN);
    const results = await s.api.ok('results:list', { programId: s.program.programId }, ADMIN);
    const passed = results.candidates
      .filter((c) => c.passed === true)
      .map((c) => c.participantNo)
      .sort();
    const { issued } = await issue(s, { eligibility: 'passed' });
    expect(issued.map((c) => c.participantNo)).toEqual(passed);
    expect(passed.length).toBeGreaterThan(0);
  });

  it('keeps an issued certificate byte-identical after the template and the name are edited', async () => {
    s = await setUp();
    const siti = s.program.candidates[0] as number;
    const { issued } = await issue(s, { candidateIds: [siti] });
    const certificate = issued[0];
    if (!certificate) throw new Error('nothing issued');
    const stored = await s.api.ok('certificates:get', { id: certificate.certificateId }, ADMIN);
    const first = await render(s, { certificateIds: [certificate.certificateId] });
    expect(sha256(downloadBytes(s.app, first.file.id))).toBe(stored.pdfSha256);

    const { template } = await s.api.ok('certificates:template', { programId: s.program.programId }, ADMIN);
    await s.api.ok(
      'certificates:save-template',
      {
        programId: s.program.programId,
        template: {
          ...template,
          title: 'PIAGAM',
          body: 'atas partisipasi dalam {program}.',
          showResult: true,
        },
      },
      ADMIN,
    );
    await s.api.ok('roster:update', { id: siti, candidate: { name: 'Siti Aminah (diubah)' } }, ADMIN);

    const again = await render(s, { certificateIds: [certificate.certificateId] });
    expect(again.changedSinceIssue).toBe(0);
    expect(sha256(downloadBytes(s.app, again.file.id))).toBe(stored.pdfSha256);
    const after = await s.api.ok('certificates:get', { id: certificate.certificateId }, ADMIN);
    expect(after.snapshot).toEqual(stored.snapshot);
    expect(after.name).toBe('Dra. Hj. Siti Aminah, M.Si.');
  });

  it('re-issues a correction under a new number and revokes the old one with the reason', async () => {
    s = await setUp();
    const siti = s.program.candidates[0] as number;
    const { issued } = await issue(s, { candidateIds: [siti] });
    const old = issued[0]?.certificateId as number;
    await s.api.ok(
      'roster:update',
      { id: siti, candidate: { name: 'Dra. Hj. Siti Aminah, M.Si., M.M.' } },
      ADMIN,
    );
    const done = await s.api.ok(
      'certificates:reissue',
      { certificateId: old, reason: 'gelar belum lengkap' },
      ADMIN,
    );
    expect(done.revoked).toMatchObject({ id: old, status: 'revoked', revokeReason: 'gelar belum lengkap' });
    expect(done.issued.number).toBe('800.2/0002/BKPSDM/2023');
    expect(done.issued.name).toBe('Dra. Hj. Siti Aminah, M.Si., M.M.');
    const list = await s.api.ok('certificates:list', { programId: s.program.programId }, ADMIN);
    expect(list.map((c) => [c.number, c.status, c.replacesId, c.replacedByNumber])).toEqual([
      ['800.2/0001/BKPSDM/2023', 'revoked', null, '800.2/0002/BKPSDM/2023'],
      ['800.2/0002/BKPSDM/2023', 'valid', old, null],
    ]);
    await s.api.ok(
      'certificates:log-print',
      { programId: s.program.programId, certificateIds: [done.issued.certificateId], copies: 2 },
      ADMIN,
    );
    // What the results workbook lists: both certificates, the current one last, with print counts.
    expect(certificateExportRows(s.app.db, s.program.programId)).toEqual([
      {
        candidateId: siti,
        nip: '198609262015052001',
        name: 'Dra. Hj. Siti Aminah, M.Si.',
        number: '800.2/0001/BKPSDM/2023',
        issuedAt: '2023-03-01T03:00:00.000Z',
        revokedAt: '2023-03-01T03:00:00.000Z',
        revokeReason: 'gelar belum lengkap',
        printedCount: 0,
        lastPrintedAt: null,
      },
      {
        candidateId: siti,
        nip: '198609262015052001',
        name: 'Dra. Hj. Siti Aminah, M.Si., M.M.',
        number: '800.2/0002/BKPSDM/2023',
        issuedAt: '2023-03-01T03:00:00.000Z',
        revokedAt: null,
        revokeReason: null,
        printedCount: 2,
        lastPrintedAt: '2023-03-01T03:00:00.000Z',
      },
    ]);
    await s.api.fails(
      'certificates:reissue',
      { certificateId: old, reason: 'sekali lagi' },
      ADMIN,
      'certificate-revoked',
    );
  });

  it('refuses a number pattern that would repeat numbers, before any job starts', async () => {
    s = await setUp();
    const view = await s.api.ok('certificates:template', { programId: s.program.programId }, ADMIN);
    const error = await s.api.fails(
      'certificates:save-template',
      {
        programId: s.program.programId,
        template: { ...view.template, numberPattern: '800.2/{seq:4}/BKPSDM' },
      },
      ADMIN,
      'certificate-template-invalid',
    );
    expect(JSON.stringify(error.details)).toContain('{year}');
  });

  it('explains a number already used by another programme with the same pattern', async () => {
    s = await setUp();
    await issue(s, { candidateIds: [s.program.candidates[0] as number] });
    const other = await s.api.ok('program:create', { code: 'LAIN', name: 'Program lain' }, ADMIN);
    const candidate = await s.api.ok(
      'roster:add',
      {
        programId: other.id,
        candidate: { nip: '198609262015051001', name: 'Peserta Lain', position: 'Staf', unit: 'Dinas' },
      },
      ADMIN,
    );
    const { jobId } = await s.api.ok(
      'certificates:issue',
      { programId: other.id, candidateIds: [candidate.id], eligibility: 'everyone' },
      ADMIN,
    );
    const state = await s.api.ok('job:wait', { jobId }, ADMIN);
    expect(state.status).toBe('failed');
    expect(state.error?.code).toBe('certificate-number-taken');
    expect(state.error?.message).toContain('800.2/0001/BKPSDM/2023');
    // Nothing half-written: the other programme's counter did not move.
    const view = await s.api.ok('certificates:template', { programId: other.id }, ADMIN);
    expect(view.nextNumber).toBe('800.2/0001/BKPSDM/2023');
  });
});
