import { generateKeyPairSync } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { FastifyInstance } from 'fastify';
import { passwordProblem } from './modules/accounts/passwordStrength.ts';
import { hashPassword } from './modules/accounts/passwords.ts';
import { newTotpSecret, totpUri } from './modules/accounts/totp.ts';
import { signingKeyOf } from './modules/certificates/keyring.ts';
import { parseSigningKey } from './modules/certificates/signing.ts';

/**
 * What the first requests of some pages would otherwise load while a visitor waits: the certificate's
 * PDF library, fonts and font engine (first PDF: seconds), the password checker's word lists and
 * argon2 (registration, password changes), the QR encoder (two-step set-up). Each step runs once, in
 * turn, after the server listens: start-up is not delayed, and a failure is only logged (the request
 * that needs it loads it again). Tests build the app without the server, so they never run it.
 */
export function warmUp(app: FastifyInstance): Promise<void> {
  const steps: [string, () => Promise<unknown>][] = [
    ['password checker', () => passwordProblem('rozgrzewka-portalu-klastrow', ['portal'])],
    ['argon2', () => hashPassword('rozgrzewka-portalu-klastrow')],
    ['qr code', async () => (await import('qrcode')).default.toDataURL(totpUri(newTotpSecret(), 'a@b.pl'))],
    ['certificate signing key', () => signingKeyOf(app)],
    ['certificate pdf', () => throwawayCertificate(app.config.baseUrl)],
  ];
  return (async () => {
    const started = performance.now();
    for (const [name, step] of steps) {
      await nextTurn();
      await step().catch((error: unknown) => app.log.warn({ err: error, step: name }, 'warm-up step failed'));
    }
    app.log.info({ ms: Math.round(performance.now() - started) }, 'warmed up');
  })();
}

/** Draws one certificate with made-up facts and a key of its own, then drops it. */
async function throwawayCertificate(baseUrl: string): Promise<void> {
  const { certificatePdf } = await import('./modules/certificates/certificatePdf.ts');
  const key = parseSigningKey(
    generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  );
  await certificatePdf(
    {
      code: 'ROZGRZEWKAROZGRZEWKAROZGRZEWKA00',
      programme: 'kkk',
      roundNumber: 1,
      roundYear: 2026,
      cluster: 'Klaster Łódzki „Zażółć gęślą jaźń”',
      representedBy: null,
      documentNumber: null,
      documentDate: null,
      validUntil: null,
    },
    baseUrl,
    key,
  );
}
