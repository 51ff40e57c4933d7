import type { Db } from '../open';

/**
 * Reads and writes of the 0060 tables: templates, assets, number counters, issued certificates,
 * the print log and the installation's signing key. Issued rows are never updated except to
 * revoke them; the snapshot, signature and PDF hash stay as they were written.
 */

export interface CertificateRecord {
  id: number;
  programId: number;
  candidateId: number;
  number: string;
  year: number;
  seq: number;
  shortCode: string;
  snapshotJson: string;
  signature: string;
  pdfSha256: string;
  issuedAt: string;
  issuedBy: string;
  revokedAt: string | null;
  revokedBy: string | null;
  revokeReason: string | null;
  replacesId: number | null;
}

export type NewCertificate = Omit<CertificateRecord, 'id' | 'revokedAt' | 'revokedBy' | 'revokeReason'>;

/** A certificate with its print counts and the certificate that replaced it, for lists. */
export interface CertificateListRecord extends CertificateRecord {
  participantNo: string;
  /** Printed on the certificate (from the snapshot), not the roster's current value. */
  nip: string;
  name: string;
  printedCount: number;
  lastPrintedAt: string | null;
  replacedById: number | null;
  replacedByNumber: string | null;
}

export interface CertificatePrintRecord {
  id: number;
  certificateId: number;
  printedAt: string;
  printedBy: string;
  door: string;
  copies: number;
}

export interface SigningKeyRecord {
  privateKey: string;
  publicKey: string;
  keyId: string;
  createdAt: string;
}

export interface CertificateAssetRecord {
  sha256: string;
  mime: 'image/png' | 'image/jpeg';
  bytes: Buffer;
  createdAt: string;
}

const CERTIFICATE_COLUMNS = `
  c.id, c.program_id AS programId, c.candidate_id AS candidateId, c.number, c.year, c.seq,
  c.short_code AS shortCode, c.snapshot_json AS snapshotJson, c.signature, c.pdf_sha256 AS pdfSha256,
  c.issued_at AS issuedAt, c.issued_by AS issuedBy, c.revoked_at AS revokedAt, c.revoked_by AS revokedBy,
  c.revoke_reason AS revokeReason, c.replaces_id AS replacesId`;

const LIST_SQL = `
  SELECT ${CERTIFICATE_COLUMNS},
    k.participant_no AS participantNo,
    json_extract(c.snapshot_json, '$.candidate.nip') AS nip,
    json_extract(c.snapshot_json, '$.candidate.name') AS name,
    coalesce(p.copies, 0) AS printedCount, p.lastAt AS lastPrintedAt,
    r.id AS replacedById, r.number AS replacedByNumber
  FROM certificates c
  JOIN candidates k ON k.id = c.candidate_id
  LEFT JOIN (SELECT certificate_id, sum(copies) AS copies, max(printed_at) AS lastAt
             FROM certificate_prints GROUP BY certificate_id) p ON p.certificate_id = c.id
  LEFT JOIN certificates r ON r.replaces_id = c.id`;

