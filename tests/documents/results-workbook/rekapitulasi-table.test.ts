import { describe, expect, it } from 'vitest';
import {
  developmentAdvice,
  rekapLayout,
  rekapRow,
} from '../../../src/main/documents/results-workbook/rekapitulasi-table';
import type { CandidateResult, ProgramResults } from '../../../src/shared/contract';

const SETTINGS: ProgramResults['settings'] = {
  programId: 1,
  reconciliation: 'consensus',
  extraAssessorSpread: 2,
  thresholds: { pengisian: { top: 80, middle: 68 }, pemetaan: { top: 90, middle: 78 } },
  passRule: { kind: 'category', minimum: 'CO' },
  passRuleText: 'Lulus: kategori Cukup Optimal (CO) ke atas',
  finalizedAt: null,
  finalizedBy: null,
};

function candidate(patch: Partial<CandidateResult>): CandidateResult {
  return {
    candidateId: 1,
    participantNo: '001',
    nip: '198609262015051001',
    name: 'Peserta',
    grade: 'IV/b',
    position: 'Kepala Bidang',
    positionLevel: 'Administrator',
    unit: 'Dinas',
    status: 'complete',
    competencies: [
      { competencyId: 1, code: 'M.1', name: 'Integritas', standard: 3, achieved: 4, gap: 1 },
      { competencyId: 2, code: 'M.2', name: 'Kerja Sama', standard: 3, achieved: 1, gap: -2 },
      { competencyId: 3, code: 'M.3', name: 'Komunikasi', standard: 3, achieved: 2, gap: -1 },
    ],
    rubrics: [],
    totalAchieved: 7,
    totalStandard: 9,
    jpm: 77.966,
    score: 77.966,
    category: 'KO',
    rank: 1,
    passed: false,
    decidedBy: null,
    metCount: 1,
    worstGap: -2,
    assessors: ['A', 'B'],
    pending: 0,
    maxSpread: 0,
    selectionGroup: null,
    ...patch,
  };
}

function results(c: CandidateResult): ProgramResults {
  return {
    programId: 1,
    settings: SETTINGS,
    scoreKind: 'jpm',
    competencies: c.competencies.map((k) => ({ id: k.competencyId, code: k.code, name: k.name })),
    candidates: [c],
    counts: { total: 1, complete: 1, incomplete: 0, absent: 0, passed: 0 },
    finalized: false,
  };
}

const context = {
  view: {
    program: {
      code: 'X',
      name: 'X',
      organiser: '',
      venue: '',
      purpose: 'pemetaan' as const,
      startDate: '2023-02-25',
      endDate: null,
    },
    assessmentDays: new Map<number, string>(),
  },
  certificateNumbers: new Map<number, string>(),
};

describe('a Rekapitulasi row', () => {
  it('cuts JPM to one decimal: 77.966 shows 77.9 beside Kurang Optimal, never 78.0', () => {
    const c = candidate({});
    const layout = rekapLayout(results(c));
    const row = rekapRow(results(c), c, 0, context);
    const at = layout.columns.findIndex((col) => col.header === 'JPM');
    expect(row[at]).toBe(77.9);
    expect(row[at + 1]).toBe('Kurang Optimal (KO)');
  });

  it('puts the pangkat with the golongan, the date in Indonesian, and Tidak for a fail', () => {
    const c = candidate({});
    const row = rekapRow(results(c), c, 4, context);
    expect(row.slice(0, 9)).toEqual([
      5,
      '001',
      '198609262015051001',
      'Peserta',
      'Pembina Tingkat I (IV/b)',
      'Kepala Bidang',
      'Administrator',
      'Dinas',
      '25 Februari 2023',
    ]);
    expect(row).toContain('Tidak');
  });

  it('advises on the competencies below standard, largest gap first', () => {
    expect(developmentAdvice(candidate({}))).toBe(
      'Prioritas pengembangan: M.2 Kerja Sama (gap -2), M.3 Komunikasi (gap -1).',
    );
    expect(developmentAdvice(candidate({ status: 'incomplete' }))).toBeNull();
    const strong = candidate({
      competencies: [{ competencyId: 1, code: 'M.1', name: 'Integritas', standard: 3, achieved: 3, gap: 0 }],
    });
    expect(developmentAdvice(strong)).toMatch(/^Semua kompetensi memenuhi standar/);
  });

  it('leaves an incomplete result without JPM, category or rank, and a dash for pass', () => {
    const c = candidate({
      status: 'incomplete',
      jpm: null,
      score: null,
      category: null,
      rank: null,
      passed: null,
      totalAchieved: null,
      totalStandard: null,
    });
    const layout = rekapLayout(results(c));
    const row = rekapRow(results(c), c, 0, context);
    const at = (header: string) => row[layout.columns.findIndex((col) => col.header === header)];
    expect([at('JPM'), at('Kategori'), at('Peringkat'), at('Lulus'), at('Status')]).toEqual([
      null,
      null,
      null,
      '—',
      'Belum lengkap',
    ]);
  });
});
