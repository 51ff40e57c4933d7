/**
 * The installation's Ed25519 key pair: made once, on the first certificate, and kept in
 * `signing_keys`. Certificates carry its key id; anyone holding the exported public key can check
 * a QR code's signature without Asesa.
 */
import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import type { CallContext } from '../../context';
import type { AuditRepo } from '../../db/repos/audit.repo';
import type { CertificatesRepo } from '../../db/repos/certificates.repo';
import type { Db } from '../../db/open';
import { sha256Hex } from './verification-code';

export interface InstallationKey {
  keyId: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
  publicKeyPem: string;
  createdAt: string;
}

/** First 16 hex digits of the SHA-256 of the public key (SPKI, DER). */
export function keyIdOf(spkiDer: Buffer): string {
  return sha256Hex(spkiDer).slice(0, 16);
}

/** A fresh key pair in the stored form (used once per installation, and by tests). */
export function generateSigningKey(createdAt: string) {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const spki = publicKey.export({ type: 'spki', format: 'der' });
  return {
    privateKey: privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64'),
    publicKey: spki.toString('base64'),
    keyId: keyIdOf(spki),
    createdAt,
  };
}

/**
 * Loads the key, creating it first if this installation has none. Two processes racing here both
 * end up with the one row that was written first. `onCreated` lets the caller audit the creation.
 */
export function installationKey(
  repo: CertificatesRepo,
  at: string,
  onCreated?: (keyId: string) => void,
): InstallationKey {
  let stored = repo.signingKey();
  if (!stored) {
    const fresh = generateSigningKey(at);
    repo.insertSigningKey(fresh);
    stored = repo.signingKey();
    if (!stored) throw new Error('certificates: the signing key was not stored');
    if (stored.keyId === fresh.keyId) onCreated?.(stored.keyId);
  }
  const privateKey = createPrivateKey({
    key: Buffer.from(stored.privateKey, 'base64'),
    format: 'der',
    type: 'pkcs8',
  });
  const publicKey = createPublicKey({
    key: Buffer.from(stored.publicKey, 'base64'),
    format: 'der',
    type: 'spki',
  });
  return {
    keyId: stored.keyId,
    privateKey,
    publicKey,
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    createdAt: stored.createdAt,
  };
}

export function signMessage(key: KeyObject, message: Buffer): Buffer {
  // Ed25519 hashes internally: the algorithm argument must be null.
  return sign(null, message, key);
}

export function verifyMessage(key: KeyObject, message: Buffer, signature: Buffer): boolean {
  try {
    return verify(null, message, key, signature);
  } catch {
    return false;
  }
}

/**
 * The key of this installation, loaded once per service. `current` creates it on first use (and
 * audits that); `existing` never creates one, for verification before anything was issued.
 */
export function createKeyring(deps: { db: Db; repo: CertificatesRepo; audit: AuditRepo; now: () => Date }) {
  let cached: InstallationKey | undefined;
  return {
    current(ctx: CallContext): InstallationKey {
      if (cached) return cached;
      const at = deps.now().toISOString();
      cached = deps.db
        .transaction(() =>
          installationKey(deps.repo, at, (keyId) =>
            deps.audit.record(ctx, at, {
              action: 'certificates:create-key',
              entity: 'signing-key',
              entityId: null,
              programId: null,
              after: { keyId, algorithm: 'Ed25519' },
            }),
          ),
        )
        .immediate();
      return cached;
    },
    existing(): InstallationKey | null {
      if (cached) return cached;
      if (!deps.repo.signingKey()) return null;
      cached = installationKey(deps.repo, deps.now().toISOString());
      return cached;
    },
  };
}

export type Keyring = ReturnType<typeof createKeyring>;
