import type { Migration } from '../migrate';

export const createPeople: Migration = {
  version: 20,
  name: 'create-people',
  up(db) {
    db.exec(`
      CREATE TABLE candidates (
        id INTEGER PRIMARY KEY,
        program_id INTEGER NOT NULL REFERENCES programs(id),
        participant_no TEXT NOT NULL,
        nip TEXT NOT NULL,
        name TEXT NOT NULL,
        gender TEXT CHECK (gender IN ('L', 'P')),
        birth_date TEXT,
        grade TEXT,
        position TEXT NOT NULL DEFAULT '',
        position_level TEXT NOT NULL DEFAULT '',
        unit TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (program_id, nip),
        UNIQUE (program_id, participant_no)
      ) STRICT;

      CREATE TABLE assessors (
        id INTEGER PRIMARY KEY,
        program_id INTEGER NOT NULL REFERENCES programs(id),
        name TEXT NOT NULL,
        nip TEXT,
        role TEXT NOT NULL CHECK (role IN ('assessor', 'lead')),
        unit TEXT NOT NULL DEFAULT '',
        pin_hash TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX assessors_program ON assessors(program_id);
    `);
  },
};
