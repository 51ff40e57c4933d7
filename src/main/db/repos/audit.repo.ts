import type { Db } from '../open';
import type { CallContext } from '../../context';

export interface AuditEntry {
  action: string;
  entity: string;
  entityId: number | null;
  programId: number | null;
  before?: unknown;
  after?: unknown;
}

/**
 * Appends to the audit log. Call it inside the same transaction as the change it records, so
 * the change and its trace are written together or not at all.
 */
export function createAuditRepo(db: Db) {
  const insert = db.prepare(`
    INSERT INTO audit_log (at, actor, door, action, entity, entity_id, program_id, before_json, after_json)
    VALUES (@at, @actor, @door, @action, @entity, @entityId, @programId, @before, @after)
  `);
  const listForProgram = db.prepare('SELECT * FROM audit_log WHERE program_id = ? ORDER BY id');

  return {
    record(ctx: CallContext, at: string, entry: AuditEntry): void {
      insert.run({
        at,
        actor: ctx.actor,
        door: ctx.door,
        action: entry.action,
        entity: entry.entity,
        entityId: entry.entityId,
        programId: entry.programId,
        before: entry.before === undefined ? null : JSON.stringify(entry.before),
        after: entry.after === undefined ? null : JSON.stringify(entry.after),
      });
    },
    listForProgram(programId: number): Array<Record<string, unknown>> {
      return listForProgram.all(programId) as Array<Record<string, unknown>>;
    },
  };
}

export type AuditRepo = ReturnType<typeof createAuditRepo>;
