import type { FastifyInstance } from 'fastify';
import { loadSigningKey, type SigningKey } from './signing.ts';

const keys = new WeakMap<FastifyInstance['db'], Promise<SigningKey>>();

/** The signing key of this app's database, loaded (or created) once per process. */
export function signingKeyOf(app: FastifyInstance): Promise<SigningKey> {
  let key = keys.get(app.db);
  if (!key) {
    key = loadSigningKey(app.db, app.config.certificateSigningKey, app.clock.now());
    key.catch(() => keys.delete(app.db));
    keys.set(app.db, key);
  }
  return key;
}
