import { describe, expect, it } from 'vitest';
import {
  MAX_CELL_TEXT,
  cellValue,
  csvField,
  neutraliseCsvText,
  safeText,
} from '../../../src/main/documents/results-workbook/cell-safety';

describe('cell values for the workbook', () => {
  it('keeps formula-looking text as the same text, never as an object', () => {
    for (const text of ['=1+1', '=HYPERLINK("#A1","x")', '+62 812', '-', '@x', '\tTab']) {
      expect(cellValue(text)).toBe(text);
    }
  });

  it('drops characters XML cannot hold, which would make the whole file unreadable', () => {
    expect(safeText('Budi\u0001 Santoso\u001F')).toBe('Budi Santoso');
    expect(safeText('baris\r\nbaru\tdan tab')).toBe('baris\r\nbaru\tdan tab');
    expect(safeText('a\uD800b')).toBe('ab');
    expect(safeText('emoji 😀 tetap')).toBe('emoji 😀 tetap');
  });

  it("cuts text at Excel's cell limit without splitting a surrogate pair", () => {
    expect(safeText('x'.repeat(MAX_CELL_TEXT + 10))).toHaveLength(MAX_CELL_TEXT);
    const cut = safeText(`${'x'.repeat(MAX_CELL_TEXT - 1)}😀`);
    expect(cut).toHaveLength(MAX_CELL_TEXT - 1);
  });

  it('turns empty text and non-finite numbers into empty cells', () => {
    expect(cellValue('')).toBeNull();
    expect(cellValue(undefined)).toBeNull();
    expect(cellValue(Number.NaN)).toBeNull();
    expect(cellValue(Number.POSITIVE_INFINITY)).toBeNull();
    expect(cellValue(0)).toBe(0);
    expect(cellValue(-1)).toBe(-1);
  });
});

describe('CSV fields', () => {
  it('prefixes text a spreadsheet would evaluate with an apostrophe (OWASP CSV injection)', () => {
    expect(neutraliseCsvText('=1+1')).toBe("'=1+1");
    expect(neutraliseCsvText('+62 812')).toBe("'+62 812");
    expect(neutraliseCsvText('-')).toBe("'-");
    expect(neutraliseCsvText('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutraliseCsvText('\t=1')).toBe("'\t=1");
    expect(neutraliseCsvText('\r=1')).toBe("'\r=1");
    expect(neutraliseCsvText("Nur'aini")).toBe("Nur'aini");
    expect(neutraliseCsvText('Budi = Santoso')).toBe('Budi = Santoso');
  });

  it('quotes fields holding a separator, a quote or a line break, doubling quotes inside', () => {
    expect(csvField('Dra. Hj. Siti Aminah, M.Si.', ',')).toBe('"Dra. Hj. Siti Aminah, M.Si."');
    expect(csvField('a;b', ';')).toBe('"a;b"');
    expect(csvField('a;b', ',')).toBe('"a;b"');
    expect(csvField('kata "kutip"', ',')).toBe('"kata ""kutip"""');
    expect(csvField('dua\r\nbaris', ',')).toBe('"dua\r\nbaris"');
    expect(csvField('=HYPERLINK("#A1","x")', ',')).toBe('"\'=HYPERLINK(""#A1"",""x"")"');
  });

  it('writes numbers as numbers, with the decimal mark that goes with the separator', () => {
    expect(csvField(87.5, ',')).toBe('87.5');
    expect(csvField(87.5, ';')).toBe('87,5');
    expect(csvField(-1, ';')).toBe('-1');
    expect(csvField(null, ';')).toBe('');
  });
});
