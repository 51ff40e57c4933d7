import { id, operation, z } from '../schemas/common';
import {
  AgreeInput,
  AgreementStatistics,
  IntegrationView,
  MoveSelectedInput,
  ProgramResults,
  ReopenResultsInput,
  ResultSettings,
  ResultSettingsPatch,
  SelectionInput,
  SelectionView,
} from '../schemas/results';

const ofProgram = z.object({ programId: id }).strict();
/** The assessor meeting: the operator at the laptop, or the lead assessor signed in. */
const MEETING = ['admin', 'operator', 'lead-assessor'] as const;

export const RESULTS_OPERATIONS = [
  operation('results:settings', {
    input: ofProgram,
    output: ResultSettings,
    roles: MEETING,
    writes: false,
    summary: 'Aturan rekonsiliasi, batas kategori, aturan kelulusan, dan status finalisasi program.',
  }),
  operation('results:update-settings', {
    input: ResultSettingsPatch,
    output: ResultSettings,
    roles: ['admin', 'operator'],
    writes: true,
    summary: 'Mengubah aturan rekonsiliasi, batas kategori, atau aturan kelulusan (ditolak setelah final).',
  }),
  operation('results:list', {
    input: ofProgram,
    output: ProgramResults,
    roles: MEETING,
    writes: false,
    summary: 'Hasil semua peserta: gap, JPM, kategori, peringkat, dan kelulusan.',
  }),
  operation('results:integration', {
    input: z.object({ programId: id, candidateId: id }).strict(),
    output: IntegrationView,
    roles: MEETING,
    writes: false,
    summary: 'Rapat integrasi satu peserta: penilaian semua asesor per kompetensi beserta bukti.',
  }),
  operation('results:agree', {
    input: AgreeInput,
    output: IntegrationView,
    roles: MEETING,
    writes: true,
    summary: 'Mencatat level yang disepakati untuk satu kompetensi (dengan alasan bila diperlukan).',
  }),
  operation('results:accept-suggestions', {
    input: z.object({ programId: id, candidateId: id.optional() }).strict(),
    output: z.object({ accepted: z.number().int().nonnegative() }),
    roles: MEETING,
    writes: true,
    summary: 'Menyetujui semua usulan aturan yang tidak memerlukan alasan (satu peserta atau semua).',
  }),
  operation('results:agreement', {
    input: ofProgram,
    output: AgreementStatistics,
    roles: MEETING,
    writes: false,
    summary: 'Statistik kesepakatan antarasesor: persentase, kappa, AC2/alpha, dan kecenderungan asesor.',
  }),
  operation('results:select', {
    input: SelectionInput,
    output: SelectionView,
    roles: ['admin', 'operator'],
    writes: true,
    summary: 'Memilih N peserta terbaik ke dalam K kelompok, seimbang menurut instansi dan nilai.',
  }),
  operation('results:selection', {
    input: ofProgram,
    output: SelectionView,
    roles: MEETING,
    writes: false,
    summary: 'Kelompok hasil seleksi yang tersimpan.',
  }),
  operation('results:move-selected', {
    input: MoveSelectedInput,
    output: SelectionView,
    roles: ['admin', 'operator'],
    writes: true,
    summary: 'Memindahkan peserta terpilih ke kelompok lain, atau mengeluarkannya (kelompok kosong).',
  }),
  operation('results:finalize', {
    input: ofProgram,
    output: ResultSettings,
    roles: ['admin', 'operator'],
    writes: true,
    summary: 'Mengunci hasil program: nilai dan level yang disepakati tidak dapat diubah lagi.',
  }),
  operation('results:reopen', {
    input: ReopenResultsInput,
    output: ResultSettings,
    roles: ['admin'],
    writes: true,
    summary: 'Membuka kembali hasil yang sudah final: admin, alasan, dan PIN asesor ketua sebagai saksi.',
  }),
] as const;
