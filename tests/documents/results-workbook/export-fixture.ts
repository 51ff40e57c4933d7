/**
 * The scored programme of tests/fixtures/scored-program.ts plus what the workbook must also cope
 * with: candidates whose names look like formulas (no results yet), a group scheduled into a
 * second session nobody marked, and certificates — one valid, one revoked and re-issued, printed.
 */
import type { App } from '../../../src/main/app';
import { seedScoredProgram, type ScoredProgram } from '../../fixtures/scored-program';

export const FORMULA_NAMES = [
  '=HYPERLINK("#Informasi!A1","klik")',
  '+62 812 3456 7890',
  '-',
  '@x',
  '\tTab di depan',
] as const;

export interface ExportProgram extends ScoredProgram {
  /** Candidate ids of FORMULA_NAMES, in order. */
  formulaCandidates: number[];
  /** NIP by candidate id, as the roster holds it. */
  nips: Map<number, string>;
  certificateNumbers: { valid: string; revoked: string; reissued: string };
}

const AT = '2023-02-25T10:00:00.000Z';

export async function seedExportProgram(app: App, code = 'HASIL'): Promise<ExportProgram> {
  const scored = await seedScoredProgram(app, code);
  const db = app.db;
  const { programId } = scored;
  const insertCandidate = db.prepare(`
    INSERT INTO candidates (program_id, participant_no, nip, name, grade, position, position_level, unit, created_at, updated_at)
    VALUES (?, ?, ?, ?, NULL, 'Analis', 'Administrator', '', ?, ?)`);
  const formulaCandidates: number[] = [];
  const certificateNumbers = {
    valid: '800.2/0001/BKPSDM/2023',
    revoked: '800.2/0002/BKPSDM/2023',
    reissued: '800.2/0003/BKPSDM/2023',
  };
  db.transaction(() => {
    FORMULA_NAMES.forEach((name, i) => {
      const nip = `19900101201501100${i + 1}`;
      formulaCandidates.push(
        Number(insertCandidate.run(programId, String(10 + i), nip, name, AT, AT).lastInsertRowid),
      );
    });

    // The second day: a group of two scheduled into a session nobody marked yet.
    const group = Number(
      db.prepare(`INSERT INTO groups (program_id, name) VALUES (?, 'Kelompok 1')`).run(programId)
        .lastInsertRowid,
    );
    const session = Number(
      db
        .prepare(
          `INSERT INTO sessions (program_id, day, start_time, end_time, room) VALUES (?, '2023-02-26', '08:00', '10:00', 'R.2')`,
        )
        .run(programId).lastInsertRowid,
    );
    db.prepare(`INSERT INTO session_groups (session_id, group_id) VALUES (?, ?)`).run(session, group);
    for (const candidateId of scored.candidates.slice(0, 2)) {
      db.prepare(`INSERT INTO group_members (group_id, candidate_id) VALUES (?, ?)`).run(group, candidateId);
    }

    const issue = db.prepare(`
      INSERT INTO certificates (program_id, candidate_id, number, year, seq, short_code, snapshot_json, signature,
        pdf_sha256, issued_at, issued_by, revoked_at, revoked_by, revoke_reason, replaces_id)
      VALUES (@programId, @candidateId, @number, 2023, @seq, @shortCode, @snapshot, 'sig', 'sha', @issuedAt, 'admin',
        @revokedAt, @revokedBy, @reason, @replaces)`);
    const person = db.prepare('SELECT nip, name FROM candidates WHERE id = ?');
    const snapshot = (index: number) => JSON.stringify({ candidate: person.get(scored.candidates[index]) });
    const cert = (fields: {
      candidate: number;
      number: string;
      seq: number;
      revokedAt?: string;
      reason?: string;
      replaces?: number;
    }) =>
      Number(
        issue.run({
          programId,
          candidateId: scored.candidates[fields.candidate],
          number: fields.number,
          seq: fields.seq,
          shortCode: `K${fields.seq}`,
          snapshot: snapshot(fields.candidate),
          issuedAt: AT,
          revokedAt: fields.revokedAt ?? null,
          revokedBy: fields.revokedAt ? 'admin' : null,
          reason: fields.reason ?? null,
          replaces: fields.replaces ?? null,
        }).lastInsertRowid,
      );
    const valid = cert({ candidate: 0, number: certificateNumbers.valid, seq: 1 });
    const revoked = cert({
      candidate: 1,
      number: certificateNumbers.revoked,
      seq: 2,
      revokedAt: '2023-02-26T09:00:00.000Z',
      reason: '=SALAH KETIK nama',
    });
    cert({ candidate: 1, number: certificateNumbers.reissued, seq: 3, replaces: revoked });
    const print = db.prepare(
      `INSERT INTO certificate_prints (certificate_id, printed_at, printed_by, door, copies) VALUES (?, ?, 'admin', 'desktop', ?)`,
    );
    print.run(valid, '2023-02-25T11:00:00.000Z', 2);
    print.run(valid, '2023-02-27T11:00:00.000Z', 1);
  })();
  const nips = new Map(
    (
      db.prepare('SELECT id, nip FROM candidates WHERE program_id = ?').all(programId) as Array<{
        id: number;
        nip: string;
      }>
    ).map((r) => [r.id, r.nip]),
  );
  return { ...scored, formulaCandidates, nips, certificateNumbers };
}
