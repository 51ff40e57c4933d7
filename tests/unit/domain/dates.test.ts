import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  daysInMonth,
  formatDateId,
  formatDateRangeId,
  isRealDate,
  MONTHS_ID,
  parseIsoDate,
  toIsoDate,
} from '../../../src/shared/domain/dates';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('formatDateId', () => {
  it('writes an ISO date the Indonesian way', () => {
    expect(formatDateId('2023-02-25')).toBe('25 Februari 2023');
  });

  it('drops the leading zero of the day', () => {
    expect(formatDateId('2022-08-05')).toBe('5 Agustus 2022');
  });

  it('names every month from the fixed Indonesian table', () => {
    const written = MONTHS_ID.map((_, index) =>
      formatDateId(toIsoDate({ year: 2023, month: index + 1, day: 1 })),
    );
    expect(written).toEqual([
      '1 Januari 2023',
      '1 Februari 2023',
      '1 Maret 2023',
      '1 April 2023',
      '1 Mei 2023',
      '1 Juni 2023',
      '1 Juli 2023',
      '1 Agustus 2023',
      '1 September 2023',
      '1 Oktober 2023',
      '1 November 2023',
      '1 Desember 2023',
    ]);
  });

  it('does not consult the machine locale (a laptop set to English still prints Indonesian)', () => {
    vi.spyOn(Date.prototype, 'toLocaleDateString').mockReturnValue('February 25, 2023');
    vi.spyOn(Date.prototype, 'toLocaleString').mockReturnValue('February 25, 2023');
    vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(() => {
      throw new Error('the OS locale must not be used');
    });
    expect(formatDateId('2023-02-25')).toBe('25 Februari 2023');
    expect(formatDateRangeId('2023-02-24', '2023-02-25')).toBe('24–25 Februari 2023');
  });

  it.each([
    ['30 February', '2023-02-30'],
    ['29 February of a non-leap year', '2023-02-29'],
    ['month 13', '2023-13-01'],
    ['a day/month/year form', '25/02/2023'],
    ['a date without zero padding', '2023-2-5'],
    ['an empty string', ''],
    ['free text', 'besok'],
  ])('returns %s unchanged because it is not a real ISO date', (_label, text) => {
    expect(formatDateId(text)).toBe(text);
  });
});

describe('formatDateRangeId', () => {
  it('writes a range inside one month once: "24–25 Februari 2023"', () => {
    expect(formatDateRangeId('2023-02-24', '2023-02-25')).toBe('24–25 Februari 2023');
  });

  it('writes both dates in full when the range crosses a month', () => {
    expect(formatDateRangeId('2023-02-27', '2023-03-02')).toBe('27 Februari 2023 – 2 Maret 2023');
  });

  it('writes both dates in full when the range crosses a year with the same month number', () => {
    expect(formatDateRangeId('2022-08-30', '2023-08-02')).toBe('30 Agustus 2022 – 2 Agustus 2023');
  });

  it('writes a single date when start and end are the same day', () => {
    expect(formatDateRangeId('2023-02-25', '2023-02-25')).toBe('25 Februari 2023');
  });

  it('writes the one date that is known when the other is missing', () => {
    expect(formatDateRangeId('2023-02-25', null)).toBe('25 Februari 2023');
    expect(formatDateRangeId(null, '2023-02-25')).toBe('25 Februari 2023');
  });

  it('writes nothing when neither date is known', () => {
    expect(formatDateRangeId(null, null)).toBe('');
  });

  it('keeps an invalid date as typed instead of inventing a range', () => {
    expect(formatDateRangeId('2023-02-30', '2023-02-25')).toBe('2023-02-30 – 25 Februari 2023');
  });
});

describe('calendar helpers', () => {
  it('knows leap years, including the century rule', () => {
    expect(isRealDate(2024, 2, 29)).toBe(true);
    expect(isRealDate(2023, 2, 29)).toBe(false);
    expect(isRealDate(1900, 2, 29)).toBe(false);
    expect(isRealDate(2000, 2, 29)).toBe(true);
    expect(daysInMonth(2023, 4)).toBe(30);
    expect(daysInMonth(2023, 12)).toBe(31);
  });

  it('refuses month 0, month 13, day 0 and fractional parts', () => {
    expect(isRealDate(2023, 0, 1)).toBe(false);
    expect(isRealDate(2023, 13, 1)).toBe(false);
    expect(isRealDate(2023, 1, 0)).toBe(false);
    expect(isRealDate(2023, 1.5, 1)).toBe(false);
  });

  it('parses only real ISO dates and writes them back zero-padded', () => {
    expect(parseIsoDate('2023-02-25')).toEqual({ year: 2023, month: 2, day: 25 });
    expect(parseIsoDate('2023-02-30')).toBeNull();
    expect(parseIsoDate('2023-02-25T10:00:00Z')).toBeNull();
    expect(toIsoDate({ year: 2023, month: 2, day: 5 })).toBe('2023-02-05');
  });
});
