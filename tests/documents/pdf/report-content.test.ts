import { describe, expect, it } from 'vitest';
import {
  areasToDevelop,
  developmentAdvice,
  strengthsOf,
} from '../../../src/main/documents/pdf/report-content';
import { competencies } from './report-fixtures';

describe('what the report concludes from the competency table', () => {
  const rows = competencies([3, 4, 2, 3, 1, 3, 2, null, 3]);

  it('counts a competency at or above standard as a strength, in table order', () => {
    expect(strengthsOf(rows)).toEqual([
      'Integritas',
      'Kerja Sama',
      'Orientasi pada Hasil',
      'Pengembangan Diri dan Orang Lain',
      'Perekat Bangsa',
    ]);
  });

  it('lists the areas to develop widest gap first and leaves out competencies not yet agreed', () => {
    expect(areasToDevelop(rows)).toEqual(['Pelayanan Publik', 'Komunikasi', 'Mengelola Perubahan']);
  });

  it('advises per gap, naming the competency and the level to reach, priority for two levels or more', () => {
    const advice = developmentAdvice(rows);
    expect(advice).toHaveLength(3);
    expect(advice[0]).toMatch(/^Pelayanan Publik \(kesenjangan 2 level, prioritas\)/);
    expect(advice[0]).toContain('level 3');
    expect(advice[1]).toMatch(/^Komunikasi \(kesenjangan 1 level\)/);
  });

  it('gives one closing sentence when everything meets standard, and nothing when nothing is scored', () => {
    expect(developmentAdvice(competencies([3, 3, 3, 3, 3, 3, 3, 3, 4]))).toEqual([
      expect.stringContaining('Seluruh kompetensi telah memenuhi standar'),
    ]);
    expect(developmentAdvice(competencies([]))).toEqual([]);
  });
});
