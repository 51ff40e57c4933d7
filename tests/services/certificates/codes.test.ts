import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createZipWriter } from '../../../src/main/documents/zip-writer';
import { certificateFileNamer, sanitiseFileName } from '../../../src/main/services/certificates/file-names';
import {
  canonicalJson,
  parseQrText,
  parseShortCode,
  qrTextOf,
  shortCodeOf,
} from '../../../src/main/services/certificates/verification-code';
import { readCentralDirectory, readEntry } from '../../../src/main/services/roster/zip-archive';
import {
  formatCertificateNumber,
  numberPatternProblem,
} from '../../../src/shared/domain/certificate-numbering';
import type { CertificateFields } from '../../../src/shared/domain/certificate-text';
import { makeDataDir, removeDir } from '../../fixtures/data-dir';

describe('certificate number patterns', () => {
  const parts = { seq: 125, year: 2023, month: 2, code: 'TA-2023' };

  it('fills the counter, year, month and programme code', () => {
    expect(formatCertificateNumber('800.2/{seq:4}/BKPSDM/{year}', parts)).toBe('800.2/0125/BKPSDM/2023');
    expect(formatCertificateNumber('{code}/{seq}/{month}/{year}', parts)).toBe('TA-2023/125/02/2023');
    expect(formatCertificateNumber('800/{seq:2}/{month:roman}/{year}', parts)).toBe('800/125/II/2023');
  });

  it('refuses patterns that would repeat or garble numbers, in Indonesian', () => {
    expect(numberPatternProblem('800.2/{seq:4}/BKPSDM/{year}')).toBeNull();
    expect(numberPatternProblem('800.2/BKPSDM/{year}')).toContain('{seq}');
    expect(numberPatternProblem('800.2/{seq}/BKPSDM')).toContain('{year}');
    expect(numberPatternProblem('{seq}/{seq:3}/{year}')).toContain('sekali');
    expect(numberPatternProblem('{seq}/{tahun}')).toContain('{tahun} tidak dikenal');
    expect(numberPatternProblem('{seq}/{year')).toContain('tidak berpasangan');
    expect(numberPatternProblem('{seq}|{year}')).toContain('|');
  });
});

describe('verification codes', () => {
  const signature = Buffer.from(Array.from({ length: 64 }, (_, i) => (i * 37 + 11) % 256));

  it('writes canonical JSON with sorted keys at every level', () => {
    expect(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: 'x' }, u: undefined })).toBe(
      '{"a":{"c":"x","d":[{"y":2,"z":1}]},"b":1}',
    );
  });

  it('round-trips the QR text and keeps it short', () => {
    const text = qrTextOf({
      number: '800.2/0125/BKPSDM/2023',
      nip: '198609262015051001',
      keyId: '0123456789abcdef',
      signature,
    });
    expect(text.length).toBeLessThan(200);
    expect(parseQrText(text)).toEqual({
      number: '800.2/0125/BKPSDM/2023',
      nip: '198609262015051001',
      keyId: '0123456789abcdef',
      signature,
    });
    expect(parseQrText(text.replace('198609262015051001', '19860926201505100'))).toBeNull();
    expect(parseQrText('https://contoh/verifikasi')).toBeNull();
  });

  it('reads a short code typed loosely and catches a typo by its check characters', () => {
    const code = shortCodeOf(signature);
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    const loose = ` ${code.toLowerCase().replace(/-/g, '').replace(/0/g, 'o').replace(/1/g, 'i')} `;
    expect(parseShortCode(loose)).toEqual({ kind: 'code', shortCode: code });
    let typos = 0;
    for (let i = 0; i < 12; i++) {
      const compact = code.replace(/-/g, '');
      const swapped = compact.slice(0, i) + (compact[i] === 'X' ? 'Y' : 'X') + compact.slice(i + 1);
      if (parseShortCode(swapped).kind === 'typo') typos += 1;
    }
    // A 10-bit check misses about one typo in a thousand; none of these twelve.
    expect(typos).toBe(12);
    expect(parseShortCode('ABC')).toEqual({ kind: 'not-a-code' });
  });
});

describe('certificate file names and the ZIP writer', () => {
  const fields: CertificateFields = {
    nama: 'Dra. Hj. Siti Aminah, M.Si.',
    nip: '19860926 201505 2 001',
    pangkat: 'Penata',
    golongan: 'III/c',
    jabatan: 'Kepala Seksi',
    unit: 'Dinas: Pendidikan?',
    program: 'Program',
    tanggal: '25 Februari 2023',
    predikat: '',
    jpm: '—',
    nomor: '800.2/0001/BKPSDM/2023',
  };

  it('keeps a name readable while removing what would act as a path', () => {
    expect(sanitiseFileName('../..\\rahasia\u0000.pdf')).toBe('-..-rahasia-.pdf');
    expect(sanitiseFileName('  ...nama   dengan\tspasi.  ')).toBe('nama dengan spasi');
    const name = certificateFileNamer('{nomor} {unit}.PDF');
    expect(name(fields)).toBe('800.2-0001-BKPSDM-2023 Dinas- Pendidikan-.pdf');
    expect(name(fields)).toBe('800.2-0001-BKPSDM-2023 Dinas- Pendidikan- (2).pdf');
  });

  it('writes a ZIP that a reader opens, with UTF-8 names and the bytes intact', async () => {
    const dir = makeDataDir();
    try {
      const path = join(dir, 'uji.zip');
      const zip = createZipWriter(path);
      const text = Buffer.from('isi yang bisa dimampatkan '.repeat(200));
      const random = randomBytes(4000);
      zip.add('Dédé Sutisna.pdf', text, new Date(2023, 1, 25, 10, 30, 0));
      zip.add("Nur'aini.pdf", random, new Date(2023, 1, 25, 10, 30, 0));
      zip.finish();
      const fd = openSync(path, 'r');
      try {
        const entries = readCentralDirectory(fd, statSync(path).size);
        expect(entries.map((e) => [e.name, e.method])).toEqual([
          ['Dédé Sutisna.pdf', 8],
          ["Nur'aini.pdf", 0],
        ]);
        expect((await readEntry(path, fd, entries[0] as never)).equals(text)).toBe(true);
        expect((await readEntry(path, fd, entries[1] as never)).equals(random)).toBe(true);
      } finally {
        closeSync(fd);
      }
      // Same entries, same dates: the same bytes.
      const again = join(dir, 'lagi.zip');
      const second = createZipWriter(again);
      second.add('Dédé Sutisna.pdf', text, new Date(2023, 1, 25, 10, 30, 0));
      second.add("Nur'aini.pdf", random, new Date(2023, 1, 25, 10, 30, 0));
      second.finish();
      expect(readFileSync(again).equals(readFileSync(path))).toBe(true);
    } finally {
      removeDir(dir);
    }
  });
});
