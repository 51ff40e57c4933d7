import { EVERYONE, STAFF, byId, id, operation, z } from '../schemas/common';
import {
  AssessmentMethod,
  Competency,
  CompetencySave,
  Instruments,
  MatrixCell,
  MatrixSet,
  MethodSave,
  Rubric,
  RubricSave,
  StandardLevel,
  StandardSet,
} from '../schemas/instruments';

const deleted = z.object({ deleted: z.literal(true) });

export const INSTRUMENTS_OPERATIONS = [
  operation('instruments:get', {
    input: z.object({ programId: id }).strict(),
    output: Instruments,
    roles: EVERYONE,
    writes: false,
    summary: 'Instrumen program: kompetensi dengan uraian level, metode, matriks, standar, dan rubrik.',
  }),
  operation('instruments:save-competency', {
    input: CompetencySave,
    output: Competency,
    roles: STAFF,
    writes: true,
    summary: 'Menambah kompetensi teknis (T.x) atau mengubah nama dan uraian level sebuah kompetensi.',
  }),
  operation('instruments:delete-competency', {
    input: byId,
    output: deleted,
    roles: STAFF,
    writes: true,
    summary: 'Menghapus kompetensi yang belum pernah dinilai.',
  }),
  operation('instruments:save-method', {
    input: MethodSave,
    output: AssessmentMethod,
    roles: STAFF,
    writes: true,
    summary: 'Menambah atau mengubah metode (alat ukur), termasuk rubrik yang dipakainya.',
  }),
  operation('instruments:delete-method', {
    input: byId,
    output: deleted,
    roles: STAFF,
    writes: true,
    summary: 'Menghapus metode yang belum dijadwalkan maupun ditugaskan.',
  }),
  operation('instruments:set-matrix', {
    input: MatrixSet,
    output: z.array(MatrixCell),
    roles: STAFF,
    writes: true,
    summary: 'Menetapkan matriks kompetensi × metode (seluruhnya sekaligus).',
  }),
  operation('instruments:set-standard', {
    input: StandardSet,
    output: StandardLevel,
    roles: STAFF,
    writes: true,
    summary: 'Menetapkan level standar sebuah kompetensi untuk satu jenjang jabatan.',
  }),
  operation('instruments:save-rubric', {
    input: RubricSave,
    output: Rubric,
    roles: STAFF,
    writes: true,
    summary: 'Menambah atau mengubah rubrik berbobot (kriteria, bobot, dan skala nilai).',
  }),
  operation('instruments:delete-rubric', {
    input: byId,
    output: deleted,
    roles: STAFF,
    writes: true,
    summary: 'Menghapus rubrik yang belum dipakai menilai.',
  }),
] as const;
