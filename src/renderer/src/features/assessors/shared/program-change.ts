import type { EventPayload } from '../../../../../shared/contract';

/** Refresh a programme's query when that programme (or everything) changed. */
export function programChange(programId: number) {
  return (change: EventPayload<'data:changed'>) =>
    change.programId === null || change.programId === programId;
}
