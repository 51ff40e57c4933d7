import { STAFF, id, operation, z } from '../schemas/common';
import {
  AttendanceMark,
  AttendanceRow,
  LookupHit,
  LookupInput,
  SessionAttendance,
} from '../schemas/schedule';

export const ATTENDANCE_OPERATIONS = [
  operation('attendance:list', {
    input: z.object({ sessionId: id }).strict(),
    output: SessionAttendance,
    roles: STAFF,
    writes: false,
    summary: 'Daftar hadir satu sesi: peserta dari kelompok-kelompoknya dan statusnya.',
  }),
  operation('attendance:mark', {
    input: AttendanceMark,
    output: AttendanceRow,
    roles: STAFF,
    writes: true,
    summary: 'Mencatat kehadiran peserta di satu sesi (hadir, terlambat, tidak hadir) beserta jamnya.',
  }),
  operation('attendance:lookup', {
    input: LookupInput,
    output: z.array(LookupHit),
    roles: STAFF,
    writes: false,
    summary: 'Mencari peserta dengan cepat menurut nama, NIP, atau nomor peserta.',
  }),
] as const;
