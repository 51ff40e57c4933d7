import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  assertMigrationList,
  latestVersion,
  migrate,
  schemaVersion,
  type Migration,
} from '../../src/main/db/migrate';
import { MIGRATIONS } from '../../src/main/db/migrations';
import { createPrograms } from '../../src/main/db/migrations/0010-create-programs';
import { closeDatabase, DB_FILE_NAME, openDatabase, type Db } from '../../src/main/db/open';
import { AppError } from '../../src/shared/errors';
import { makeDataDir, removeDir } from '../fixtures/data-dir';

let db: Db;

beforeEach(() => {
  db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
});

afterEach(() => {
  db.close();
});

function tableExists(name: string, on: Db = db): boolean {
  return (
    on.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?").pluck().get(name) === 1
  );
}

function columnsOf(table: string): string[] {
  return db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[];
}

const failing = (version: number, tableName: string): Migration => ({
  version,
  name: `fail-at-${version}`,
  up(d) {
    d.exec(`CREATE TABLE ${tableName} (id INTEGER PRIMARY KEY) STRICT`);
    d.exec(`INSERT INTO ${tableName} (id) VALUES (1)`);
    throw new Error('migration failed half-way');
  },
});

describe('the migrations list', () => {
  it('has strictly increasing versions numbered in steps of 10, starting at 10', () => {
    expect(() => assertMigrationList(MIGRATIONS)).not.toThrow();
    expect(MIGRATIONS[0]?.version).toBe(10);
    for (const m of MIGRATIONS) expect(m.version % 10, m.name).toBe(0);
  });

  it('refuses a list whose versions do not increase', () => {
    expect(() => assertMigrationList([createPrograms, { ...createPrograms, name: 'again' }])).toThrow(
      /increase strictly/,
    );
    expect(() => migrate(db, [createPrograms, { ...createPrograms, name: 'again' }])).toThrow(
      /increase strictly/,
    );
    expect(schemaVersion(db)).toBe(0);
  });
});

describe('migrate', () => {
  it('migrates an empty database to the latest version and reports what it applied', () => {
    const result = migrate(db, MIGRATIONS);
    expect(result).toEqual({
      from: 0,
      to: latestVersion(MIGRATIONS),
      applied: MIGRATIONS.map((m) => m.name),
    });
    expect(schemaVersion(db)).toBe(latestVersion(MIGRATIONS));
  });

  it('stops at the target version', () => {
    const result = migrate(db, MIGRATIONS, 10);
    expect(result).toEqual({ from: 0, to: 10, applied: ['create-programs'] });
    expect(tableExists('programs')).toBe(true);
    expect(tableExists('candidates')).toBe(false);
  });

  it('does nothing on a database that is already at the latest version', () => {
    migrate(db, MIGRATIONS);
    expect(migrate(db, MIGRATIONS).applied).toEqual([]);
  });

  it('refuses to run on a database newer than its list, with db-newer', () => {
    db.pragma('user_version = 500');
    expect(() => migrate(db, MIGRATIONS)).toThrow(AppError);
    try {
      migrate(db, MIGRATIONS);
    } catch (error) {
      expect((error as AppError).code).toBe('db-newer');
    }
    expect(schemaVersion(db)).toBe(500);
  });

  it('0020 create-people: adds candidates and assessors to a version-10 database and keeps its programmes', () => {
    migrate(db, MIGRATIONS, 10);
    // Old-shaped rows: a programme with its audit trail, as version 10 wrote them.
    db.exec(`
      INSERT INTO programs (id, code, name, purpose, created_at, updated_at)
        VALUES (1, 'TA-2022', 'Talent Academy', 'pemetaan', '2022-08-01T00:00:00Z', '2022-08-01T00:00:00Z');
      INSERT INTO audit_log (at, actor, door, action, entity, entity_id, program_id)
        VALUES ('2022-08-01T00:00:00Z', 'admin', 'desktop', 'program:create', 'program', 1, 1);
    `);

    expect(migrate(db, MIGRATIONS, 20).applied).toEqual(['create-people']);

    expect(schemaVersion(db)).toBe(20);
    expect(db.prepare('SELECT code, name FROM programs').all()).toEqual([
      { code: 'TA-2022', name: 'Talent Academy' },
    ]);
    expect(db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(1);
    expect(columnsOf('candidates')).toEqual([
      'id',
      'program_id',
      'participant_no',
      'nip',
      'name',
      'gender',
      'birth_date',
      'grade',
      'position',
      'position_level',
      'unit',
      'phone',
      'email',
      'created_at',
      'updated_at',
    ]);
    expect(columnsOf('assessors')).toContain('pin_hash');

    // The new tables hang off the old programme and keep their rules.
    const insertCandidate = db.prepare(
      `INSERT INTO candidates (program_id, participant_no, nip, name, created_at, updated_at)
       VALUES (?, ?, ?, 'Budi', 'x', 'x')`,
    );
    insertCandidate.run(1, '001', '198609262015051001');
    expect(() => insertCandidate.run(1, '002', '198609262015051001')).toThrow(/UNIQUE/);
    expect(() => insertCandidate.run(2, '001', '199203142019032004')).toThrow(/FOREIGN KEY/);
    // STRICT tables refuse a value of the wrong type instead of storing it.
    expect(() => insertCandidate.run('satu', '003', '199203142019032004')).toThrow(/cannot store TEXT/);
  });

  it('rolls a failing migration back whole: version unchanged, no partial table', () => {
    migrate(db, MIGRATIONS, 10);
    expect(() => migrate(db, [createPrograms, failing(20, 'half_done')])).toThrow(/half-way/);
    expect(schemaVersion(db)).toBe(10);
    expect(tableExists('half_done')).toBe(false);
  });

  it('keeps the migrations that succeeded before the one that failed, each being its own transaction', () => {
    const latest = latestVersion(MIGRATIONS);
    expect(() => migrate(db, [...MIGRATIONS, failing(latest + 10, 'half_done')])).toThrow(/half-way/);
    expect(schemaVersion(db)).toBe(latest);
    expect(tableExists('candidates')).toBe(true);
    expect(tableExists('half_done')).toBe(false);
  });
});

describe('a failing migration when a data folder is opened', () => {
  it('leaves the file at its old version without the partial table, and it opens again', async () => {
    const dataDir = makeDataDir();
    try {
      closeDatabase(await openDatabase({ dataDir, migrations: [createPrograms] }));

      await expect(
        openDatabase({ dataDir, migrations: [createPrograms, failing(20, 'half_done')] }),
      ).rejects.toThrow(/half-way/);

      const check = new Database(join(dataDir, DB_FILE_NAME), { readonly: true });
      try {
        expect(schemaVersion(check)).toBe(10);
        expect(tableExists('half_done', check)).toBe(false);
      } finally {
        check.close();
      }
      const reopened = await openDatabase({ dataDir });
      expect(schemaVersion(reopened)).toBe(latestVersion(MIGRATIONS));
      closeDatabase(reopened);
    } finally {
      removeDir(dataDir);
    }
  });
});
