import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { bestTwoLineSplit, fitText, measureWith } from '../../../src/main/documents/pdf/fit-text';
import { FONT, registerFonts } from '../../../src/main/documents/pdf/fonts';
import { wrapBalanced, wrapWords } from '../../../src/main/documents/pdf/text-lines';

function serifBold() {
  const doc = new PDFDocument({ autoFirstPage: false });
  registerFonts(doc);
  return measureWith(doc, FONT.serifBold);
}

const LONG_NAME =
  "Prof. Dr. Ir. H. Raden Mas Muhammad Nur'aini Ṣāliḥ Wirjodiprodjo Kusumanegara, S.H., M.Kn., M.Si., Ph.D.";

describe('fitting a name into its box', () => {
  const measure = serifBold();
  const box = { width: 560, maxSize: 26, minSize: 16 };

  it('keeps a short name on one line at the largest size', () => {
    expect(fitText(measure, 'Ni Luh Putu Ayu', box)).toEqual({ size: 26, lines: ['Ni Luh Putu Ayu'] });
  });

  it('shrinks a longer name just enough to fit on one line', () => {
    const name = 'Dra. Hj. Siti Aminah Purnamasari Wulandari, S.Sos., M.Si.';
    const fitted = fitText(measure, name, box);
    expect(fitted.lines).toEqual([name]);
    expect(fitted.size).toBeLessThan(26);
    expect(fitted.size).toBeGreaterThanOrEqual(16);
    expect(measure(name, fitted.size)).toBeLessThanOrEqual(box.width);
    // One step larger would overflow: the size is the largest that fits.
    expect(measure(name, fitted.size + 0.5)).toBeGreaterThan(box.width);
  });

  it('breaks a very long name onto two lines, each inside the box, rather than going below the minimum', () => {
    const fitted = fitText(measure, LONG_NAME, box);
    expect(fitted.lines).toHaveLength(2);
    expect(fitted.lines.join(' ')).toBe(LONG_NAME);
    expect(fitted.size).toBeGreaterThanOrEqual(16);
    for (const line of fitted.lines) expect(measure(line, fitted.size)).toBeLessThanOrEqual(box.width);
  });

  it('goes below the minimum only when there is no other way, and still never overflows', () => {
    const word = 'Wirjodiprodjokusumanegarasastrowardoyo'.repeat(2);
    const fitted = fitText(measure, word, { width: 300, maxSize: 26, minSize: 16 });
    expect(fitted.lines).toEqual([word]);
    expect(fitted.size).toBeLessThan(16);
    expect(measure(word, fitted.size)).toBeLessThanOrEqual(300);
  });

  it('keeps to one line when told to, shrinking instead', () => {
    const fitted = fitText(measure, LONG_NAME, { ...box, maxLines: 1 });
    expect(fitted.lines).toEqual([LONG_NAME]);
    expect(measure(LONG_NAME, fitted.size)).toBeLessThanOrEqual(box.width);
  });

  it('splits two lines where the longer one is shortest', () => {
    const [first, second] = bestTwoLineSplit(measure, 'Ahmad Fauzi Wibowo Hadiningrat Susilo') ?? [];
    expect(`${first} ${second}`).toBe('Ahmad Fauzi Wibowo Hadiningrat Susilo');
    const worse = Math.max(measure('Ahmad', 1), measure('Fauzi Wibowo Hadiningrat Susilo', 1));
    expect(Math.max(measure(first ?? '', 1), measure(second ?? '', 1))).toBeLessThan(worse);
  });
});

describe('wrapping a statement', () => {
  const measure = serifBold();
  const statement =
    'telah mengikuti Asesmen Kompetensi ASN Talent Academy yang diselenggarakan oleh Badan Kepegawaian ' +
    'dan Pengembangan Sumber Daya Manusia Kota Bekasi pada tanggal 25 Februari 2023.';

  it('never makes a line wider than asked and keeps every word in order', () => {
    const lines = wrapWords(measure, statement, 400, 12);
    expect(lines.join(' ')).toBe(statement);
    for (const line of lines) expect(measure(line, 12)).toBeLessThanOrEqual(400);
  });

  it('balances the lines: same count as the greedy wrap, no short last line', () => {
    const greedy = wrapWords(measure, statement, 640, 13);
    const balanced = wrapBalanced(measure, statement, 640, 13);
    expect(balanced).toHaveLength(greedy.length);
    expect(balanced.join(' ')).toBe(statement);
    const widths = balanced.map((line) => measure(line, 13));
    expect(Math.min(...widths) / Math.max(...widths)).toBeGreaterThan(
      Math.min(...greedy.map((line) => measure(line, 13))) /
        Math.max(...greedy.map((line) => measure(line, 13))),
    );
  });

  it('starts a new line at each newline the operator typed', () => {
    expect(wrapWords(measure, 'baris satu\nbaris dua', 1000, 12)).toEqual(['baris satu', 'baris dua']);
  });
});
