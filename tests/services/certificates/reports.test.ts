import { afterEach, describe, expect, it } from 'vitest';
import type { ReportRenderResult } from '../../../src/shared/contract';
import { responsibleAssessor } from '../../../src/main/services/certificates/render-reports.job';
import { ADMIN, downloadBytes, runJob, setUp, type Setup } from './helpers';

let s: Setup;
afterEach(async () => s?.close());

describe('reports:render', { timeout: 120_000 }, () => {
  it('puts every candidate of the programme into one PDF', async () => {
    s = await setUp();
    const { jobId } = await s.api.ok('reports:render', { programId: s.program.programId }, ADMIN);
    const result = await runJob<ReportRenderResult>(s, jobId);
    expect(result).toMatchObject({ programId: s.program.programId, count: 6 });
    expect(result.file.fileName).toBe('laporan-individu-HASIL.pdf');
    const pdf = downloadBytes(s.app, result.file.id);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = (pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(6);
  });

  it('names a single report after the candidate, and refuses a candidate of another programme', async () => {
    s = await setUp();
    const { jobId } = await s.api.ok(
      'reports:render',
      { programId: s.program.programId, candidateIds: [s.program.candidates[1] as number] },
      ADMIN,
    );
    const result = await runJob<ReportRenderResult>(s, jobId);
    expect(result.file.fileName).toBe("laporan-002-Nur'aini, S.E.pdf");
    const other = await s.api.ok(
      'reports:render',
      { programId: s.program.programId, candidateIds: [999] },
      ADMIN,
    );
    await expect(runJob(s, other.jobId)).rejects.toThrow(/not-found/);
  });

  it('makes the lead assessor responsible when they scored the candidate, else the first assessor', () => {
    expect(responsibleAssessor({ assessors: ['Asesor Bunga', 'Ketua Citra'] }, ['Ketua Citra'])).toBe(
      'Ketua Citra',
    );
    expect(responsibleAssessor({ assessors: ['Asesor Bunga', 'Dr. Andi'] }, ['Ketua Citra'])).toBe(
      'Asesor Bunga',
    );
    expect(responsibleAssessor({ assessors: [] }, ['Ketua Citra'])).toBe('Ketua Citra');
    expect(responsibleAssessor({ assessors: [] }, [])).toBe('');
  });
});
