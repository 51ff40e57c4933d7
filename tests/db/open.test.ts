import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { latestVersion, schemaVersion, type Migration } from '../../src/main/db/migrate';
import { MIGRATIONS } from '../../src/main/db/migrations';
import { createPrograms } from '../../src/main/db/migrations/0010-create-programs';
import { closeDatabase, DB_FILE_NAME, openDatabase, type Db } from '../../src/main/db/open';
import { AppError, type ErrorCode } from '../../src/shared/errors';
import { makeDataDir, removeDir, sha256 } from '../fixtures/data-dir';

let dataDir: string;
let dbFile: string;
const opened: Db[] = [];

beforeEach(() => {
  dataDir = makeDataDir();
  dbFile = join(dataDir, DB_FILE_NAME);
});

afterEach(() => {
  for (const db of opened.splice(0)) closeDatabase(db);
  removeDir(dataDir);
});

async function open(options: { migrations?: readonly Migration[]; dir?: string } = {}): Promise<Db> {
  const db = await openDatabase({ dataDir: options.dir ?? dataDir, migrations: options.migrations });
  opened.push(db);
  return db;
}

/** Opens, lets the caller write, and closes: leaves a real database file behind. */
async function makeDatabase(migrations: readonly Migration[], write?: (db: Db) => void): Promise<void> {
  const db = await openDatabase({ dataDir, migrations });
  write?.(db);
  closeDatabase(db);
}

async function errorCodeOf(promise: Promise<unknown>): Promise<ErrorCode> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return (error as AppError).code;
  }
  throw new Error('expected the promise to reject');
}

function insertProgram(db: Db, code: string, name = 'Program uji'): void {
  db.prepare(
    `INSERT INTO programs (code, name, purpose, created_at, updated_at)
     VALUES (?, ?, 'pemetaan', '2023-01-01T00:00:00.000Z', '2023-01-01T00:00:00.000Z')`,
  ).run(code, name);
}

