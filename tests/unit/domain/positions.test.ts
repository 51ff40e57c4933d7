import { describe, expect, it } from 'vitest';
import { parsePositionLevel, POSITION_LEVELS, positionKindOf } from '../../../src/shared/domain/positions';

describe('parsePositionLevel', () => {
  it.each([
    ['JPT Pratama', 'JPT Pratama'],
    ['jpt  pratama', 'JPT Pratama'],
    ['Jabatan Pimpinan Tinggi Madya', 'JPT Madya'],
    ['JPT UTAMA', 'JPT Utama'],
    ['administrator', 'Administrator'],
    ['PENGAWAS', 'Pengawas'],
    ['Pelaksana', 'Pelaksana'],
    ['Non Eselon', 'Pelaksana'],
    ['non-eselon', 'Pelaksana'],
    ['Staf', 'Pelaksana'],
    ['Ahli Utama', 'Ahli Utama'],
    ['ahli madya', 'Ahli Madya'],
    ['JF Ahli Muda', 'Ahli Muda'],
    ['Fungsional Ahli Pertama', 'Ahli Pertama'],
    ['Analis Kebijakan Ahli Muda', 'Ahli Muda'],
    ['Penyelia', 'Penyelia'],
    ['Pranata Komputer Mahir', 'Mahir'],
    ['terampil', 'Terampil'],
    ['Pemula', 'Pemula'],
  ])('reads %s as %s', (written, level) => {
    expect(parsePositionLevel(written)).toBe(level);
  });

  it.each([
    ['Eselon II.a', 'JPT Pratama'],
    ['eselon II b', 'JPT Pratama'],
    ['III.a', 'Administrator'],
    ['Eselon III', 'Administrator'],
    ['Eselon 3', 'Administrator'],
    ['IV.b', 'Pengawas'],
    ['Eselon V', 'Pengawas'],
  ])('maps the old echelon %s to %s', (written, level) => {
    expect(parsePositionLevel(written)).toBe(level);
  });

  it.each([[''], ['   '], [null], ['Kepala Bidang'], ['IV']])('names no level for %j', (written) => {
    expect(parsePositionLevel(written)).toBeNull();
  });

  it('reads every canonical level back as itself, whatever its case', () => {
    for (const { level } of POSITION_LEVELS) {
      expect(parsePositionLevel(level.toUpperCase())).toBe(level);
    }
  });

  it('tells the kind of a level, and nothing for an unknown one', () => {
    expect(positionKindOf('Ahli Muda')).toBe('fungsional-keahlian');
    expect(positionKindOf('Mahir')).toBe('fungsional-keterampilan');
    expect(positionKindOf('JPT Pratama')).toBe('jpt');
    expect(positionKindOf('Kepala')).toBeNull();
  });
});
