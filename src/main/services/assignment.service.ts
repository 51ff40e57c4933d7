import type {
  AssignAutoResult,
  AssignProblem,
  AssignSetResult,
  AssignmentRow,
  OpParsedInput,
  SetupWarning,
} from '../../shared/contract';
import { planAssignments, sameAgency, type PlanSlot, type Shortfall } from '../../shared/domain/assignment';
import { compareParticipantNo } from '../../shared/domain/grouping';
import { AppError } from '../../shared/errors';
import type { CallContext } from '../context';
import type { Db } from '../db/open';
import type { AssessorsRepo } from '../db/repos/assessors.repo';
import type { AssignmentListRecord, AssignmentsRepo } from '../db/repos/assignments.repo';
import type { AuditRepo } from '../db/repos/audit.repo';
import type { CandidatesRepo } from '../db/repos/candidates.repo';
import type { InstrumentsRepo } from '../db/repos/instruments.repo';
import { sameProgram, writableProgram } from './program-guard';
import type { ProgramsService } from './programs.service';

export interface AssignmentServiceDeps {
  db: Db;
  assignments: AssignmentsRepo;
  assessors: AssessorsRepo;
  candidates: CandidatesRepo;
  instruments: InstrumentsRepo;
  programs: ProgramsService;
  audit: AuditRepo;
  now: () => Date;
}

/** Each candidate should be seen by at least this many assessors (domain guide). */
const MINIMUM_ASSESSORS = 2;

function toRow(record: AssignmentListRecord): AssignmentRow {
  const { assessorUnit, ...row } = record;
  return { ...row, conflict: sameAgency(assessorUnit, record.candidateUnit) };
}

interface CandidateInfo {
  id: number;
  participantNo: string;
  name: string;
  unit: string;
}

function shortfallProblem(s: Shortfall, candidate: CandidateInfo, methodCode: string): AssignProblem {
  const who = `Peserta ${candidate.participantNo} (${candidate.name}), metode ${methodCode}`;
  const got =
    s.assigned === 0 ? 'belum ada asesor yang ditugaskan' : `baru ${s.assigned} asesor yang ditugaskan`;
  const base = {
    candidateId: candidate.id,
    participantNo: candidate.participantNo,
    candidateName: candidate.name,
    methodId: s.methodId,
    methodCode,
  };
  if (s.assessorCount < s.needed) {
    return {
      ...base,
      code: 'assign-not-enough-assessors',
      message: `${who}: perlu ${s.needed} asesor, tetapi program ini hanya punya ${s.assessorCount} asesor; ${got}. Tambahkan asesor atau kurangi jumlah asesor per peserta.`,
    };
  }
  return {
    ...base,
    code: 'assign-conflict-of-interest',
    message: `${who}: perlu ${s.needed} asesor dari instansi lain, tetapi ${s.sameAgency} dari ${s.assessorCount} asesor berasal dari instansi yang sama (${candidate.unit}) sehingga ${got}. Tambahkan asesor dari instansi lain, atau tetapkan asesor secara manual bila memang disengaja.`,
  };
}

/**
 * Assigning assessors to candidates per method: automatically (balanced, never the candidate's
 * own agency, problems reported instead of broken rules) or by hand (allowed, with warnings).
 */