describe('opening a fresh data folder', () => {
  it('sets WAL, synchronous FULL, foreign keys on and a busy timeout', async () => {
    const db = await open();
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
  });

  it('creates the database file and migrates it to the latest version', async () => {
    const db = await open();
    expect(existsSync(dbFile)).toBe(true);
    expect(schemaVersion(db)).toBe(latestVersion(MIGRATIONS));
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .pluck()
      .all();
    expect(tables).toEqual(expect.arrayContaining(['programs', 'audit_log', 'candidates', 'assessors']));
  });

  it('creates a data folder that does not exist yet', async () => {
    const nested = join(dataDir, 'Asesa', 'data');
    const db = await open({ dir: nested });
    expect(existsSync(join(nested, DB_FILE_NAME))).toBe(true);
    expect(schemaVersion(db)).toBe(latestVersion(MIGRATIONS));
  });

  it('takes no backup of a brand-new database', async () => {
    await open();
    expect(existsSync(join(dataDir, 'backups'))).toBe(false);
  });

  it('leaves no write-probe files behind in the data folder', async () => {
    await open();
    expect(readdirSync(dataDir).filter((name) => name.startsWith('.write-test'))).toEqual([]);
  });

  it('enforces foreign keys on the connection it returns', async () => {
    const db = await open();
    expect(() =>
      db
        .prepare(
          `INSERT INTO candidates (program_id, participant_no, nip, name, created_at, updated_at)
           VALUES (999, '001', '198609262015051001', 'Budi', 'x', 'x')`,
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
  });
});

describe('opening an existing database of an older version', () => {
  it('writes a backup of the old version into <dataDir>/backups before migrating', async () => {
    await makeDatabase([createPrograms], (db) => insertProgram(db, 'LAMA-2021', 'Program lama'));

    const db = await open({ migrations: MIGRATIONS });
    expect(schemaVersion(db)).toBe(latestVersion(MIGRATIONS));

    const backups = readdirSync(join(dataDir, 'backups'));
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(/^asesa-v10-.*\.db$/);

    // The backup is the database as it was before the migration ran.
    const backup = new Database(join(dataDir, 'backups', backups[0] as string), { readonly: true });
    try {
      expect(backup.pragma('user_version', { simple: true })).toBe(10);
      expect(backup.prepare('SELECT name FROM programs').pluck().all()).toEqual(['Program lama']);
      expect(
        backup.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'candidates'").pluck().get(),
      ).toBe(0);
    } finally {
      backup.close();
    }
    // And the migrated database kept the data.
    expect(db.prepare('SELECT code FROM programs').pluck().all()).toEqual(['LAMA-2021']);
  });

  it('takes no backup when the database is already at the latest version', async () => {
    await makeDatabase(MIGRATIONS);
    await open();
    expect(existsSync(join(dataDir, 'backups'))).toBe(false);
  });
});

describe('a database written by a newer version of the app', () => {
  it('is refused with db-newer and its bytes are left unchanged', async () => {
    await makeDatabase(MIGRATIONS, (db) => insertProgram(db, 'BARU-2030'));
    const before = sha256(dbFile);

    let error: unknown;
    try {
      await open({ migrations: [createPrograms] });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('db-newer');
    expect((error as AppError).details).toEqual({ fileVersion: latestVersion(MIGRATIONS), appVersion: 10 });
    expect(sha256(dbFile)).toBe(before);
    expect(existsSync(join(dataDir, 'backups'))).toBe(false);
  });

  it('is refused when its user_version is beyond every migration the app knows', async () => {
    await makeDatabase(MIGRATIONS, (db) => db.pragma('user_version = 9990'));
    const before = sha256(dbFile);
    expect(await errorCodeOf(openDatabase({ dataDir }))).toBe('db-newer');
    expect(sha256(dbFile)).toBe(before);
  });
});

describe('a corrupt database file', () => {
  /** A real database with enough rows to span many pages. */
  async function realDatabaseBytes(): Promise<Buffer> {
    await makeDatabase(MIGRATIONS, (db) =>
      db.transaction(() => {
        for (let i = 0; i < 300; i++) insertProgram(db, `P-${i}`, 'x'.repeat(200));
      })(),
    );
    return readFileSync(dbFile);
  }

  async function expectRefusedUntouched(bytes: Buffer): Promise<void> {
    writeFileSync(dbFile, bytes);
    const before = sha256(dbFile);
    expect(await errorCodeOf(openDatabase({ dataDir }))).toBe('db-corrupt');
    expect(sha256(dbFile)).toBe(before);
    expect(existsSync(join(dataDir, 'backups'))).toBe(false);
  }

  it('is refused with db-corrupt when it is random bytes, and left byte-identical', async () => {
    await expectRefusedUntouched(randomBytes(64 * 1024));
  });

  it('is refused with db-corrupt when it is shorter than a SQLite header', async () => {
    await expectRefusedUntouched(Buffer.from('SQLite'));
  });

  it('is refused with db-corrupt when a real database has been truncated', async () => {
    const bytes = await realDatabaseBytes();
    expect(bytes.length).toBeGreaterThan(8 * 4096);
    await expectRefusedUntouched(bytes.subarray(0, Math.floor(bytes.length / 2)));
  });

  it('is refused with db-corrupt when garbage follows a valid SQLite header', async () => {
    const bytes = await realDatabaseBytes();
    await expectRefusedUntouched(Buffer.concat([bytes.subarray(0, 100), randomBytes(bytes.length - 100)]));
  });

  it('is refused with db-corrupt when garbage follows a valid first page', async () => {
    const bytes = await realDatabaseBytes();
    await expectRefusedUntouched(Buffer.concat([bytes.subarray(0, 4096), randomBytes(bytes.length - 4096)]));
  });
});

describe('a SQLite database that Asesa did not make', () => {
  function writeForeignDatabase(table: string): void {
    const foreign = new Database(dbFile);
    foreign.exec(`CREATE TABLE ${table} (note TEXT); INSERT INTO ${table} VALUES ('milik aplikasi lain');`);
    foreign.close();
  }

  it.each([['notes'], ['programs']])(
    'is refused with db-corrupt and left byte-identical (a table named %s)',
    async (table) => {
      writeForeignDatabase(table);
      const before = sha256(dbFile);
      expect(await errorCodeOf(openDatabase({ dataDir }))).toBe('db-corrupt');
      expect(sha256(dbFile)).toBe(before);
    },
  );

  it('is still migrated when it is an empty SQLite file with no tables yet', async () => {
    const empty = new Database(dbFile);
    empty.exec('CREATE TABLE scratch (x TEXT); DROP TABLE scratch;');
    empty.close();
    expect(readFileSync(dbFile).length).toBeGreaterThan(0);
    const db = await open();
    expect(schemaVersion(db)).toBe(latestVersion(MIGRATIONS));
  });
});

describe('a data folder that cannot be written', () => {
  it('gives data-dir-not-writable when the folder path runs through a regular file', async () => {
    const file = join(dataDir, 'afile');
    writeFileSync(file, 'not a folder');
    expect(await errorCodeOf(openDatabase({ dataDir: join(file, 'data') }))).toBe('data-dir-not-writable');
    expect(readFileSync(file, 'utf8')).toBe('not a folder');
  });
});
