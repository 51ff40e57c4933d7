import type { Migration } from '../migrate';

/**
 * App-wide settings (the operator's admin PIN, stored as an scrypt hash), plus the lookups the
 * scoring day leans on: which competencies a method rates, and a candidate's attendance across
 * sessions. `IF NOT EXISTS` keeps this additive if 0040 gains an equivalent index.
 */
export const createSettings: Migration = {
  version: 50,
  name: 'create-settings',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE INDEX IF NOT EXISTS competency_methods_method ON competency_methods(method_id, competency_id);
      CREATE INDEX IF NOT EXISTS attendance_candidate ON attendance(candidate_id, session_id);
      CREATE INDEX IF NOT EXISTS sessions_method ON sessions(method_id);
    `);
  },
};
