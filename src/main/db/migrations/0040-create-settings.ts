import type { Migration } from '../migrate';

/** App-wide settings (the operator's admin PIN, stored as an scrypt hash). */
export const createSettings: Migration = {
  version: 40,
  name: 'create-settings',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
