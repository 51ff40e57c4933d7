import type { Migration } from '../migrate';

/**
 * Certificates (issue 6): the programme's template, number counters, issued certificates with
 * their frozen snapshot, revocations, the print log, and the installation's signing key.
 *
 * An issued certificate never changes: its snapshot holds every printed field and the template as
 * it was, images are kept by content hash in an append-only table, and the PDF is rendered again
 * from the snapshot alone; `pdf_sha256` proves a reprint is the same document.
 */
export const createCertificates: Migration = {
  version: 60,
  name: 'create-certificates',
  up(db) {
    db.exec(`
      -- Images (logo, background, signature stamp) by SHA-256; rows are never updated or deleted
      -- while a snapshot names them.
      CREATE TABLE certificate_assets (
        sha256 TEXT PRIMARY KEY,
        mime TEXT NOT NULL CHECK (mime IN ('image/png', 'image/jpeg')),
        bytes BLOB NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;

      -- The editable template of a programme (JSON checked by the shared schema).
      CREATE TABLE certificate_templates (
        program_id INTEGER PRIMARY KEY REFERENCES programs(id),
        template_json TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      -- One counter per programme and year, bumped inside the issuing transaction.
      CREATE TABLE certificate_counters (
        program_id INTEGER NOT NULL REFERENCES programs(id),
        year INTEGER NOT NULL,
        last_seq INTEGER NOT NULL,
        PRIMARY KEY (program_id, year)
      ) STRICT;

      CREATE TABLE certificates (
        id INTEGER PRIMARY KEY,
        program_id INTEGER NOT NULL REFERENCES programs(id),
        candidate_id INTEGER NOT NULL REFERENCES candidates(id),
        number TEXT NOT NULL UNIQUE,
        year INTEGER NOT NULL,
        seq INTEGER NOT NULL,
        short_code TEXT NOT NULL UNIQUE,
        snapshot_json TEXT NOT NULL,
        signature TEXT NOT NULL,
        pdf_sha256 TEXT NOT NULL,
        issued_at TEXT NOT NULL,
        issued_by TEXT NOT NULL,
        revoked_at TEXT,
        revoked_by TEXT,
        revoke_reason TEXT,
        replaces_id INTEGER REFERENCES certificates(id),
        UNIQUE (program_id, year, seq),
        CHECK ((revoked_at IS NULL) = (revoke_reason IS NULL))
      ) STRICT;
      -- At most one valid certificate per candidate: a correction revokes the old one first.
      CREATE UNIQUE INDEX certificates_valid ON certificates(candidate_id) WHERE revoked_at IS NULL;
      CREATE INDEX certificates_program ON certificates(program_id, seq);

      CREATE TABLE certificate_prints (
        id INTEGER PRIMARY KEY,
        certificate_id INTEGER NOT NULL REFERENCES certificates(id),
        printed_at TEXT NOT NULL,
        printed_by TEXT NOT NULL,
        door TEXT NOT NULL,
        copies INTEGER NOT NULL DEFAULT 1 CHECK (copies >= 1)
      ) STRICT;
      CREATE INDEX certificate_prints_certificate ON certificate_prints(certificate_id);

      -- The installation's Ed25519 key pair (PKCS#8 / SPKI, DER, base64). One row.
      CREATE TABLE signing_keys (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        private_key TEXT NOT NULL,
        public_key TEXT NOT NULL,
        key_id TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
