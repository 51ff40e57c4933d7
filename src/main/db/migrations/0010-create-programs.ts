import type { Migration } from '../migrate';

export const createPrograms: Migration = {
  version: 10,
  name: 'create-programs',
  up(db) {
    db.exec(`
      CREATE TABLE programs (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        organiser TEXT NOT NULL DEFAULT '',
        venue TEXT NOT NULL DEFAULT '',
        start_date TEXT,
        end_date TEXT,
        purpose TEXT NOT NULL CHECK (purpose IN ('pemetaan', 'pengisian')),
        city TEXT NOT NULL DEFAULT '',
        signatory_name TEXT NOT NULL DEFAULT '',
        signatory_position TEXT NOT NULL DEFAULT '',
        signatory_rank TEXT NOT NULL DEFAULT '',
        signatory_nip TEXT NOT NULL DEFAULT '',
        signatory_acting INTEGER NOT NULL DEFAULT 0 CHECK (signatory_acting IN (0, 1)),
        archived_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      -- Every change to scores, results, certificates and settings lands here in the same
      -- transaction as the change itself.
      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        door TEXT NOT NULL,
        action TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id INTEGER,
        program_id INTEGER REFERENCES programs(id),
        before_json TEXT,
        after_json TEXT
      ) STRICT;
      CREATE INDEX audit_log_program ON audit_log(program_id, at);
    `);
  },
};
