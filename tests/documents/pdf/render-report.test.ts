import { describe, expect, it } from 'vitest';
import { chartGeometry } from '../../../src/main/documents/pdf/report-chart';
import { renderReportsPdf } from '../../../src/main/documents/pdf/render-report';
import { competencies, report } from './report-fixtures';
import { pageCount, pdfText } from './pdf-reading';

const CREATED = new Date('2023-02-25T08:00:00Z');
const squash = (text: string) => text.replace(/\s+/g, ' ');

describe('individual report PDF', () => {
  it('holds identity, purpose, the competency table, totals, JPM, category and both signers', async () => {
    const pdf = await renderReportsPdf([report()], { createdAt: CREATED });
    const text = squash(pdfText(pdf));
    for (const expected of [
      'LAPORAN INDIVIDU HASIL ASESMEN KOMPETENSI',
      'Asesmen Kompetensi ASN Talent Academy 2023',
      'Dra. Hj. Siti Aminah, M.Si.',
      '19860926 201505 2 001',
      'Penata Tingkat I (III/d)',
      'TA-0125',
      'Pengisian jabatan',
      'Administrator',
      '25 Februari 2023',
      'Job Person Match (JPM): 88,8 %',
      'Kategori: Masih Memenuhi Syarat (MMS)',
      'Asesor Penanggung Jawab',
      'Dr. Rina Kartika, S.Psi., M.Psi., Psikolog',
      'Plt. Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
      'Drs. H. Ahmad Fauzi, M.Si.',
      'NIP. 19700101 199003 1 001',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('prints each competency row with its standard, achieved level, gap and remark, and the totals', async () => {
    const pdf = await renderReportsPdf([report()], { createdAt: CREATED });
    const lines = pdfText(pdf).split('\n');
    // pdftotext reads a table row by row; the cells of a row follow each other.
    const text = squash(lines.join(' '));
    expect(text).toContain('M.7 Mengelola Perubahan 3 1 -2 Belum memenuhi');
    expect(text).toContain('M.4 Orientasi pada Hasil 3 4 +1 Memenuhi');
    expect(text).toContain('SK.1 Perekat Bangsa 3 3 0 Memenuhi');
    expect(text).toContain('Jumlah 27 24 -3');
  });

  it('names strengths, areas to develop and advice, with the profile chart labelled by code', async () => {
    const pdf = await renderReportsPdf([report()], { createdAt: CREATED });
    const text = squash(pdfText(pdf));
    expect(text).toContain('KEKUATAN');
    expect(text).toContain('AREA PENGEMBANGAN');
    expect(text).toContain('Mengelola Perubahan (kesenjangan 2 level, prioritas)');
    expect(text).toContain('PROFIL KOMPETENSI');
    expect(text).toContain('Capaian di bawah standar');
  });

  it('puts several candidates into one PDF, each starting on its own page', async () => {
    const names = ["Nur'aini", 'Ni Luh Putu Ayu', 'Dédé Sutisna'];
    const pdf = await renderReportsPdf(
      names.map((name) => report({ name })),
      { createdAt: CREATED },
    );
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(names.length);
    const firstPages = Array.from({ length: pages }, (_, i) => pdfText(pdf, i + 1)).filter((text) =>
      text.includes('LAPORAN INDIVIDU HASIL ASESMEN KOMPETENSI'),
    );
    expect(firstPages).toHaveLength(names.length);
    names.forEach((name, index) => expect(firstPages[index]).toContain(name));
  });

  it('says when a result is incomplete and shows dashes for what is missing', async () => {
    const rows = competencies([3, 3, null, 4, 3, 2, null, 3, 3]);
    const pdf = await renderReportsPdf(
      [
        report({
          status: 'incomplete',
          pending: 2,
          competencies: rows,
          totalAchieved: null,
          jpm: null,
          category: null,
        }),
      ],
      { createdAt: CREATED },
    );
    const text = squash(pdfText(pdf));
    expect(text).toContain('Hasil belum lengkap: 2 kompetensi belum memiliki level yang disepakati.');
    expect(text).toContain('M.3 Komunikasi 3 — — Belum ditetapkan');
    expect(text).toContain('Job Person Match (JPM): —');
  });

  it('gives byte-identical output for the same input and date', async () => {
    const first = await renderReportsPdf([report()], { createdAt: CREATED });
    const second = await renderReportsPdf([report()], { createdAt: CREATED });
    expect(second.equals(first)).toBe(true);
  });

  it('scales the chart bars to the levels, with room for a level above 5', () => {
    const box = { x: 0, y: 0, width: 300, height: 150 };
    const { levels, plot, bars } = chartGeometry(competencies([3, 5, 1]).slice(0, 3), box);
    expect(levels).toBe(5);
    expect(bars.map((bar) => bar.code)).toEqual(['M.1', 'M.2', 'M.3']);
    expect(bars[1]?.achieved?.height).toBeCloseTo(plot.height);
    expect(bars[2]?.achieved?.height).toBeCloseTo(plot.height / 5);
    expect(bars[0]?.standard?.height).toBeCloseTo((plot.height * 3) / 5);
    for (const bar of bars)
      expect((bar.achieved?.y ?? 0) + (bar.achieved?.height ?? 0)).toBeCloseTo(plot.y + plot.height);
    expect(chartGeometry([{ code: 'T.1', standard: 4, achieved: 6 }], box).levels).toBe(6);
  });
});
