import { FileRef, STAFF, id, operation, z, type SessionRole } from '../schemas/common';
import {
  MySheets,
  ReopenReason,
  SaveCriterionInput,
  SaveScoreInput,
  SaveScoreResult,
  ScoreSheet,
  ScoreSheetImportReport,
  SheetStatus,
} from '../schemas/scoring';

const ASSESSORS: readonly SessionRole[] = ['assessor', 'lead-assessor'];

/**
 * Blind scoring. An assessor reads and writes only their own sheets; nobody else sees a level
 * before integration (staff see counts through `progress:get`).
 */
export const SCORING_OPERATIONS = [
  operation('scoring:my-sheets', {
    input: z.object({ programId: id }).strict(),
    output: MySheets,
    roles: ASSESSORS,
    writes: false,
    summary: 'Lembar penilaian asesor yang sedang masuk (peserta tidak hadir tidak tampil).',
  }),
  operation('scoring:get-sheet', {
    input: z.object({ assignmentId: id }).strict(),
    output: ScoreSheet,
    roles: ASSESSORS,
    writes: false,
    summary: 'Satu lembar penilaian milik asesor sendiri: kompetensi, deskripsi level, dan nilainya.',
  }),
] as const;

export const SCORES_OPERATIONS = [
  operation('scores:save', {
    input: SaveScoreInput,
    output: SaveScoreResult,
    roles: ASSESSORS,
    writes: true,
    summary: 'Menyimpan level dan/atau catatan bukti satu kompetensi; tersimpan permanen sebelum dijawab.',
  }),
  operation('scores:save-criterion', {
    input: SaveCriterionInput,
    output: SaveScoreResult,
    roles: ASSESSORS,
    writes: true,
    summary: 'Menyimpan skor dan/atau catatan satu kriteria rubrik berbobot (penilaian panel).',
  }),
  operation('scores:submit', {
    input: z.object({ assignmentId: id }).strict(),
    output: z.object({ programId: id, assignmentId: id, status: SheetStatus, submittedAt: z.string() }),
    roles: ASSESSORS,
    writes: true,
    summary: 'Mengirim dan mengunci lembar penilaian (semua kompetensi berlevel; level 1/5 berbukti).',
  }),
  operation('scores:reopen', {
    input: z.object({ assignmentId: id, reason: ReopenReason }).strict(),
    output: z.object({ programId: id, assignmentId: id, status: SheetStatus }),
    roles: ['lead-assessor', 'admin'],
    writes: true,
    summary: 'Membuka kembali lembar yang sudah dikirim, dengan alasan (asesor ketua atau admin).',
  }),
  operation('scores:export-sheet', {
    input: z.object({ programId: id, assessorId: id }).strict(),
    output: FileRef,
    roles: STAFF,
    writes: false,
    summary: 'Membuat lembar penilaian kertas (.xlsx) seorang asesor: identitas terkunci, level 1–5.',
  }),
  operation('scores:import-sheet', {
    input: z
      .object({
        programId: id,
        uploadId: z.string(),
        /** Also submit every sheet the file completes (levels on all, evidence on 1 and 5). */
        submit: z.boolean().default(false),
      })
      .strict(),
    output: ScoreSheetImportReport,
    roles: STAFF,
    writes: true,
    summary:
      'Mengimpor lembar penilaian yang sudah diisi: identitas dan rentang diperiksa, idempoten, konflik dilaporkan.',
  }),
] as const;
