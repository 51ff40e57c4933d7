/**
 * The roster import engine, writing side: one transaction that inserts new candidates and
 * updates known ones in place, so everything keyed by a candidate's id (scores, certificates)
 * survives a re-import.
 */
import { AppError } from '../../../shared/errors';
import type { RosterField } from '../../../shared/domain/roster-fields';
import type { CallContext } from '../../context';
import type { Db } from '../../db/open';
import { createAuditRepo } from '../../db/repos/audit.repo';
import type { RosterAnalysis, ValidatedRosterRow } from './roster-import';

export type CommitMode = 'all-or-nothing' | 'valid-only';

export interface CommitCounts {
  /** New candidates inserted. */
  imported: number;
  /** Known candidates (same NIP) updated in place. */
  updated: number;
  /** Rows not written because they had errors. */
  skipped: number;
}

interface ExistingRow {
  id: number;
  nip: string;
  participant_no: string;
  name: string;
  gender: 'L' | 'P' | null;
  birth_date: string | null;
  grade: string | null;
  position: string;
  position_level: string;
  unit: string;
  phone: string;
  email: string;
}

const CHUNK = 500;

/** Hands out participant numbers: the file's own when free, else one past the highest. */
function numberer(existing: readonly string[]) {
  const used = new Set(existing);
  const numeric = existing.filter((n) => /^\d+$/.test(n));
  const width = Math.max(3, ...numeric.map((n) => n.length));
  let next = numeric.reduce((max, n) => Math.max(max, Number(n)), 0) + 1;
  return {
    claim(wanted: string | null): string | null {
      if (wanted === null || used.has(wanted)) return null;
      used.add(wanted);
      return wanted;
    },
    next(): string {
      let candidate = String(next).padStart(width, '0');
      while (used.has(candidate)) candidate = String(++next).padStart(width, '0');
      used.add(candidate);
      next++;
      return candidate;
    },
  };
}

function differs(stored: ExistingRow, next: Record<string, string | null>): boolean {
  return (
    stored.name !== next.name ||
    stored.gender !== next.gender ||
    stored.birth_date !== next.birthDate ||
    stored.grade !== next.grade ||
    stored.position !== next.position ||
    stored.position_level !== next.positionLevel ||
    stored.unit !== next.unit ||
    stored.phone !== next.phone ||
    stored.email !== next.email
  );
}

/**
 * Writes the analysed rows. 'all-or-nothing' refuses with `roster-has-errors` (and writes nothing)
 * when any row has an error; 'valid-only' writes the rest. A candidate is matched by NIP; columns
 * the file does not have leave the stored values alone, and a known candidate keeps the
 * participant number already printed on lists and badges.
 */
export function commitRoster(
  db: Db,
  programId: number,
  analysis: RosterAnalysis,
  mode: CommitMode,
  caller: CallContext,
  now: Date,
  progress?: (done: number, total: number) => void,
  checkCancelled?: () => void,
): CommitCounts {
  const { preview } = analysis;
  if (mode === 'all-or-nothing' && preview.errorRows > 0) {
    throw new AppError('roster-has-errors', undefined, { errorRows: preview.errorRows });
  }
  const mapped = new Set(preview.columns.flatMap((c) => (c.field ? [c.field] : [])));
  const fromFile = (field: RosterField) => mapped.has(field);
  const rows = analysis.rows.filter((r) => !r.hasError);
  const at = now.toISOString();

  const program = db.prepare('SELECT archived_at FROM programs WHERE id = ?').get(programId) as
    { archived_at: string | null } | undefined;
  if (!program) throw new AppError('not-found');
  if (program.archived_at !== null) throw new AppError('program-archived');

  const selectExisting = db.prepare(
    `SELECT id, nip, participant_no, name, gender, birth_date, grade, position, position_level, unit, phone, email
     FROM candidates WHERE program_id = ?`,
  );
  const insert = db.prepare(`
    INSERT INTO candidates (program_id, participant_no, nip, name, gender, birth_date, grade,
      position, position_level, unit, phone, email, created_at, updated_at)
    VALUES (@programId, @participantNo, @nip, @name, @gender, @birthDate, @grade,
      @position, @positionLevel, @unit, @phone, @email, @at, @at)`);
  // UPDATE, never delete and insert: the row id is what scores and certificates point to.
  const update = db.prepare(`
    UPDATE candidates SET name = @name, gender = @gender, birth_date = @birthDate, grade = @grade,
      position = @position, position_level = @positionLevel, unit = @unit, phone = @phone,
      email = @email, updated_at = @at
    WHERE id = @id`);
  const audit = createAuditRepo(db);

  return db.transaction((): CommitCounts => {
    const existing = new Map((selectExisting.all(programId) as ExistingRow[]).map((r) => [r.nip, r]));
    const numbers = numberer([...existing.values()].map((r) => r.participant_no));
    const fresh = rows.filter((r) => !existing.has(r.values.nip));
    // The file's own numbers are reserved before any number is handed out automatically.
    const wanted = new Map<ValidatedRosterRow, string | null>(
      fresh.map((r) => [r, numbers.claim(r.values.participantNo)]),
    );

    let imported = 0;
    let updated = 0;
    rows.forEach((row, index) => {
      if (index % CHUNK === 0) {
        checkCancelled?.();
        progress?.(index, rows.length);
      }
      const v = row.values;
      const known = existing.get(v.nip);
      if (known) {
        // Gender and birth date fall back to the NIP only where nothing better is stored.
        const keep = <T>(field: RosterField, value: T, stored: T): T => (fromFile(field) ? value : stored);
        const next = {
          name: v.name,
          gender: fromFile('gender') ? v.gender : (known.gender ?? v.gender),
          birthDate: fromFile('birthDate') ? v.birthDate : (known.birth_date ?? v.birthDate),
          grade: keep('grade', v.grade, known.grade),
          position: keep('position', v.position, known.position),
          positionLevel: keep('positionLevel', v.positionLevel, known.position_level),
          unit: keep('unit', v.unit, known.unit),
          phone: keep('phone', v.phone, known.phone),
          email: keep('email', v.email, known.email),
        };
        // Re-importing the same file changes nothing and says so: only real changes count.
        if (!differs(known, next)) return;
        update.run({ id: known.id, ...next, at });
        updated++;
      } else {
        insert.run({
          programId,
          participantNo: wanted.get(row) ?? numbers.next(),
          nip: v.nip,
          name: v.name,
          gender: v.gender,
          birthDate: v.birthDate,
          grade: v.grade,
          position: v.position,
          positionLevel: v.positionLevel,
          unit: v.unit,
          phone: v.phone,
          email: v.email,
          at,
        });
        imported++;
      }
    });
    checkCancelled?.();
    const counts = { imported, updated, skipped: analysis.rows.length - rows.length };
    audit.record(caller, at, {
      action: 'roster:import',
      entity: 'program',
      entityId: programId,
      programId,
      // Counts and the file's name only: no NIP or name goes into the log.
      after: { fileName: preview.fileName, sheet: preview.sheet, mode, rows: preview.rows, ...counts },
    });
    progress?.(rows.length, rows.length);
    return counts;
  })();
}
