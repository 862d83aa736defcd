import zlib from 'node:zlib';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import etag from '@fastify/etag';
import formbody from '@fastify/formbody';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import { ASSET_ROOTS } from '../../ui/assets.ts';
import security from './security.ts';

export interface ExternalOptions {
  https: boolean;
  baseUrl: string;
  sessionSecret: string;
}

/** Third-party plugins, registered before the app's own: headers, cookies, bodies, compression, OpenAPI. */
export async function registerExternalPlugins(app: FastifyInstance, options: ExternalOptions): Promise<void> {
  await app.register(security, { https: options.https });
  await app.register(cookie, { secret: options.sessionSecret });
  await app.register(formbody, { bodyLimit: 1024 * 1024 });
  // Brotli's default quality (11) costs milliseconds per page; 5 keeps most of the gain at a fraction.
  await app.register(compress, {
    encodings: ['br', 'gzip'],
    threshold: 1024,
    brotliOptions: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } },
  });
  await app.register(etag, { weak: true });
  await app.register(fastifyStatic, {
    root: [...ASSET_ROOTS],
    prefix: '/assets/',
    // Every reference carries ?v=<content hash>, so a file's URL changes when its content does.
    maxAge: '365d',
    immutable: true,
    etag: false,
    lastModified: false,
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Portal Klastrów API',
        version: '1.0.0',
        description: [
          'The JSON interface of Portal Klastrów. Errors always have the shape { error: { code, message, fields? } }; ' +
            '`fields` names the request’s own properties (JSON paths), and every input problem has the code validation_failed.',
          'Messages and names follow `Accept-Language`: `en` gives English, `pl` Polish, and without either the ' +
            'language chosen on the site, else Polish; each answer says which in Content-Language.',
          'Authentication: send `Authorization: Bearer pk_…`, a personal token from POST /api/v1/auth/tokens. Operators, ' +
            'experts and administrators (staff) first set up two-step verification in the pages (sign in, then ' +
            '/konto/2fa: scan the QR code with an authenticator app and confirm a code), then create the token with ' +
            'e-mail, password and the current 6-digit TOTP code (`totp`). A code is accepted within ±1 time step of ' +
            '30 seconds (the previous, current or next code), and only once: a code already used, e.g. to sign in to ' +
            'the pages, is refused, so wait for the next one. GET /api/v1/me lists the roles the token carries.',
        ].join('\n\n'),
      },
      servers: [{ url: options.baseUrl }],
      components: {
        securitySchemes: {
          bearerAuth: { type: 'http', scheme: 'bearer', description: 'A personal API token (pk_…)' },
        },
      },
    },
    // Only the JSON API belongs in the OpenAPI document; HTML pages and probes stay out of it.
    transform: ({ schema, url }) => ({
      schema: url.startsWith('/api/v1/') ? schema : { ...schema, hide: true },
      url,
    }),
  });
}
