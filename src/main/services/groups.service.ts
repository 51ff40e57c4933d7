import type { CandidateGroup, FormGroupsResult, OpParsedInput, SetupWarning } from '../../shared/contract';
import {
  GROUP_SIZE_MAX,
  GROUP_SIZE_MIN,
  agencyKey,
  formGroups,
  type GroupingOptions,
} from '../../shared/domain/grouping';
import { AppError } from '../../shared/errors';
import type { CallContext } from '../context';
import type { Db } from '../db/open';
import type { AuditRepo } from '../db/repos/audit.repo';
import type { CandidatesRepo } from '../db/repos/candidates.repo';
import type { GroupRecord, ScheduleRepo } from '../db/repos/schedule.repo';
import { sameProgram, writableProgram } from './program-guard';
import type { ProgramsService } from './programs.service';
import { toMember } from './schedule.service';

export interface GroupsServiceDeps {
  db: Db;
  schedule: ScheduleRepo;
  candidates: CandidatesRepo;
  programs: ProgramsService;
  audit: AuditRepo;
  now: () => Date;
}

const groupName = (n: number) => `Kelompok ${n}`;

function sizeWarnings(group: CandidateGroup): SetupWarning[] {
  const size = group.members.length;
  if (size > 0 && size < GROUP_SIZE_MIN) {
    return [
      {
        code: 'group-too-small',
        message: `${group.name} hanya berisi ${size} peserta; kelompok diskusi idealnya ${GROUP_SIZE_MIN}–${GROUP_SIZE_MAX} orang. Pindahkan peserta dari kelompok lain.`,
      },
    ];
  }
  if (size > GROUP_SIZE_MAX) {
    return [
      {
        code: 'group-too-large',
        message: `${group.name} berisi ${size} peserta; kelompok diskusi idealnya ${GROUP_SIZE_MIN}–${GROUP_SIZE_MAX} orang. Pindahkan sebagian ke kelompok lain.`,
      },
    ];
  }
  return [];
}

/**
 * Writes freshly formed groups over a programme's groups. Existing group rows are reused in
 * order (same ids and names), so sessions keep hosting "Kelompok 1", "Kelompok 2", …; surplus
 * groups are deleted. Runs inside the caller's transaction.
 */
export function replaceGroups(repo: ScheduleRepo, programId: number, options: GroupingOptions) {
  const roster = repo.members(programId).map((m) => ({
    id: m.candidateId,
    participantNo: m.participantNo,
    unit: m.unit,
    positionLevel: m.positionLevel,
  }));
  const formed = formGroups(roster, options);
  const existing = repo.groups(programId);
  repo.clearMembers(programId);
  // Two steps, so renaming never collides with the UNIQUE (program_id, name) of a sibling.
  existing.forEach((g) => repo.renameGroup(g.id, `~${g.id}`));
  existing.slice(formed.length).forEach((g) => repo.deleteGroup(g.id));
  const ids = formed.map((_, i) => {
    const reused = existing[i];
    if (reused) {
      repo.renameGroup(reused.id, groupName(i + 1));
      return reused.id;
    }
    return repo.insertGroup(programId, groupName(i + 1));
  });
  formed.forEach((group, i) => {
    for (const candidateId of group.memberIds) repo.setMember(candidateId, ids[i] as number);
  });
  return { ids, formed, before: existing.length };
}

