/**
 * The two codes printed on a certificate, and the message its signature covers.
 *
 * - The QR text `ASESA1:<number>|<nip>|<keyId>|<signature>` carries everything needed to check
 *   the signature against this installation's key (about 150 characters: a small, robust QR).
 * - The short code `K7QM-3XHD-92AB` is for people typing from paper: 10 Crockford base32
 *   characters taken from the signature, plus 2 check characters so a typo is caught as a typo
 *   instead of being answered "not issued here".
 */
import { createHash } from 'node:crypto';

export const QR_PREFIX = 'ASESA1:';

/**
 * JSON with object keys sorted at every level and no whitespace: the same value always gives the
 * same bytes, so its hash and signature can be recomputed from the stored snapshot.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(record)
        .filter((key) => record[key] !== undefined)
        .sort()
        .map((key) => [key, sortKeys(record[key])]),
    );
  }
  return value;
}

export function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

export interface SignedFields {
  number: string;
  /** 18 digits. */
  nip: string;
  keyId: string;
  /** SHA-256 (hex) of the snapshot's canonical JSON. */
  snapshotSha256: string;
}

/** The exact bytes an installation signs for one certificate. */
export function signedMessage(fields: SignedFields): Buffer {
  return Buffer.from(
    canonicalJson({
      v: 1,
      number: fields.number,
      nip: fields.nip,
      keyId: fields.keyId,
      snapshot: fields.snapshotSha256,
    }),
    'utf8',
  );
}

// ---------------------------------------------------------------------------------------------
// QR text

export interface QrFields {
  number: string;
  nip: string;
  keyId: string;
  signature: Buffer;
}

export function qrTextOf(fields: QrFields): string {
  return `${QR_PREFIX}${fields.number}|${fields.nip}|${fields.keyId}|${fields.signature.toString('base64url')}`;
}

/** Null when the text is not an Asesa QR code at all. */
export function parseQrText(text: string): QrFields | null {
  const trimmed = text.trim();
  if (!trimmed.toUpperCase().startsWith(QR_PREFIX)) return null;
  const parts = trimmed.slice(QR_PREFIX.length).split('|');
  if (parts.length !== 4) return null;
  const [number, nip, keyId, signature] = parts as [string, string, string, string];
  if (number === '' || !/^\d{18}$/.test(nip) || !/^[0-9a-f]{16}$/.test(keyId)) return null;
  if (!/^[A-Za-z0-9_-]{86}$/.test(signature)) return null;
  return { number, nip, keyId, signature: Buffer.from(signature, 'base64url') };
}

// ---------------------------------------------------------------------------------------------
// Short code

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const DATA_CHARS = 10;
const CHECK_CHARS = 2;

function base32(bytes: Buffer, chars: number): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < chars) {
      out += ALPHABET[(buffer >> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
    if (out.length === chars) break;
  }
  return out;
}

function checkOf(data: string): string {
  return base32(createHash('sha256').update(data).digest(), CHECK_CHARS);
}

/** `K7QM-3XHD-92AB`: 50 bits of the signature and a 10-bit check. */
export function shortCodeOf(signature: Buffer): string {
  const data = base32(signature, DATA_CHARS);
  const code = data + checkOf(data);
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}

export type ShortCodeParse = { kind: 'code'; shortCode: string } | { kind: 'typo' } | { kind: 'not-a-code' };

/**
 * Reads a typed code the forgiving Crockford way: any case, spaces or dashes anywhere, O for 0,
 * I and L for 1. Returns the stored form when the check characters agree.
 */
export function parseShortCode(text: string): ShortCodeParse {
  const compact = text.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (compact.length !== DATA_CHARS + CHECK_CHARS) return { kind: 'not-a-code' };
  if (![...compact].every((c) => ALPHABET.includes(c))) return { kind: 'not-a-code' };
  const data = compact.slice(0, DATA_CHARS);
  if (checkOf(data) !== compact.slice(DATA_CHARS)) return { kind: 'typo' };
  return { kind: 'code', shortCode: `${compact.slice(0, 4)}-${compact.slice(4, 8)}-${compact.slice(8)}` };
}
