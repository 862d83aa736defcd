import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { migratedDatabase, type TestDatabase } from '../../../test/database.ts';
import { loadConfig } from '../../config.ts';
import { canonicalJson, loadSigningKey, parseSigningKey, signatureHolds, signText } from './signing.ts';

const NOW = new Date('2026-11-27T10:00:00Z');

describe('the certificate signing key', () => {
  let database: TestDatabase;

  before(async () => {
    database = await migratedDatabase();
  });
  after(() => database.destroy());

  it('is created once and shared by every instance of one database', async () => {
    const [first, second] = await Promise.all([
      loadSigningKey(database.db, undefined, NOW),
      loadSigningKey(database.db, undefined, NOW),
    ]);
    const later = await loadSigningKey(database.db, undefined, NOW);
    assert.equal(first.fingerprint, second.fingerprint);
    assert.equal(first.fingerprint, later.fingerprint);
    const rows = await database.db.selectFrom('certificateSigningKeys').select('id').execute();
    assert.equal(rows.length, 1);
    const signature = signText(first, '{"a":1}');
    assert.ok(signatureHolds(later, '{"a":1}', signature));
    assert.ok(!signatureHolds(later, '{"a":2}', signature));
    assert.ok(!signatureHolds(later, '{"a":1}', 'not-a-signature'));
  });

  it('comes from CERTIFICATE_SIGNING_KEY when set, as PEM or base64 DER', async () => {
    const { privateKey } = generateKeyPairSync('ed25519');
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const der = privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64');
    const fromPem = await loadSigningKey(database.db, pem, NOW);
    assert.equal(parseSigningKey(der).fingerprint, fromPem.fingerprint);
    const stored = await loadSigningKey(database.db, undefined, NOW);
    assert.notEqual(stored.fingerprint, fromPem.fingerprint);
    assert.equal(loadConfig({ CERTIFICATE_SIGNING_KEY: der }).certificateSigningKey, der);
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({
      type: 'pkcs8',
      format: 'pem',
    });
    for (const wrong of ['nonsense', rsa.toString()])
      assert.throws(
        () => loadConfig({ CERTIFICATE_SIGNING_KEY: wrong }),
        /CERTIFICATE_SIGNING_KEY must be an Ed25519/,
      );
  });

  it('signs a canonical JSON: keys sorted, nulls kept', () => {
    assert.equal(canonicalJson({ b: 1, a: null, ą: 'ż', A: 'x' }), '{"A":"x","a":null,"b":1,"ą":"ż"}');
  });
});
