import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { LRUCache } from 'lru-cache';
import { readPreferences } from '../../ui/preferences.ts';
import { preferredEncoding } from './accept-encoding.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A public page or API answer that is the same for every anonymous visitor with the same display choices. */
    pageCache?: boolean;
  }
  interface FastifyInstance {
    pageCache: PageCache;
  }
}

export interface PageCache {
  /** Forgets every page: call it after a write that public pages show. */
  clear(): void;
}

export interface PageCacheOptions {
  /** How long a rendered page may be served; bounds what another instance may still show after a write. */
  ttlMs: number;
  maxBytes: number;
  /** Cookies that mean the visitor is signed in: such visitors always get a fresh page. */
  privateCookies: readonly string[];
}

interface CachedPage {
  /** The page as sent without compression, and compressed once for browsers that accept it. */
  bodies: { identity: Buffer; br: Buffer; gzip: Buffer };
  /** Every header of the first answer (security headers included), so a hit needs no other hook. */
  headers: Record<string, string>;
}

// Headers that belong to one response only, or that the hit sets itself.
const PER_RESPONSE_HEADERS = new Set([
  'set-cookie',
  'content-length',
  'x-request-id',
  'content-encoding',
  'vary',
]);

function storedHeaders(reply: FastifyReply, body: Buffer): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(reply.getHeaders())) {
    if (!PER_RESPONSE_HEADERS.has(name) && value !== undefined) headers[name] = String(value);
  }
  // The weak ETag @fastify/etag would compute; with it set, the plugin only answers If-None-Match.
  headers.etag = `W/"${createHash('sha1').update(body).digest('base64')}"`;
  return headers;
}

/**
 * Rendered public pages for anonymous visitors, kept in memory for a few seconds, so a busy page
 * costs one query, one render and one compression per interval instead of per request. A hit is
 * answered from the first hook with the stored headers. Each instance keeps its own copy (bounded
 * in bytes, least recently used out first); writes clear it and the short TTL bounds the rest.
 *
 * When a page's time is up, the first request renders it afresh while the others are still answered
 * with the page they would have got a moment earlier (stale-while-revalidate): without that, every
 * request arriving during the render would render the page too, all at once.
 */
export default fp(
  async (app: FastifyInstance, options: PageCacheOptions) => {
    const cache = new LRUCache<string, CachedPage>({
      ttl: options.ttlMs,
      allowStale: true,
      noDeleteOnStaleGet: true,
      maxSize: options.maxBytes,
      sizeCalculation: (page) =>
        page.bodies.identity.length + page.bodies.br.length + page.bodies.gzip.length + 1000,
    });

    // This hook runs before the cookie plugin's, so it reads the cookies it needs itself.
    const cookiesOf = (request: FastifyRequest) => app.parseCookie(request.headers.cookie ?? '');

    const cacheable = (request: FastifyRequest, cookies: Record<string, string | undefined>) =>
      options.ttlMs > 0 &&
      request.method === 'GET' &&
      request.routeOptions.config?.pageCache === true &&
      !options.privateCookies.some((name) => cookies[name] !== undefined);

    const keyOf = (request: FastifyRequest, cookies: Record<string, string | undefined>) => {
      const { locale, contrast, textSize } = readPreferences(cookies);
      return `${locale}|${contrast ?? '-'}|${textSize}|${request.url}`;
    };

    app.decorate('pageCache', { clear: () => cache.clear() } satisfies PageCache);
    // Pages being rendered afresh, and by which request, so only one request renders each.
    const refreshing = new Set<string>();
    const refresherOf = new WeakMap<FastifyRequest, string>();

    // Runs before the compression and ETag hooks (registered later), so it sees the text as rendered.
    app.addHook('onSend', async (request, reply, payload) => {
      if (reply.statusCode !== 200 || typeof payload !== 'string' || reply.hasHeader('content-encoding'))
        return payload;
      const cookies = cookiesOf(request);
      if (!cacheable(request, cookies)) return payload;
      const identity = Buffer.from(payload);
      const br = brotliCompressSync(identity, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } });
      const bodies = { identity, br, gzip: gzipSync(identity) };
      cache.set(keyOf(request, cookies), { bodies, headers: storedHeaders(reply, identity) });
      return payload;
    });

    app.addHook('onRequest', async (request, reply) => {
      if (request.method !== 'GET' || request.routeOptions.config?.pageCache !== true) return;
      const cookies = cookiesOf(request);
      if (!cacheable(request, cookies)) return;
      const key = keyOf(request, cookies);
      const status: LRUCache.Status<string, CachedPage> = {};
      const hit = cache.get(key, { status });
      if (!hit) return;
      if (status.get === 'stale' && !refreshing.has(key)) {
        refreshing.add(key);
        refresherOf.set(request, key);
        return;
      }
      const encoding = preferredEncoding(request.headers['accept-encoding']);
      reply.headers(hit.headers).header('vary', 'Cookie, Accept-Encoding');
      if (encoding !== 'identity') reply.header('content-encoding', encoding);
      return reply.send(hit.bodies[encoding]);
    });

    // After onSend has stored the fresh page, or when the render failed, the next request may try.
    app.addHook('onResponse', async (request) => {
      const key = refresherOf.get(request);
      if (key !== undefined) refreshing.delete(key);
    });
  },
  { name: 'page-cache' },
);
