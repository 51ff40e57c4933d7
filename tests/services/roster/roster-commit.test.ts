import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase, type Db } from '../../../src/main/db/open';
import { commitRoster } from '../../../src/main/services/roster/roster-commit';
import { analyseRosterFile, type RosterAnalysis } from '../../../src/main/services/roster/roster-import';
import { AppError } from '../../../src/shared/errors';
import { ADMIN, makeDataDir, removeDir } from '../../fixtures/data-dir';
import { FEMALE_NIP, messyRosterXlsx, VALID_NIP, writeFixture } from '../../fixtures/roster-workbooks';

const NOW = new Date('2023-02-25T08:00:00.000Z');
const LATER = new Date('2023-03-01T08:00:00.000Z');

let dir: string;
let db: Db;
let programId: number;

beforeEach(async () => {
  dir = makeDataDir();
  db = await openDatabase({ dataDir: dir });
  programId = Number(
    db
      .prepare(
        "INSERT INTO programs (code, name, purpose, created_at, updated_at) VALUES ('TA-2023', 'Talent', 'pemetaan', ?, ?)",
      )
      .run(NOW.toISOString(), NOW.toISOString()).lastInsertRowid,
  );
});

afterEach(() => {
  closeDatabase(db);
  removeDir(dir);
});

let uploads = 0;
async function analyse(content: string | Buffer, name = 'peserta.csv'): Promise<RosterAnalysis> {
  const existing = new Set(
    db.prepare('SELECT nip FROM candidates WHERE program_id = ?').pluck().all(programId) as string[],
  );
  return analyseRosterFile(writeFixture(dir, `upload-${++uploads}`, content), name, existing);
}

interface Row {
  id: number;
  participant_no: string;
  nip: string;
  name: string;
  gender: string | null;
  birth_date: string | null;
  grade: string | null;
  position: string;
  unit: string;
  phone: string;
  created_at: string;
  updated_at: string;
}
const candidates = () =>
  db.prepare('SELECT * FROM candidates WHERE program_id = ? ORDER BY participant_no').all(programId) as Row[];
const audits = () =>
  db.prepare("SELECT * FROM audit_log WHERE action = 'roster:import' ORDER BY id").all() as Array<{
    after_json: string;
  }>;

const csv = (...lines: string[]) => lines.join('\n');
const HEADER = 'NIP,NAMA,GOL,JABATAN,UNIT KERJA,NO. HP';