export function createCertificatesRepo(db: Db) {
  const templateOf = db.prepare(
    'SELECT template_json AS json, updated_at AS updatedAt FROM certificate_templates WHERE program_id = ?',
  );
  const saveTemplate = db.prepare(`
    INSERT INTO certificate_templates (program_id, template_json, updated_at) VALUES (?, ?, ?)
    ON CONFLICT (program_id) DO UPDATE SET template_json = excluded.template_json, updated_at = excluded.updated_at`);
  const assetOf = db.prepare(
    'SELECT sha256, mime, bytes, created_at AS createdAt FROM certificate_assets WHERE sha256 = ?',
  );
  const hasAsset = db.prepare('SELECT 1 FROM certificate_assets WHERE sha256 = ?').pluck();
  const insertAsset = db.prepare(
    'INSERT OR IGNORE INTO certificate_assets (sha256, mime, bytes, created_at) VALUES (?, ?, ?, ?)',
  );
  const counterOf = db
    .prepare('SELECT last_seq FROM certificate_counters WHERE program_id = ? AND year = ?')
    .pluck();
  const setCounter = db.prepare(`
    INSERT INTO certificate_counters (program_id, year, last_seq) VALUES (?, ?, ?)
    ON CONFLICT (program_id, year) DO UPDATE SET last_seq = excluded.last_seq`);
  const insert = db.prepare(`
    INSERT INTO certificates (program_id, candidate_id, number, year, seq, short_code, snapshot_json,
      signature, pdf_sha256, issued_at, issued_by, replaces_id)
    VALUES (@programId, @candidateId, @number, @year, @seq, @shortCode, @snapshotJson,
      @signature, @pdfSha256, @issuedAt, @issuedBy, @replacesId)`);
  const byId = db.prepare(`SELECT ${CERTIFICATE_COLUMNS} FROM certificates c WHERE c.id = ?`);
  const byNumber = db.prepare(`SELECT ${CERTIFICATE_COLUMNS} FROM certificates c WHERE c.number = ?`);
  const byShortCode = db.prepare(`SELECT ${CERTIFICATE_COLUMNS} FROM certificates c WHERE c.short_code = ?`);
  const byPdf = db.prepare(`SELECT ${CERTIFICATE_COLUMNS} FROM certificates c WHERE c.pdf_sha256 = ?`);
  const validOf = db.prepare(
    `SELECT ${CERTIFICATE_COLUMNS} FROM certificates c WHERE c.candidate_id = ? AND c.revoked_at IS NULL`,
  );
  const validOfProgram = db.prepare(
    `SELECT ${CERTIFICATE_COLUMNS} FROM certificates c WHERE c.program_id = ? AND c.revoked_at IS NULL`,
  );
  const listOf = db.prepare(`${LIST_SQL} WHERE c.program_id = ? ORDER BY c.year, c.seq`);
  const listItem = db.prepare(`${LIST_SQL} WHERE c.id = ?`);
  const numberTaken = db.prepare('SELECT 1 FROM certificates WHERE number = ?').pluck();
  const revoke = db.prepare(`
    UPDATE certificates SET revoked_at = ?, revoked_by = ?, revoke_reason = ?
    WHERE id = ? AND revoked_at IS NULL`);
  const insertPrint = db.prepare(`
    INSERT INTO certificate_prints (certificate_id, printed_at, printed_by, door, copies)
    VALUES (?, ?, ?, ?, ?)`);
  const printsOf = db.prepare(`
    SELECT id, certificate_id AS certificateId, printed_at AS printedAt, printed_by AS printedBy, door, copies
    FROM certificate_prints WHERE certificate_id = ? ORDER BY id`);
  const signingKey = db.prepare(`
    SELECT private_key AS privateKey, public_key AS publicKey, key_id AS keyId, created_at AS createdAt
    FROM signing_keys WHERE id = 1`);
  const insertSigningKey = db.prepare(`
    INSERT OR IGNORE INTO signing_keys (id, private_key, public_key, key_id, created_at)
    VALUES (1, ?, ?, ?, ?)`);

  return {
    template(programId: number): { json: string; updatedAt: string } | null {
      return (templateOf.get(programId) as { json: string; updatedAt: string } | undefined) ?? null;
    },
    saveTemplate(programId: number, json: string, at: string): void {
      saveTemplate.run(programId, json, at);
    },
    asset(sha256: string): CertificateAssetRecord | null {
      return (assetOf.get(sha256) as CertificateAssetRecord | undefined) ?? null;
    },
    hasAsset(sha256: string): boolean {
      return hasAsset.get(sha256) !== undefined;
    },
    /** Content-addressed: storing the same image twice is a no-op. */
    insertAsset(sha256: string, mime: CertificateAssetRecord['mime'], bytes: Buffer, at: string): void {
      insertAsset.run(sha256, mime, bytes, at);
    },
    /** The last sequence number used for a programme and year; 0 before the first certificate. */
    lastSeq(programId: number, year: number): number {
      return (counterOf.get(programId, year) as number | undefined) ?? 0;
    },
    setLastSeq(programId: number, year: number, seq: number): void {
      setCounter.run(programId, year, seq);
    },
    insert(certificate: NewCertificate): number {
      return Number(insert.run(certificate).lastInsertRowid);
    },
    get(id: number): CertificateRecord | null {
      return (byId.get(id) as CertificateRecord | undefined) ?? null;
    },
    byNumber(number: string): CertificateRecord | null {
      return (byNumber.get(number) as CertificateRecord | undefined) ?? null;
    },
    byShortCode(shortCode: string): CertificateRecord | null {
      return (byShortCode.get(shortCode) as CertificateRecord | undefined) ?? null;
    },
    byPdfSha256(sha256: string): CertificateRecord | null {
      return (byPdf.get(sha256) as CertificateRecord | undefined) ?? null;
    },
    validFor(candidateId: number): CertificateRecord | null {
      return (validOf.get(candidateId) as CertificateRecord | undefined) ?? null;
    },
    validOfProgram(programId: number): CertificateRecord[] {
      return validOfProgram.all(programId) as CertificateRecord[];
    },
    list(programId: number): CertificateListRecord[] {
      return listOf.all(programId) as CertificateListRecord[];
    },
    listItem(id: number): CertificateListRecord | null {
      return (listItem.get(id) as CertificateListRecord | undefined) ?? null;
    },
    numberTaken(number: string): boolean {
      return numberTaken.get(number) !== undefined;
    },
    /** False when the certificate was already revoked (by someone else, a moment ago). */
    revoke(id: number, at: string, by: string, reason: string): boolean {
      return revoke.run(at, by, reason, id).changes === 1;
    },
    logPrint(certificateId: number, at: string, by: string, door: string, copies: number): void {
      insertPrint.run(certificateId, at, by, door, copies);
    },
    prints(certificateId: number): CertificatePrintRecord[] {
      return printsOf.all(certificateId) as CertificatePrintRecord[];
    },
    signingKey(): SigningKeyRecord | null {
      return (signingKey.get() as SigningKeyRecord | undefined) ?? null;
    },
    /** First writer wins: a second process generating a key at the same moment keeps the first. */
    insertSigningKey(key: SigningKeyRecord): void {
      insertSigningKey.run(key.privateKey, key.publicKey, key.keyId, key.createdAt);
    },
  };
}

