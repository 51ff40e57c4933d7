import type { Migration } from '../migrate';

/**
 * Instruments (competencies with level descriptors, methods, the competency × method matrix,
 * standard levels, weighted rubrics), the schedule (sessions, groups, attendance), assignment of
 * assessors, and ratings.
 *
 * Foreign keys into rated data (ratings, rubric_scores, candidate_standards) have no cascade on
 * purpose: deleting a competency, criterion or assignment that already carries a score fails
 * instead of silently taking the score with it.
 */
export const createScoring: Migration = {
  version: 30,
  name: 'create-scoring',
  up(db) {
    db.exec(`
      CREATE TABLE competencies (
        id INTEGER PRIMARY KEY,
        program_id INTEGER NOT NULL REFERENCES programs(id),
        code TEXT NOT NULL,
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('managerial', 'socio-cultural', 'technical')),
        sort_order INTEGER NOT NULL,
        UNIQUE (program_id, code)
      ) STRICT;

      CREATE TABLE competency_levels (
        competency_id INTEGER NOT NULL REFERENCES competencies(id) ON DELETE CASCADE,
        level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5),
        title TEXT NOT NULL,
        description TEXT NOT NULL,
        PRIMARY KEY (competency_id, level)
      ) STRICT;

      -- A weighted rubric (e.g. a panel judging project presentations): criteria with relative
      -- weights, each scored on the rubric's scale; the result is the weighted mean.
      CREATE TABLE rubrics (
        id INTEGER PRIMARY KEY,
        program_id INTEGER NOT NULL REFERENCES programs(id),
        name TEXT NOT NULL,
        scale_min INTEGER NOT NULL,
        scale_max INTEGER NOT NULL,
        CHECK (scale_min < scale_max),
        UNIQUE (program_id, name)
      ) STRICT;

      CREATE TABLE rubric_criteria (
        id INTEGER PRIMARY KEY,
        rubric_id INTEGER NOT NULL REFERENCES rubrics(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        weight REAL NOT NULL CHECK (weight > 0),
        sort_order INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX rubric_criteria_rubric ON rubric_criteria(rubric_id, sort_order);

      -- A method with a rubric is scored on the rubric's criteria instead of competency levels.
      CREATE TABLE methods (
        id INTEGER PRIMARY KEY,
        program_id INTEGER NOT NULL REFERENCES programs(id),
        code TEXT NOT NULL,
        name TEXT NOT NULL,
        sort_order INTEGER NOT NULL,
        rubric_id INTEGER REFERENCES rubrics(id),
        UNIQUE (program_id, code)
      ) STRICT;

      CREATE TABLE competency_methods (
        competency_id INTEGER NOT NULL REFERENCES competencies(id) ON DELETE CASCADE,
        method_id INTEGER NOT NULL REFERENCES methods(id) ON DELETE CASCADE,
        PRIMARY KEY (competency_id, method_id)
      ) STRICT;
      CREATE INDEX competency_methods_method ON competency_methods(method_id, competency_id);

      CREATE TABLE standard_levels (
        program_id INTEGER NOT NULL REFERENCES programs(id),
        position_level TEXT NOT NULL,
        competency_id INTEGER NOT NULL REFERENCES competencies(id) ON DELETE CASCADE,
        level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5),
        PRIMARY KEY (program_id, position_level, competency_id)
      ) STRICT;

      CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        program_id INTEGER NOT NULL REFERENCES programs(id),
        day TEXT NOT NULL,
        start_time TEXT NOT NULL,
        end_time TEXT NOT NULL,
        room TEXT NOT NULL DEFAULT '',
        method_id INTEGER REFERENCES methods(id)
      ) STRICT;
      CREATE INDEX sessions_program ON sessions(program_id, day, start_time);
      CREATE INDEX sessions_method ON sessions(method_id);

      CREATE TABLE groups (
        id INTEGER PRIMARY KEY,
        program_id INTEGER NOT NULL REFERENCES programs(id),
        name TEXT NOT NULL,
        UNIQUE (program_id, name)
      ) STRICT;

      CREATE TABLE group_members (
        group_id INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
        candidate_id INTEGER NOT NULL UNIQUE REFERENCES candidates(id),
        PRIMARY KEY (group_id, candidate_id)
      ) STRICT;

      CREATE TABLE session_groups (
        session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        group_id INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
        PRIMARY KEY (session_id, group_id)
      ) STRICT;
      CREATE INDEX session_groups_group ON session_groups(group_id);

      CREATE TABLE attendance (
        session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        candidate_id INTEGER NOT NULL REFERENCES candidates(id),
        status TEXT NOT NULL CHECK (status IN ('hadir', 'terlambat', 'tidak-hadir')),
        at TEXT NOT NULL,
        PRIMARY KEY (session_id, candidate_id)
      ) STRICT;
      CREATE INDEX attendance_candidate ON attendance(candidate_id, session_id);

      -- One sheet: an assessor observing a candidate in a method. Submitting locks it.
      CREATE TABLE assignments (
        id INTEGER PRIMARY KEY,
        program_id INTEGER NOT NULL REFERENCES programs(id),
        candidate_id INTEGER NOT NULL REFERENCES candidates(id),
        assessor_id INTEGER NOT NULL REFERENCES assessors(id),
        method_id INTEGER NOT NULL REFERENCES methods(id),
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'submitted')),
        submitted_at TEXT,
        manual INTEGER NOT NULL DEFAULT 0 CHECK (manual IN (0, 1)),
        created_at TEXT NOT NULL,
        UNIQUE (candidate_id, method_id, assessor_id)
      ) STRICT;
      CREATE INDEX assignments_assessor ON assignments(assessor_id, status);
      CREATE INDEX assignments_program ON assignments(program_id);
      CREATE INDEX assignments_method ON assignments(method_id);

      CREATE TABLE ratings (
        assignment_id INTEGER NOT NULL REFERENCES assignments(id),
        competency_id INTEGER NOT NULL REFERENCES competencies(id),
        level INTEGER CHECK (level BETWEEN 1 AND 5),
        evidence TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        PRIMARY KEY (assignment_id, competency_id)
      ) STRICT;
      CREATE INDEX ratings_competency ON ratings(competency_id);

      CREATE TABLE rubric_scores (
        assignment_id INTEGER NOT NULL REFERENCES assignments(id),
        criterion_id INTEGER NOT NULL REFERENCES rubric_criteria(id),
        score REAL,
        evidence TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        PRIMARY KEY (assignment_id, criterion_id)
      ) STRICT;
      CREATE INDEX rubric_scores_criterion ON rubric_scores(criterion_id);

      -- The standard a candidate is judged against, copied when scoring starts, so a later edit
      -- of the programme's standards never changes a result.
      CREATE TABLE candidate_standards (
        candidate_id INTEGER NOT NULL REFERENCES candidates(id),
        competency_id INTEGER NOT NULL REFERENCES competencies(id),
        level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5),
        copied_at TEXT NOT NULL,
        PRIMARY KEY (candidate_id, competency_id)
      ) STRICT;
      CREATE INDEX candidate_standards_competency ON candidate_standards(competency_id);

      -- An assessor's NIP, when given, names one person per programme.
      CREATE UNIQUE INDEX assessors_program_nip ON assessors(program_id, nip) WHERE nip IS NOT NULL;

      -- Check-in looks candidates up by any word of the name as it is typed ("siti ami" finds
      -- "Dra. Hj. Siti Aminah, M.Si."): a full-text index over names, kept in step with the
      -- candidates table by triggers, so every writer (form, import worker) keeps it current.
      -- NIP and participant-number prefixes use the UNIQUE (program_id, …) indexes of 0020.
      CREATE VIRTUAL TABLE candidate_names USING fts5(
        name, content = 'candidates', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
      );
      INSERT INTO candidate_names (candidate_names) VALUES ('rebuild');
      CREATE TRIGGER candidate_names_insert AFTER INSERT ON candidates BEGIN
        INSERT INTO candidate_names (rowid, name) VALUES (new.id, new.name);
      END;
      CREATE TRIGGER candidate_names_delete AFTER DELETE ON candidates BEGIN
        INSERT INTO candidate_names (candidate_names, rowid, name) VALUES ('delete', old.id, old.name);
      END;
      CREATE TRIGGER candidate_names_update AFTER UPDATE OF name ON candidates BEGIN
        INSERT INTO candidate_names (candidate_names, rowid, name) VALUES ('delete', old.id, old.name);
        INSERT INTO candidate_names (rowid, name) VALUES (new.id, new.name);
      END;
    `);
  },
};
