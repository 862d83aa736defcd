import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  sign,
  verify,
} from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

export interface SigningKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** SHA-256 of the public key (SPKI DER), the first 16 bytes in hex: printed on every certificate. */
  fingerprint: string;
}

function keyOf(privateKey: KeyObject): SigningKey {
  if (privateKey.asymmetricKeyType !== 'ed25519')
    throw new Error('The certificate signing key must be Ed25519');
  const publicKey = createPublicKey(privateKey);
  const spki = publicKey.export({ type: 'spki', format: 'der' });
  return { privateKey, publicKey, fingerprint: createHash('sha256').update(spki).digest('hex').slice(0, 32) };
}

/** CERTIFICATE_SIGNING_KEY: a PKCS#8 PEM, or its DER in base64. */
export function parseSigningKey(value: string): SigningKey {
  const text = value.trim();
  const privateKey = text.startsWith('-----BEGIN')
    ? createPrivateKey(text)
    : createPrivateKey({ key: Buffer.from(text, 'base64'), format: 'der', type: 'pkcs8' });
  return keyOf(privateKey);
}

/**
 * The configured key, or else the one stored in the database: created by whichever instance asks
 * first (id 1, the insert of any other loses quietly) and read back, so every instance signs alike.
 */
export async function loadSigningKey(
  db: Kysely<Database>,
  configured: string | undefined,
  now: Date,
): Promise<SigningKey> {
  if (configured) return parseSigningKey(configured);
  const stored = await db
    .selectFrom('certificateSigningKeys')
    .select('privateKeyPem')
    .where('id', '=', 1)
    .executeTakeFirst();
  if (stored) return parseSigningKey(stored.privateKeyPem);
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  await db
    .insertInto('certificateSigningKeys')
    .values({
      id: 1,
      privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
      createdAt: now.toISOString(),
    })
    .onConflict((conflict) => conflict.column('id').doNothing())
    .execute();
  const winner = await db
    .selectFrom('certificateSigningKeys')
    .select('privateKeyPem')
    .where('id', '=', 1)
    .executeTakeFirstOrThrow();
  return parseSigningKey(winner.privateKeyPem);
}

/** JSON with keys in sorted order (RFC 8785 for flat objects of strings, integers and nulls). */
export function canonicalJson(facts: Record<string, string | number | null>): string {
  return JSON.stringify(
    Object.fromEntries(Object.entries(facts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  );
}

export function signText(key: SigningKey, text: string): string {
  return sign(null, Buffer.from(text, 'utf8'), key.privateKey).toString('base64url');
}

export function signatureHolds(key: SigningKey, text: string, signature: string): boolean {
  try {
    return verify(null, Buffer.from(text, 'utf8'), key.publicKey, Buffer.from(signature, 'base64url'));
  } catch {
    return false;
  }
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Where anyone checks a certificate: the address its QR code holds (ASCII, for reliable scanning). */
export function verificationUrl(baseUrl: string, code: string): string {
  return `${baseUrl}/weryfikacja/${encodeURIComponent(code)}`;
}
