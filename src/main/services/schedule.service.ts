import type { OpParsedInput, Schedule, ScheduleSession } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { CallContext } from '../context';
import type { Db } from '../db/open';
import type { AuditRepo } from '../db/repos/audit.repo';
import type { InstrumentsRepo } from '../db/repos/instruments.repo';
import type { MemberRecord, ScheduleRepo, SessionRecord } from '../db/repos/schedule.repo';
import { sameProgram, writableProgram } from './program-guard';
import type { ProgramsService } from './programs.service';

export interface ScheduleServiceDeps {
  db: Db;
  schedule: ScheduleRepo;
  instruments: InstrumentsRepo;
  programs: ProgramsService;
  audit: AuditRepo;
  now: () => Date;
}

const roomKey = (room: string) => room.trim().toLowerCase().replace(/\s+/g, ' ');

function describeSession(s: Pick<SessionRecord, 'day' | 'start' | 'end' | 'room'>): string {
  return `${s.day} ${s.start}–${s.end}${s.room ? ` di ${s.room}` : ''}`;
}

export function toMember(m: MemberRecord) {
  return {
    candidateId: m.candidateId,
    participantNo: m.participantNo,
    name: m.name,
    unit: m.unit,
    positionLevel: m.positionLevel,
  };
}

/** Days and sessions (time, room, method) of a programme, and which groups each session hosts. */
export function createScheduleService({
  db,
  schedule: repo,
  instruments,
  programs,
  audit,
  now,
}: ScheduleServiceDeps) {
  function mustGetSession(id: number): SessionRecord {
    const session = repo.session(id);
    if (!session) throw new AppError('not-found');
    return session;
  }

  function toSession(record: SessionRecord): ScheduleSession {
    const groupIds = repo.groupsOfSession(record.id);
    const candidateCount = groupIds.reduce((sum, g) => sum + repo.membersOf(g).length, 0);
    return {
      id: record.id,
      programId: record.programId,
      day: record.day,
      start: record.start,
      end: record.end,
      room: record.room,
      methodId: record.methodId,
      methodCode: record.methodCode,
      groupIds,
      candidateCount,
    };
  }

  /** A group can be in one place at a time: refuses overlapping sessions hosting the same group. */
  function checkGroupsFree(session: Omit<SessionRecord, 'methodCode'>, groupIds: readonly number[]): void {
    const clashes = repo.overlapping(session.programId, session.day, session.start, session.end, session.id);
    for (const other of clashes) {
      const shared = repo.groupsOfSession(other.id).find((g) => groupIds.includes(g));
      if (shared !== undefined) {
        const name = repo.group(shared)?.name ?? '';
        throw new AppError(
          'session-group-busy',
          `${name} sudah dijadwalkan di sesi lain pada waktu yang sama (${describeSession(other)}). Pilih kelompok lain atau ubah jamnya.`,
        );
      }
    }
  }

  return {
    get(programId: number): Schedule {
      programs.get(programId);
      const members = repo.members(programId);
      const links = repo.sessionGroups(programId);
      const byGroup = new Map<number, MemberRecord[]>();
      for (const m of members) {
        if (m.groupId === null) continue;
        const list = byGroup.get(m.groupId) ?? [];
        list.push(m);
        byGroup.set(m.groupId, list);
      }
      return {
        programId,
        sessions: repo.sessions(programId).map((s) => {
          const groupIds = links.filter((l) => l.sessionId === s.id).map((l) => l.groupId);
          return {
            id: s.id,
            programId: s.programId,
            day: s.day,
            start: s.start,
            end: s.end,
            room: s.room,
            methodId: s.methodId,
            methodCode: s.methodCode,
            groupIds,
            candidateCount: groupIds.reduce((sum, g) => sum + (byGroup.get(g)?.length ?? 0), 0),
          };
        }),
        groups: repo.groups(programId).map((g) => ({
          id: g.id,
          name: g.name,
          members: (byGroup.get(g.id) ?? []).map(toMember),
          sessionIds: links.filter((l) => l.groupId === g.id).map((l) => l.sessionId),
        })),
        ungrouped: members.filter((m) => m.groupId === null).map(toMember),
      };
    },

    getSession(id: number): ScheduleSession {
      return toSession(mustGetSession(id));
    },

    saveSession(input: OpParsedInput<'schedule:save-session'>, ctx: CallContext): ScheduleSession {
      writableProgram(programs, input.programId);
      if (input.end <= input.start) throw new AppError('session-time-invalid');
      if (input.methodId !== null) sameProgram(instruments.method(input.methodId), input.programId);
      const at = now().toISOString();
      return db.transaction(() => {
        const before =
          input.id === undefined ? undefined : sameProgram(repo.session(input.id), input.programId);
        const record = {
          id: input.id ?? 0,
          programId: input.programId,
          day: input.day,
          start: input.start,
          end: input.end,
          room: input.room,
          methodId: input.methodId,
        };
        if (input.room !== '') {
          const clash = repo
            .overlapping(record.programId, record.day, record.start, record.end, record.id)
            .find((s) => roomKey(s.room) === roomKey(input.room));
          if (clash) {
            throw new AppError(
              'session-room-busy',
              `Ruang ${input.room} sudah dipakai sesi lain pada waktu itu (${describeSession(clash)}). Pilih ruang atau jam lain.`,
            );
          }
        }
        let id: number;
        if (before) {
          if (before.methodId !== input.methodId && repo.attendanceCount(before.id) > 0) {
            throw new AppError(
              'session-has-attendance',
              'Metode sesi ini tidak dapat diubah karena kehadirannya sudah dicatat. Buat sesi baru untuk metode lain.',
            );
          }
          checkGroupsFree(record, repo.groupsOfSession(before.id));
          repo.updateSession(record);
          id = before.id;
        } else {
          id = repo.insertSession(record);
        }
        const after = toSession(mustGetSession(id));
        audit.record(ctx, at, {
          action: 'schedule:save-session',
          entity: 'session',
          entityId: id,
          programId: input.programId,
          before,
          after,
        });
        return after;
      })();
    },

    deleteSession(id: number, ctx: CallContext): { deleted: true } {
      const before = mustGetSession(id);
      writableProgram(programs, before.programId);
      const at = now().toISOString();
      return db.transaction(() => {
        if (repo.attendanceCount(id) > 0) throw new AppError('session-has-attendance');
        repo.deleteSession(id);
        audit.record(ctx, at, {
          action: 'schedule:delete-session',
          entity: 'session',
          entityId: id,
          programId: before.programId,
          before,
        });
        return { deleted: true as const };
      })();
    },

    setSessionGroups(input: OpParsedInput<'schedule:set-session-groups'>, ctx: CallContext): ScheduleSession {
      const session = mustGetSession(input.sessionId);
      writableProgram(programs, session.programId);
      for (const groupId of input.groupIds) sameProgram(repo.group(groupId), session.programId);
      const at = now().toISOString();
      return db.transaction(() => {
        checkGroupsFree(session, input.groupIds);
        const before = repo.groupsOfSession(session.id);
        repo.setSessionGroups(session.id, input.groupIds);
        const after = toSession(session);
        audit.record(ctx, at, {
          action: 'schedule:set-session-groups',
          entity: 'session',
          entityId: session.id,
          programId: session.programId,
          before: { groupIds: before },
          after: { groupIds: after.groupIds },
        });
        return after;
      })();
    },
  };
}

export type ScheduleService = ReturnType<typeof createScheduleService>;