describe('commitRoster', () => {
  it('writes nothing and refuses with roster-has-errors when any row has an error and all-or-nothing is chosen', async () => {
    const analysis = await analyse(await messyRosterXlsx(), 'peserta.xlsx');
    expect(() => commitRoster(db, programId, analysis, 'all-or-nothing', ADMIN, NOW)).toThrowError(
      expect.objectContaining({ code: 'roster-has-errors' }),
    );
    expect(candidates()).toEqual([]);
    expect(audits()).toEqual([]);
  });

  it('imports the valid rows only when asked, and counts the rest as skipped', async () => {
    const analysis = await analyse(await messyRosterXlsx(), 'peserta.xlsx');
    const counts = commitRoster(db, programId, analysis, 'valid-only', ADMIN, NOW);
    expect(counts).toEqual({ imported: 5, updated: 0, skipped: 10 });
    const rows = candidates();
    expect(rows.map((r) => r.participant_no)).toEqual(['001', '002', '003', '004', '005']);
    expect(rows[0]).toMatchObject({
      nip: VALID_NIP,
      name: 'Drs. H. Ahmad Fauzi, M.Si.',
      grade: 'III/a',
      gender: 'L',
    });
    expect(rows.find((r) => r.nip === FEMALE_NIP)?.unit).toBe('Dinas Komunikasi dan Informatika');
  });

  it('imports everything when no row has an error', async () => {
    const analysis = await analyse(
      csv(HEADER, `${VALID_NIP},Budi,III/a,Analis,Bappeda,0812`, `${FEMALE_NIP},Siti,III/b,Analis,Setda,`),
    );
    expect(commitRoster(db, programId, analysis, 'all-or-nothing', ADMIN, NOW)).toEqual({
      imported: 2,
      updated: 0,
      skipped: 0,
    });
    expect(candidates().map((r) => [r.participant_no, r.nip, r.birth_date])).toEqual([
      ['001', VALID_NIP, '1986-09-26'],
      ['002', FEMALE_NIP, '1992-03-14'],
    ]);
  });

  it('updates a re-imported candidate in place: same id, scores keyed by that id survive', async () => {
    // Stands in for the scores and certificates tables, which point at candidates(id).
    db.exec(
      'CREATE TABLE test_scores (candidate_id INTEGER NOT NULL REFERENCES candidates(id), level INTEGER) STRICT',
    );
    const first = await analyse(csv(HEADER, `${VALID_NIP},Budi,III/a,Analis,Bappeda,0812`));
    commitRoster(db, programId, first, 'all-or-nothing', ADMIN, NOW);
    const before = candidates()[0] as Row;
    db.prepare('INSERT INTO test_scores VALUES (?, 4)').run(before.id);

    const second = await analyse(
      csv(HEADER, `${VALID_NIP},"Budi Santoso, S.Kom.",III/b,Kepala Seksi,Bappeda,0813`),
    );
    expect(second.preview.updatedCount).toBe(1);
    expect(commitRoster(db, programId, second, 'all-or-nothing', ADMIN, LATER)).toEqual({
      imported: 0,
      updated: 1,
      skipped: 0,
    });

    const after = candidates();
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({
      id: before.id,
      participant_no: before.participant_no,
      name: 'Budi Santoso, S.Kom.',
      grade: 'III/b',
      position: 'Kepala Seksi',
      phone: '0813',
      created_at: before.created_at,
      updated_at: LATER.toISOString(),
    });
    expect(db.prepare('SELECT candidate_id, level FROM test_scores').all()).toEqual([
      { candidate_id: before.id, level: 4 },
    ]);
  });

  it('leaves stored values alone for the columns a re-imported file does not have', async () => {
    commitRoster(
      db,
      programId,
      await analyse(csv(HEADER, `${VALID_NIP},Budi,III/a,Analis,Bappeda,0812`)),
      'valid-only',
      ADMIN,
      NOW,
    );
    commitRoster(
      db,
      programId,
      await analyse(csv('NIP,NAMA', `${VALID_NIP},Budi S.`)),
      'valid-only',
      ADMIN,
      LATER,
    );
    expect(candidates()[0]).toMatchObject({
      name: 'Budi S.',
      grade: 'III/a',
      position: 'Analis',
      unit: 'Bappeda',
      phone: '0812',
    });
  });

  it('keeps an existing number, takes a new candidate number from the file when free, and numbers the rest after the highest', async () => {
    commitRoster(
      db,
      programId,
      await analyse(csv('NIP,NAMA,NO. PESERTA', `${VALID_NIP},Budi,007`)),
      'valid-only',
      ADMIN,
      NOW,
    );
    const analysis = await analyse(
      csv(
        'NIP,NAMA,NO. PESERTA',
        `${VALID_NIP},Budi,001`,
        `${FEMALE_NIP},Siti,`,
        '198803032012031007,Eko,007',
        '198904042014041008,Dedi,003',
      ),
    );
    commitRoster(db, programId, analysis, 'valid-only', ADMIN, LATER);
    expect(Object.fromEntries(candidates().map((r) => [r.name, r.participant_no]))).toEqual({
      Budi: '007',
      Dedi: '003',
      Siti: '008',
      Eko: '009',
    });
  });

  it('writes one audit row per import with counts and the file name, and no personal data', async () => {
    const analysis = await analyse(await messyRosterXlsx(), 'Peserta Bekasi.xlsx');
    commitRoster(db, programId, analysis, 'valid-only', ADMIN, NOW);
    const rows = audits();
    expect(rows).toHaveLength(1);
    const after = JSON.parse(rows[0]?.after_json ?? '{}');
    expect(after).toMatchObject({
      fileName: 'Peserta Bekasi.xlsx',
      imported: 5,
      updated: 0,
      skipped: 10,
      mode: 'valid-only',
    });
    expect(rows[0]?.after_json).not.toContain(VALID_NIP);
    expect(rows[0]?.after_json).not.toContain('Ahmad');
  });

  it('leaves nothing half-written when cancelled part-way', async () => {
    const lines = [HEADER];
    for (let i = 1; i <= 1200; i++)
      lines.push(
        `19860926201505${i < 500 ? 1 : 2}${String((i % 999) + 1).padStart(3, '0')},Peserta ${i},III/a,,,`,
      );
    const analysis = await analyse(csv(...lines));
    expect(analysis.preview.valid).toBeGreaterThan(1000);
    let checks = 0;
    expect(() =>
      commitRoster(db, programId, analysis, 'valid-only', ADMIN, NOW, undefined, () => {
        if (++checks === 3) throw new AppError('job-cancelled');
      }),
    ).toThrowError(expect.objectContaining({ code: 'job-cancelled' }));
    expect(candidates()).toEqual([]);
    expect(audits()).toEqual([]);
  });

  it('refuses to write into an archived programme', async () => {
    db.prepare('UPDATE programs SET archived_at = ? WHERE id = ?').run(NOW.toISOString(), programId);
    const analysis = await analyse(csv(HEADER, `${VALID_NIP},Budi,III/a,,,`));
    expect(() => commitRoster(db, programId, analysis, 'valid-only', ADMIN, NOW)).toThrowError(
      expect.objectContaining({ code: 'program-archived' }),
    );
  });

  it('reports progress up to the last row', async () => {
    const analysis = await analyse(csv(HEADER, `${VALID_NIP},Budi,III/a,,,`, `${FEMALE_NIP},Siti,III/b,,,`));
    const seen: Array<[number, number]> = [];
    commitRoster(db, programId, analysis, 'valid-only', ADMIN, NOW, (done, total) =>
      seen.push([done, total]),
    );
    expect(seen.at(-1)).toEqual([2, 2]);
  });
});