export function createAssignmentService(deps: AssignmentServiceDeps) {
  const { db, assignments: repo, assessors, candidates, instruments, programs, audit, now } = deps;

  return {
    list(programId: number): AssignmentRow[] {
      programs.get(programId);
      return repo.list(programId).map(toRow);
    },

    /**
     * Fills every (candidate, method) with `perCandidate` assessors. The methods are those of
     * the schedule (the sessions hosting the candidate's group) when the schedule names any;
     * otherwise every method of the programme that has something to score. Rated, submitted
     * and manual assignments stay; free ones stay while valid, so a re-run changes nothing.
     * What cannot be met is created as far as possible and reported per candidate and method.
     */
    auto(input: OpParsedInput<'assign:auto'>, ctx: CallContext): AssignAutoResult {
      writableProgram(programs, input.programId);
      const at = now().toISOString();
      return db
        .transaction((): AssignAutoResult => {
          const pool = assessors.list(input.programId);
          if (pool.length === 0) throw new AppError('assign-no-assessors');
          const matrix = instruments.matrix(input.programId);
          const methods = instruments
            .methods(input.programId)
            .filter((m) => m.rubricId !== null || matrix.some((c) => c.methodId === m.id));
          if (methods.length === 0) throw new AppError('assign-no-methods');
          const methodOrder = new Map(methods.map((m, i) => [m.id, i]));
          const methodCode = new Map(methods.map((m) => [m.id, m.code]));
          const roster = candidates
            .list(input.programId)
            .sort((a, b) => compareParticipantNo(a.participantNo, b.participantNo) || a.id - b.id);

          const scheduled = repo.scheduled(input.programId).filter((p) => methodOrder.has(p.methodId));
          const problems: AssignProblem[] = [];
          const slots: PlanSlot[] = [];
          if (scheduled.length > 0) {
            const byCandidate = new Map<number, number[]>();
            for (const p of scheduled)
              byCandidate.set(p.candidateId, [...(byCandidate.get(p.candidateId) ?? []), p.methodId]);
            for (const c of roster) {
              const own = byCandidate.get(c.id);
              if (!own) {
                problems.push({
                  candidateId: c.id,
                  participantNo: c.participantNo,
                  candidateName: c.name,
                  methodId: null,
                  methodCode: null,
                  code: 'assign-not-scheduled',
                  message: `Peserta ${c.participantNo} (${c.name}) belum masuk kelompok yang dijadwalkan pada sesi bermetode, sehingga belum mendapat asesor. Masukkan ke kelompok, jadwalkan kelompoknya, lalu jalankan penugasan lagi.`,
                });
                continue;
              }
              own.sort((a, b) => (methodOrder.get(a) as number) - (methodOrder.get(b) as number));
              for (const methodId of own) slots.push({ candidateId: c.id, methodId, unit: c.unit });
            }
          } else {
            for (const c of roster)
              for (const m of methods) slots.push({ candidateId: c.id, methodId: m.id, unit: c.unit });
          }

          const plan = planAssignments({
            slots,
            assessors: pool.map((a) => ({ id: a.id, unit: a.unit })),
            existing: repo.forPlanning(input.programId),
            perCandidate: input.perCandidate,
          });
          let removed = 0;
          for (const id of plan.remove) if (repo.removeFree(id)) removed++;
          for (const row of plan.create)
            repo.insert({ programId: input.programId, ...row, manual: false }, at);

          const byId = new Map(roster.map((c) => [c.id, c]));
          for (const s of plan.shortfalls) {
            problems.push(
              shortfallProblem(s, byId.get(s.candidateId) as CandidateInfo, methodCode.get(s.methodId) ?? ''),
            );
          }
          problems.sort(
            (a, b) =>
              compareParticipantNo(a.participantNo, b.participantNo) ||
              (methodOrder.get(a.methodId ?? 0) ?? -1) - (methodOrder.get(b.methodId ?? 0) ?? -1),
          );
          const result: AssignAutoResult = {
            created: plan.create.length,
            kept: plan.keep,
            removed,
            problems,
            loads: pool.map((a) => ({
              assessorId: a.id,
              name: a.name,
              assignments: plan.loads.get(a.id) ?? 0,
            })),
          };
          audit.record(ctx, at, {
            action: 'assign:auto',
            entity: 'assignments',
            entityId: null,
            programId: input.programId,
            after: {
              perCandidate: input.perCandidate,
              mode: scheduled.length > 0 ? 'schedule' : 'methods',
              created: result.created,
              kept: result.kept,
              removed,
              problems: problems.length,
            },
          });
          return result;
        })
        .immediate();
    },

    /** Sets the assessors of one candidate in one method by hand; the rows are marked manual. */
    set(input: OpParsedInput<'assign:set'>, ctx: CallContext): AssignSetResult {
      const candidate = candidates.get(input.candidateId);
      if (!candidate) throw new AppError('not-found');
      const programId = candidate.programId;
      writableProgram(programs, programId);
      const method = sameProgram(instruments.method(input.methodId), programId);
      const chosen = input.assessorIds.map((id) => sameProgram(assessors.get(id), programId));
      const at = now().toISOString();
      return db
        .transaction((): AssignSetResult => {
          const current = repo.forSlot(candidate.id, method.id);
          for (const row of current) {
            if (input.assessorIds.includes(row.assessorId)) {
              repo.setManual(row.id);
            } else if (!repo.removeFree(row.id)) {
              throw new AppError(
                'assign-has-scores',
                `${row.assessorName} sudah menilai peserta ini pada metode ${method.code} sehingga tidak dapat dilepas. Minta asesor kepala membuka ulang lembarnya bila perlu.`,
              );
            }
          }
          for (const assessor of chosen) {
            if (current.some((row) => row.assessorId === assessor.id)) continue;
            repo.insert(
              {
                programId,
                candidateId: candidate.id,
                assessorId: assessor.id,
                methodId: method.id,
                manual: true,
              },
              at,
            );
          }
          const warnings: SetupWarning[] = chosen
            .filter((a) => sameAgency(a.unit, candidate.unit))
            .map((a) => ({
              code: 'assign-conflict-of-interest',
              message: `${a.name} berasal dari instansi yang sama dengan peserta ${candidate.participantNo} (${candidate.unit}). Penugasan tetap disimpan; pastikan ini disengaja.`,
            }));
          if (chosen.length < MINIMUM_ASSESSORS) {
            warnings.push({
              code: 'assign-below-minimum',
              message: `Peserta ${candidate.participantNo} pada metode ${method.code} hanya dinilai ${chosen.length} asesor; setiap peserta sebaiknya diamati sedikitnya ${MINIMUM_ASSESSORS} asesor.`,
            });
          }
          audit.record(ctx, at, {
            action: 'assign:set',
            entity: 'assignments',
            entityId: candidate.id,
            programId,
            before: { methodId: method.id, assessorIds: current.map((r) => r.assessorId) },
            after: {
              methodId: method.id,
              assessorIds: input.assessorIds,
              warnings: warnings.map((w) => w.code),
            },
          });
          return { assignments: repo.forSlot(candidate.id, method.id).map(toRow), warnings };
        })
        .immediate();
    },
  };
}

export type AssignmentService = ReturnType<typeof createAssignmentService>;
