import { attendanceEn, attendanceId } from './attendance/attendance.messages';
import { instrumentsEn, instrumentsId } from './instruments/instruments.messages';
import { peopleEn, peopleId } from './assessors/assessors.messages';
import { scheduleEn, scheduleId } from './schedule/schedule.messages';
import { assignmentEn, assignmentId } from './assignment/assignment.messages';
import type { Texts } from './shared/texts';

/**
 * Texts of the "Penilai & Jadwal" stage. Mounted under `assessors` in messages.id.ts and
 * messages.en.ts; the English tree must have exactly the Indonesian shape (checked below). Each tab keeps its
 * own texts beside its screens.
 */
const id = {
  title: 'Penilai & Jadwal',
  description:
    'Program {{code}}: instrumen penilaian, penilai, jadwal dan kelompok, penugasan, serta kehadiran.',
  tabs: {
    instruments: 'Instrumen',
    assessors: 'Penilai',
    schedule: 'Jadwal & Kelompok',
    assignment: 'Penugasan',
    attendance: 'Kehadiran',
  },
  common: {
    save: 'Simpan',
    moreWarnings_one: 'Ada {{count, number}} peringatan lain. Periksa daftar kelompok.',
    moreWarnings_other: 'Ada {{count, number}} peringatan lain. Periksa daftar kelompok.',
  },
  ...instrumentsId,
  ...peopleId,
  ...scheduleId,
  ...assignmentId,
  ...attendanceId,
} as const;

const en: Texts<typeof id> = {
  title: 'Assessors & Schedule',
  description: 'Programme {{code}}: instruments, assessors, schedule and groups, assignment, and attendance.',
  tabs: {
    instruments: 'Instruments',
    assessors: 'Assessors',
    schedule: 'Schedule & Groups',
    assignment: 'Assignment',
    attendance: 'Attendance',
  },
  common: {
    save: 'Save',
    moreWarnings_one: '{{count, number}} more warning. Check the group list.',
    moreWarnings_other: '{{count, number}} more warnings. Check the group list.',
  },
  ...instrumentsEn,
  ...peopleEn,
  ...scheduleEn,
  ...assignmentEn,
  ...attendanceEn,
};

export const assessorsMessages = { id, en };
