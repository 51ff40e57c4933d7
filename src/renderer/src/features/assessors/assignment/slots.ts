import type { AssignmentRow } from '../../../../../shared/contract';
import { compareParticipantNo } from '../../../../../shared/domain/grouping';

/** One candidate in one method, with the assessors assigned to it. */
export interface Slot {
  key: string;
  candidateId: number;
  participantNo: string;
  candidateName: string;
  candidateUnit: string;
  methodId: number;
  methodCode: string;
  rows: AssignmentRow[];
  conflict: boolean;
  manual: boolean;
}

/** Groups assignment rows per (candidate, method), in participant-number then method order. */
export function slotsOf(rows: readonly AssignmentRow[], methodOrder: readonly number[]): Slot[] {
  const byKey = new Map<string, Slot>();
  for (const row of rows) {
    const key = `${row.candidateId}:${row.methodId}`;
    let slot = byKey.get(key);
    if (!slot) {
      slot = {
        key,
        candidateId: row.candidateId,
        participantNo: row.participantNo,
        candidateName: row.candidateName,
        candidateUnit: row.candidateUnit,
        methodId: row.methodId,
        methodCode: row.methodCode,
        rows: [],
        conflict: false,
        manual: false,
      };
      byKey.set(key, slot);
    }
    slot.rows.push(row);
    slot.conflict ||= row.conflict;
    slot.manual ||= row.manual;
  }
  const rank = (methodId: number) => {
    const i = methodOrder.indexOf(methodId);
    return i === -1 ? Number.MAX_SAFE_INTEGER : i;
  };
  return [...byKey.values()].sort(
    (a, b) =>
      compareParticipantNo(a.participantNo, b.participantNo) ||
      a.candidateId - b.candidateId ||
      rank(a.methodId) - rank(b.methodId),
  );
}

/** Assignments per assessor, counted from the list (zero for an assessor with none). */
export function loadsOf(rows: readonly AssignmentRow[]): Map<number, number> {
  const loads = new Map<number, number>();
  for (const row of rows) loads.set(row.assessorId, (loads.get(row.assessorId) ?? 0) + 1);
  return loads;
}
