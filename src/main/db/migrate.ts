import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/errors';

export interface Migration {
  /** Strictly increasing, in steps of 10; stored in PRAGMA user_version once applied. */
  version: number;
  name: string;
  up(db: Database): void;
}

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function latestVersion(migrations: readonly Migration[]): number {
  return migrations.at(-1)?.version ?? 0;
}

export function assertMigrationList(migrations: readonly Migration[]): void {
  let previous = 0;
  for (const m of migrations) {
    if (!Number.isInteger(m.version) || m.version <= previous) {
      throw new Error(`Migration versions must increase strictly: ${m.name} (${m.version})`);
    }
    previous = m.version;
  }
}

/** Refuses a database written by a newer app before anything is written to it. */
export function assertNotNewer(db: Database, migrations: readonly Migration[]): void {
  const current = schemaVersion(db);
  const latest = latestVersion(migrations);
  if (current > latest) {
    throw new AppError('db-newer', undefined, { fileVersion: current, appVersion: latest });
  }
}

/**
 * Applies the pending migrations up to `target` (default: all), each in its own transaction
 * together with the user_version bump, so a crash leaves the file at a whole version.
 */
export function migrate(
  db: Database,
  migrations: readonly Migration[],
  target = latestVersion(migrations),
): { from: number; to: number; applied: string[] } {
  assertMigrationList(migrations);
  assertNotNewer(db, migrations);
  const from = schemaVersion(db);
  const applied: string[] = [];
  for (const m of migrations) {
    if (m.version <= from || m.version > target) continue;
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    })();
    applied.push(m.name);
  }
  return { from, to: schemaVersion(db), applied };
}
