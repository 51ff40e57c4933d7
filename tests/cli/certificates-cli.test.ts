import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CertificateIssueResult, CertificateVerification } from '../../src/shared/contract';
import { removeDir } from '../fixtures/data-dir';
import { seedScoredProgram } from '../fixtures/scored-program';
import { runAsesa, seededDataDir } from '../fixtures/cli';

let dataDir: string;

beforeEach(async () => {
  dataDir = await seededDataDir((app) => seedScoredProgram(app, 'HASIL'));
});
afterEach(() => removeDir(dataDir));

const asesa = (...args: string[]) => runAsesa(dataDir, ...args);

describe('asesa certificates', { timeout: 180_000 }, () => {
  it('issues to everyone eligible and prints the numbers as JSON', async () => {
    const run = await asesa('certificates', 'issue', '--program', 'hasil', '--all-eligible', '--json');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as CertificateIssueResult;
    expect(result.issued).toHaveLength(5);
    expect(result.issued[0]?.number).toMatch(/^800\.2\/0001\/BKPSDM\/\d{4}$/);

    const again = await asesa('certificates', 'issue', '--program', 'HASIL', '--all-eligible');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Terbit 0 sertifikat; 5 peserta sudah bersertifikat.');

    const usage = await asesa('certificates', 'issue', '--program', 'HASIL');
    expect(usage.code).toBe(1);
    expect(usage.stderr).toContain('--all-eligible');
  });

  it('issues one person by NIP, verifies its code, revokes it, and says so with a non-zero exit', async () => {
    const issued = await asesa(
      'certificates',
      'issue',
      '--program',
      'HASIL',
      '--nip',
      '19900115 201903 2 002',
      '--json',
    );
    expect(issued.code).toBe(0);
    const certificate = (JSON.parse(issued.stdout) as CertificateIssueResult).issued[0];
    expect(certificate?.name).toBe("Nur'aini, S.E.");

    const valid = await asesa('certificates', 'verify', certificate?.shortCode as string, '--json');
    expect(valid.code).toBe(0);
    const verdict = JSON.parse(valid.stdout) as CertificateVerification;
    expect(verdict.status).toBe('valid');
    expect(verdict.certificate?.snapshot.fields.nama).toBe("Nur'aini, S.E.");

    const revoke = await asesa(
      'certificates',
      'revoke',
      certificate?.number as string,
      '--reason',
      'salah program',
    );
    expect(revoke.code).toBe(0);
    expect(revoke.stdout).toContain('dicabut');

    const revoked = await asesa('certificates', 'verify', certificate?.shortCode as string);
    expect(revoked.code).toBe(1);
    expect(revoked.stdout).toContain('DICABUT');
    expect(revoked.stdout).toContain('salah program');
  });

  it('renders one merged PDF, or one PDF per person into a folder, and verifies such a file', async () => {
    await asesa('certificates', 'issue', '--program', 'HASIL', '--all-eligible');
    const merged = join(dataDir, 'cetak.pdf');
    const one = await asesa('certificates', 'render', '--program', 'HASIL', '--out', merged, '--json');
    expect(one.code).toBe(0);
    expect(JSON.parse(one.stdout)).toMatchObject({ count: 5 });
    expect(readFileSync(merged).subarray(0, 5).toString()).toBe('%PDF-');
    expect(existsSync(`${merged}.tmp`)).toBe(false);

    const folder = join(dataDir, 'per-orang');
    const many = await asesa('certificates', 'render', '--program', 'HASIL', '--out', folder, '--json');
    expect(many.code).toBe(0);
    const files = readdirSync(folder).sort();
    expect(files).toHaveLength(5);
    expect(files[0]).toMatch(/^800\.2-0001-BKPSDM-\d{4}_Dra\. Hj\. Siti Aminah, M\.Si\.pdf$/);
    expect(files.every((f) => f.endsWith('.pdf'))).toBe(true);

    const verified = await asesa('certificates', 'verify', join(folder, files[0] as string), '--json');
    expect(verified.code).toBe(0);
    expect(JSON.parse(verified.stdout)).toMatchObject({ status: 'valid', via: 'pdf', pdfMatches: true });
  });

  it('writes an individual report for one NIP', async () => {
    const out = join(dataDir, 'laporan.pdf');
    const run = await asesa(
      'report',
      '--program',
      'HASIL',
      '--nip',
      '198609262015052001',
      '--out',
      out,
      '--json',
    );
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ out, count: 1 });
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');

    const unknown = await asesa('report', '--program', 'HASIL', '--nip', '199901012020011001', '--out', out);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('tidak ada di program ini');
  });
});
