/** An individual report's input as the results service would give it, made by hand. */
import type { ReportData } from '../../../src/main/documents/pdf/render-report';
import type { ResultCompetency } from '../../../src/shared/schemas/results';
import { PROGRAM } from './fixtures';

const NAMES = [
  ['M.1', 'Integritas'],
  ['M.2', 'Kerja Sama'],
  ['M.3', 'Komunikasi'],
  ['M.4', 'Orientasi pada Hasil'],
  ['M.5', 'Pelayanan Publik'],
  ['M.6', 'Pengembangan Diri dan Orang Lain'],
  ['M.7', 'Mengelola Perubahan'],
  ['M.8', 'Pengambilan Keputusan'],
  ['SK.1', 'Perekat Bangsa'],
] as const;

export function competencies(achieved: readonly (number | null)[], standard = 3): ResultCompetency[] {
  return NAMES.map(([code, name], index) => {
    const level = achieved[index] ?? null;
    return {
      competencyId: index + 1,
      code,
      name,
      standard,
      achieved: level,
      gap: level === null ? null : level - standard,
    };
  });
}

export function report(overrides: Partial<ReportData['candidate']> = {}): ReportData {
  const rows = competencies([3, 3, 2, 4, 3, 2, 1, 3, 3]);
  return {
    program: {
      name: 'Asesmen Kompetensi ASN Talent Academy 2023',
      purpose: 'pengisian',
      organiser: PROGRAM.organiser,
      startDate: '2023-02-25',
      city: 'Bekasi',
      signatory: PROGRAM.signatory,
    },
    candidate: {
      participantNo: 'TA-0125',
      nip: '198609262015052001',
      name: 'Dra. Hj. Siti Aminah, M.Si.',
      grade: 'III/d',
      position: 'Analis Sumber Daya Manusia Aparatur Ahli Muda',
      positionLevel: 'Administrator',
      unit: 'Dinas Kependudukan dan Pencatatan Sipil',
      status: 'complete',
      competencies: rows,
      totalAchieved: 24,
      totalStandard: 27,
      jpm: (100 * 24) / 27,
      category: 'MMS',
      pending: 0,
      ...overrides,
    },
    responsibleAssessor: 'Dr. Rina Kartika, S.Psi., M.Psi., Psikolog',
  };
}
