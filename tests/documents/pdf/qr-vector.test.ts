import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { formatBits, qrMatrix, qrSegment } from '../../../src/main/documents/pdf/qr-matrix';
import { qrRuns } from '../../../src/main/documents/pdf/qr-vector';
import { renderCertificatesPdf } from '../../../src/main/documents/pdf/render-certificates';
import { assetsOf, fields, signedLookingQr, template } from './fixtures';
import { inflatedStreams } from './pdf-reading';

const PAYLOADS = [
  signedLookingQr(1),
  signedLookingQr(2),
  '800.2/0125/BKPSDM/2023 K7QF-2M9X',
  'asesa:verifikasi?kode=K7QF',
  'Ṣāliḥ — ünïcödé payload',
  'A',
];

describe('the QR module matrix', () => {
  it.each(PAYLOADS)('is module for module what qrcode makes, with the same mask: %s', (text) => {
    const library = QRCode.create([qrSegment(text)], { errorCorrectionLevel: 'M' });
    const ours = qrMatrix(text);
    expect(ours.size).toBe(library.modules.size);
    expect(ours.mask).toBe(library.maskPattern);
    expect(Buffer.from(ours.data).equals(Buffer.from(library.modules.data))).toBe(true);
  });

  it('writes the standard format bits for level M (ISO/IEC 18004 table C.1)', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7].map(formatBits)).toEqual([
      0x5412, 0x5125, 0x5e7c, 0x5b4b, 0x45f9, 0x40ce, 0x4f97, 0x4aa0,
    ]);
  });

  it('uses alphanumeric mode only for text that mode can hold', () => {
    expect(qrSegment('800.2/0125/BKPSDM/2023').mode).toBe('alphanumeric');
    expect(qrSegment(signedLookingQr(1)).mode).toBe('byte');
  });
});

describe('the QR code drawn as vectors', () => {
  it('covers exactly the dark modules of the matrix with its rectangles', () => {
    const text = signedLookingQr(7);
    const { size, runs } = qrRuns(text);
    const { modules } = QRCode.create([qrSegment(text)], { errorCorrectionLevel: 'M' });
    const rebuilt = new Uint8Array(size * size);
    for (const run of runs) {
      for (let col = run.col; col < run.col + run.length; col++) {
        expect(rebuilt[run.row * size + col]).toBe(0);
        rebuilt[run.row * size + col] = 1;
      }
    }
    expect(Buffer.from(rebuilt).equals(Buffer.from(modules.data))).toBe(true);
  });

  it('puts one rectangle per run into the page, adding up to the dark module count', async () => {
    const text = signedLookingQr(9);
    const pdf = await renderCertificatesPdf(
      [{ template: template(), fields: fields(), verification: { qrText: text, shortCode: 'K7QF-0009' } }],
      { assets: assetsOf(), createdAt: new Date('2023-02-25T00:00:00Z') },
    );
    // Rectangles in module units: "col row length 1 re".
    const rects = inflatedStreams(pdf)
      .flatMap((stream) => stream.split('\n'))
      .map((line) => /^(\d+) (\d+) (\d+) 1 re$/.exec(line))
      .filter((match): match is RegExpExecArray => match !== null);
    const { modules } = QRCode.create([qrSegment(text)], { errorCorrectionLevel: 'M' });
    const dark = modules.data.reduce((sum, bit) => sum + bit, 0);
    expect(rects).toHaveLength(qrRuns(text).runs.length);
    expect(rects.reduce((sum, match) => sum + Number(match[3]), 0)).toBe(dark);
  });
});
