import type { Migration } from '../migrate';

/**
 * Results (issue 5): the programme's result settings, the agreed level per candidate and
 * competency, the "best N into K groups" selection, and the finalisation lock.
 *
 * Settings live on the programme row: one value each, read together with the programme.
 * `pass_rule` is JSON checked by the shared schema (a category, a JPM threshold or the top N);
 * null means the default (the middle category of the programme's purpose and above).
 */
export const createResults: Migration = {
  version: 50,
  name: 'create-results',
  up(db) {
    db.exec(`
      ALTER TABLE programs ADD COLUMN reconciliation_rule TEXT NOT NULL DEFAULT 'consensus'
        CHECK (reconciliation_rule IN ('consensus', 'median', 'mean'));
      ALTER TABLE programs ADD COLUMN extra_assessor_spread INTEGER NOT NULL DEFAULT 2
        CHECK (extra_assessor_spread BETWEEN 1 AND 4);
      ALTER TABLE programs ADD COLUMN threshold_ms REAL NOT NULL DEFAULT 80;
      ALTER TABLE programs ADD COLUMN threshold_mms REAL NOT NULL DEFAULT 68;
      ALTER TABLE programs ADD COLUMN threshold_o REAL NOT NULL DEFAULT 90;
      ALTER TABLE programs ADD COLUMN threshold_co REAL NOT NULL DEFAULT 78;
      ALTER TABLE programs ADD COLUMN pass_rule TEXT;
      ALTER TABLE programs ADD COLUMN finalized_at TEXT;
      ALTER TABLE programs ADD COLUMN finalized_by TEXT;

      -- The level the assessor meeting agreed, recorded by the lead (or accepted from the rule's
      -- suggestion). No cascade: a candidate or competency with an agreed level cannot vanish.
      CREATE TABLE agreed_levels (
        candidate_id INTEGER NOT NULL REFERENCES candidates(id),
        competency_id INTEGER NOT NULL REFERENCES competencies(id),
        level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5),
        rationale TEXT NOT NULL DEFAULT '',
        decided_by TEXT NOT NULL,
        decided_at TEXT NOT NULL,
        PRIMARY KEY (candidate_id, competency_id)
      ) STRICT;
      CREATE INDEX agreed_levels_competency ON agreed_levels(competency_id);

      -- "The best N into K groups": the stored outcome, editable afterwards.
      CREATE TABLE selection_members (
        program_id INTEGER NOT NULL REFERENCES programs(id),
        candidate_id INTEGER NOT NULL REFERENCES candidates(id),
        group_no INTEGER NOT NULL CHECK (group_no >= 1),
        PRIMARY KEY (program_id, candidate_id)
      ) STRICT;
    `);
  },
};
