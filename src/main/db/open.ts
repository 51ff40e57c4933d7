import { randomUUID } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import { assertNotNewer, latestVersion, migrate, schemaVersion, type Migration } from './migrate';
import { MIGRATIONS } from './migrations';

export type Db = Database.Database;

export const DB_FILE_NAME = 'asesa.db';
const SQLITE_HEADER = 'SQLite format 3\u0000';

export interface OpenDatabaseOptions {
  dataDir: string;
  /** Path of a better-sqlite3 binary built for this runtime (Electron keeps its own). */
  nativeBinding?: string | undefined;
  migrations?: readonly Migration[];
  /** Workers and tools open an already-migrated file and must not migrate it themselves. */
  migrateToLatest?: boolean;
  now?: () => Date;
  log?: (line: string) => void;
}

/** Makes sure the data folder exists and accepts writes; root ignores mode bits, so really write. */
export function ensureWritableDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    // Job workers are threads of the same process: a pid-only name would let two of them delete
    // each other's probe and report a writable folder as not writable.
    const probe = join(dir, `.write-test-${process.pid}-${randomUUID()}`);
    writeFileSync(probe, '');
    unlinkSync(probe);
  } catch (cause) {
    throw new AppError('data-dir-not-writable', undefined, { reason: (cause as NodeJS.ErrnoException).code });
  }
}

function fileSize(file: string): number | null {
  try {
    return statSync(file).size;
  } catch {
    return null;
  }
}

function hasSqliteHeader(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(16);
    const read = readSync(fd, buffer, 0, 16, 0);
    return read === 16 && buffer.toString('latin1') === SQLITE_HEADER;
  } finally {
    closeSync(fd);
  }
}

function hasTables(db: Db): boolean {
  return (db.prepare('SELECT count(*) FROM sqlite_master').pluck().get() as number) > 0;
}

function isCorruption(error: unknown): boolean {
  const code = (error as { code?: string }).code ?? '';
  return code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT' || code.startsWith('SQLITE_CORRUPT');
}

/**
 * Opens (and by default migrates) the one database of a data folder. An unreadable or corrupt
 * file is reported and never written to; a file from a newer app is refused before any write.
 */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Db> {
  const migrations = options.migrations ?? MIGRATIONS;
  const log = options.log ?? (() => {});
  ensureWritableDir(options.dataDir);
  const file = join(options.dataDir, DB_FILE_NAME);
  const size = fileSize(file);
  const existed = size !== null && size > 0;
  if (existed && !hasSqliteHeader(file)) throw new AppError('db-corrupt');

  let db: Db;
  try {
    db = new Database(file, { nativeBinding: options.nativeBinding, fileMustExist: existed });
  } catch (error) {
    if (isCorruption(error)) throw new AppError('db-corrupt');
    throw error;
  }

  try {
    if (existed) {
      const check = db.pragma('quick_check(1)', { simple: true });
      if (check !== 'ok') throw new AppError('db-corrupt');
    }
    // Checked before the WAL pragma below, which would itself write to the file header.
    assertNotNewer(db, migrations);
    // Asesa's first migration sets the version in the same transaction that creates its tables, so
    // a version-0 file that has tables belongs to another program: refuse it, never write into it.
    if (existed && schemaVersion(db) === 0 && hasTables(db)) throw new AppError('db-corrupt');
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');

    if (options.migrateToLatest !== false) {
      const from = schemaVersion(db);
      if (from < latestVersion(migrations)) {
        if (from > 0)
          await backupBeforeMigration(db, options.dataDir, from, options.now ?? (() => new Date()), log);
        const result = migrate(db, migrations);
        log(`db: migrated from version ${result.from} to ${result.to}`);
      }
    }
    return db;
  } catch (error) {
    db.close();
    if (error instanceof AppError) throw error;
    if (isCorruption(error)) throw new AppError('db-corrupt');
    if ((error as { code?: string }).code === 'SQLITE_BUSY') throw new AppError('db-locked');
    throw error;
  }
}

async function backupBeforeMigration(
  db: Db,
  dataDir: string,
  version: number,
  now: () => Date,
  log: (line: string) => void,
): Promise<string> {
  const dir = join(dataDir, 'backups');
  mkdirSync(dir, { recursive: true });
  const stamp = now().toISOString().replace(/[:.]/g, '-');
  const target = join(dir, `asesa-v${version}-${stamp}.db`);
  await db.backup(target);
  log(`db: backup of version ${version} written before migrating`);
  return target;
}

/** Lets SQLite refresh its statistics, then closes. */
export function closeDatabase(db: Db): void {
  if (!db.open) return;
  try {
    db.pragma('optimize');
  } finally {
    db.close();
  }
}