export type CertificatesRepo = ReturnType<typeof createCertificatesRepo>;

/** One certificate as the results workbook lists it. */
export interface CertificateExportRow {
  candidateId: number;
  /** As printed on the certificate (the snapshot), which a later roster edit does not change. */
  nip: string;
  name: string;
  number: string;
  issuedAt: string;
  revokedAt: string | null;
  revokeReason: string | null;
  /** Copies printed, summed over the print log. */
  printedCount: number;
  lastPrintedAt: string | null;
}

/**
 * Every certificate of a programme, valid and revoked, ordered by participant number and then
 * by issue order (so a re-issue follows the one it replaced). A candidate's current number is
 * the row with `revokedAt === null`; there is at most one. A plain function of the database, so
 * a workbook job in a worker thread can call it on its own connection.
 */
export function certificateExportRows(db: Db, programId: number): CertificateExportRow[] {
  return db
    .prepare(
      `SELECT c.candidate_id AS candidateId,
         json_extract(c.snapshot_json, '$.candidate.nip') AS nip,
         json_extract(c.snapshot_json, '$.candidate.name') AS name,
         c.number, c.issued_at AS issuedAt, c.revoked_at AS revokedAt, c.revoke_reason AS revokeReason,
         coalesce(p.copies, 0) AS printedCount, p.lastAt AS lastPrintedAt
       FROM certificates c
       JOIN candidates k ON k.id = c.candidate_id
       LEFT JOIN (SELECT certificate_id, sum(copies) AS copies, max(printed_at) AS lastAt
                  FROM certificate_prints GROUP BY certificate_id) p ON p.certificate_id = c.id
       WHERE c.program_id = ?
       ORDER BY k.participant_no, c.issued_at, c.id`,
    )
    .all(programId) as CertificateExportRow[];
}
