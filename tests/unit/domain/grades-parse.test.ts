import { describe, expect, it } from 'vitest';
import { GRADES, parseGrade } from '../../../src/shared/domain/grades';

function codeOf(text: string | null): string | null {
  const result = parseGrade(text);
  if (!result.ok) throw new Error(`not read: ${text}`);
  return result.code;
}

describe('parseGrade', () => {
  it.each([
    ['III/a', 'III/a'],
    ['III/A', 'III/a'],
    ['iii/a', 'III/a'],
    ['III a', 'III/a'],
    ['IIIa', 'III/a'],
    ['III-a', 'III/a'],
    ['III.a', 'III/a'],
    ['IV / b', 'IV/b'],
    ['Gol. III/c', 'III/c'],
    ['Penata Muda (III/a)', 'III/a'],
    ['Penata Muda, III/a', 'III/a'],
    ['Pembina Tk. I (IV/b)', 'IV/b'],
    ['Pembina Tingkat I, IV/b', 'IV/b'],
    ['PENATA MUDA TK.I / III b', 'III/b'],
    ['Juru Muda (I/a)', 'I/a'],
    ['Pembina Utama (IV/e)', 'IV/e'],
    ['3/a', 'III/a'],
    ['4B', 'IV/b'],
    ['Ⅲ/a', 'III/a'],
  ])('reads %s as %s', (written, code) => {
    expect(codeOf(written)).toBe(code);
  });

  it.each([
    ['Penata Muda Tingkat I', 'III/b'],
    ['penata muda tk. i', 'III/b'],
    ['Penata', 'III/c'],
    ['Pembina Utama Madya', 'IV/d'],
    ['Juru Tingkat I', 'I/d'],
    ['  Pengatur   Muda  ', 'II/a'],
  ])('reads the rank name alone, %s, as %s', (written, code) => {
    expect(codeOf(written)).toBe(code);
  });

  it('reads every golongan in the table, written as its code or as "rank (code)"', () => {
    for (const grade of GRADES) {
      expect(codeOf(grade.code)).toBe(grade.code);
      expect(codeOf(`${grade.rank} (${grade.code})`)).toBe(grade.code);
      expect(codeOf(grade.rank)).toBe(grade.code);
    }
  });

  it.each([[''], ['   '], ['-'], [null]])('accepts %j as no golongan (PPPK staff have none)', (written) => {
    expect(parseGrade(written)).toEqual({ ok: true, code: null });
  });

  it.each([['V/a'], ['I/e'], ['III/f'], ['Golongan tinggi'], ['IX'], ['Penata Madya']])(
    'refuses %s with grade-unknown and a message that shows the expected form',
    (written) => {
      const result = parseGrade(written);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.code).toBe('grade-unknown');
      expect(!result.ok && result.message).toMatch(/III\/a/);
    },
  );

  it('refuses a rank and a code that contradict each other, naming both', () => {
    const result = parseGrade('Penata (III/a)');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.code).toBe('grade-unknown');
    expect(!result.ok && result.message).toContain('Penata Muda');
    expect(!result.ok && result.message).toContain('III/c');
  });

  it('does not read the "I" of "Tingkat I" as a golongan group', () => {
    expect(codeOf('Pembina Tingkat I')).toBe('IV/b');
  });
});
