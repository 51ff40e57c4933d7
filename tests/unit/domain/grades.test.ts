import { describe, expect, it } from 'vitest';
import { formatGrade, GRADES, rankOf } from '../../../src/shared/domain/grades';

describe('formatGrade', () => {
  it('prints rank and golongan together: "Penata Muda (III/a)"', () => {
    expect(formatGrade('III/a')).toBe('Penata Muda (III/a)');
  });

  it.each([
    ['I/a', 'Juru Muda (I/a)'],
    ['II/d', 'Pengatur Tingkat I (II/d)'],
    ['IV/b', 'Pembina Tingkat I (IV/b)'],
    ['IV/e', 'Pembina Utama (IV/e)'],
  ])('prints %s as %s', (code, printed) => {
    expect(formatGrade(code)).toBe(printed);
  });

  it('prints nothing for staff without a golongan (PPPK)', () => {
    expect(formatGrade(null)).toBe('');
    expect(formatGrade('')).toBe('');
  });

  it('prints an unknown code as written rather than guessing a rank', () => {
    expect(formatGrade('V/a')).toBe('V/a');
  });
});

describe('GRADES', () => {
  it('lists the 17 golongan/ruang from I/a to IV/e, each once', () => {
    expect(GRADES).toHaveLength(17);
    expect(new Set(GRADES.map((g) => g.code)).size).toBe(17);
    expect(GRADES[0]?.code).toBe('I/a');
    expect(GRADES.at(-1)?.code).toBe('IV/e');
  });

  it('finds the rank of a code and nothing for a code that does not exist', () => {
    expect(rankOf('III/c')).toBe('Penata');
    expect(rankOf('I/e')).toBeNull();
  });
});