/** Candidate groups: formed automatically from the roster, then adjusted by hand. */
export function createGroupsService({
  db,
  schedule: repo,
  candidates,
  programs,
  audit,
  now,
}: GroupsServiceDeps) {
  function readGroup(record: GroupRecord): CandidateGroup {
    return {
      id: record.id,
      name: record.name,
      members: repo.membersOf(record.id).map(toMember),
      sessionIds: repo.sessionsOfGroup(record.id),
    };
  }

  function mustGetGroup(id: number): GroupRecord {
    const group = repo.group(id);
    if (!group) throw new AppError('not-found');
    return group;
  }

  return {
    /** Replaces the programme's groups; refused once attendance is recorded (the day has started). */
    form(input: OpParsedInput<'schedule:form-groups'>, ctx: CallContext): FormGroupsResult {
      writableProgram(programs, input.programId);
      const at = now().toISOString();
      return db.transaction(() => {
        if (repo.programAttendance(input.programId) > 0) throw new AppError('groups-locked');
        const { ids, formed, before } = replaceGroups(repo, input.programId, input);
        const groups = ids.map((id) => readGroup(repo.group(id) as GroupRecord));
        const warnings = groups.flatMap((group, i) => {
          const level = formed[i]?.positionLevel;
          return sizeWarnings(group).map((w) =>
            level && w.code === 'group-too-small'
              ? {
                  code: w.code,
                  message: `${group.name} hanya berisi ${group.members.length} peserta karena hanya sebanyak itu yang berjenjang ${level}. Gabungkan secara manual atau bentuk ulang tanpa "satu jenjang per kelompok".`,
                }
              : w,
          );
        });
        audit.record(ctx, at, {
          action: 'schedule:form-groups',
          entity: 'groups',
          entityId: null,
          programId: input.programId,
          before: { groups: before },
          after: { ...input, sizes: groups.map((g) => g.members.length) },
        });
        return { groups, warnings };
      })();
    },

    moveMember(input: OpParsedInput<'schedule:move-member'>, ctx: CallContext) {
      const target = mustGetGroup(input.groupId);
      writableProgram(programs, target.programId);
      const candidate = sameProgram(candidates.get(input.candidateId) ?? undefined, target.programId);
      const at = now().toISOString();
      return db.transaction(() => {
        const fromId = repo.groupOf(candidate.id);
        repo.setMember(candidate.id, target.id);
        const from =
          fromId === null || fromId === target.id ? null : readGroup(repo.group(fromId) as GroupRecord);
        const to = readGroup(target);
        const warnings = [...(from ? sizeWarnings(from) : []), ...sizeWarnings(to)];
        const key = agencyKey(candidate.unit);
        const sameAgency = to.members.filter(
          (m) => m.candidateId !== candidate.id && key !== '' && agencyKey(m.unit) === key,
        );
        if (sameAgency.length > 0) {
          warnings.push({
            code: 'group-same-agency',
            message: `${to.name} sudah berisi ${sameAgency.length} peserta lain dari ${candidate.unit}.`,
          });
        }
        audit.record(ctx, at, {
          action: 'schedule:move-member',
          entity: 'group',
          entityId: target.id,
          programId: target.programId,
          before: { candidateId: candidate.id, groupId: fromId },
          after: { candidateId: candidate.id, groupId: target.id },
        });
        return { from, to, warnings };
      })();
    },

    add(programId: number, ctx: CallContext): CandidateGroup {
      writableProgram(programs, programId);
      const at = now().toISOString();
      return db.transaction(() => {
        let n = repo.groups(programId).length + 1;
        while (repo.nameTaken(programId, groupName(n))) n++;
        const id = repo.insertGroup(programId, groupName(n));
        audit.record(ctx, at, { action: 'schedule:add-group', entity: 'group', entityId: id, programId });
        return readGroup(repo.group(id) as GroupRecord);
      })();
    },

    remove(id: number, ctx: CallContext): { deleted: true } {
      const group = mustGetGroup(id);
      writableProgram(programs, group.programId);
      const at = now().toISOString();
      return db.transaction(() => {
        if (repo.membersOf(id).length > 0) throw new AppError('group-not-empty');
        repo.deleteGroup(id);
        audit.record(ctx, at, {
          action: 'schedule:delete-group',
          entity: 'group',
          entityId: id,
          programId: group.programId,
          before: { name: group.name },
        });
        return { deleted: true as const };
      })();
    },
  };
}

export type GroupsService = ReturnType<typeof createGroupsService>;
