import { STAFF, byId, id, operation, z } from '../schemas/common';
import {
  CandidateGroup,
  FormGroupsInput,
  FormGroupsResult,
  MoveMemberResult,
  Schedule,
  ScheduleSession,
  SessionSave,
} from '../schemas/schedule';

export const SCHEDULE_OPERATIONS = [
  operation('schedule:get', {
    input: z.object({ programId: id }).strict(),
    output: Schedule,
    roles: STAFF,
    writes: false,
    summary: 'Jadwal program: sesi (hari, jam, ruang, metode) dan kelompok peserta.',
  }),
  operation('schedule:save-session', {
    input: SessionSave,
    output: ScheduleSession,
    roles: STAFF,
    writes: true,
    summary: 'Menambah atau mengubah sesi (hari, jam, ruang, metode).',
  }),
  operation('schedule:delete-session', {
    input: byId,
    output: z.object({ deleted: z.literal(true) }),
    roles: STAFF,
    writes: true,
    summary: 'Menghapus sesi yang kehadirannya belum dicatat.',
  }),
  operation('schedule:form-groups', {
    input: FormGroupsInput,
    output: FormGroupsResult,
    roles: STAFF,
    writes: true,
    summary: 'Membentuk kelompok 4–8 peserta secara otomatis (campur instansi, satu jenjang per kelompok).',
  }),
  operation('schedule:move-member', {
    input: z.object({ candidateId: id, groupId: id }).strict(),
    output: MoveMemberResult,
    roles: STAFF,
    writes: true,
    summary: 'Memindahkan seorang peserta ke kelompok lain.',
  }),
  operation('schedule:add-group', {
    input: z.object({ programId: id }).strict(),
    output: CandidateGroup,
    roles: STAFF,
    writes: true,
    summary: 'Menambah kelompok kosong.',
  }),
  operation('schedule:delete-group', {
    input: byId,
    output: z.object({ deleted: z.literal(true) }),
    roles: STAFF,
    writes: true,
    summary: 'Menghapus kelompok yang sudah kosong.',
  }),
  operation('schedule:set-session-groups', {
    input: z
      .object({
        sessionId: id,
        groupIds: z
          .array(id)
          .max(200)
          .refine((ids) => new Set(ids).size === ids.length, {
            message: 'Kelompok yang sama dipilih dua kali.',
          }),
      })
      .strict(),
    output: ScheduleSession,
    roles: STAFF,
    writes: true,
    summary: 'Menetapkan kelompok yang mengikuti sebuah sesi.',
  }),
] as const;
