import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { LRUCache } from 'lru-cache';
import { readPreferences } from '../../ui/preferences.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A public page that is the same for every anonymous visitor with the same display choices. */
    pageCache?: boolean;
  }
  interface FastifyInstance {
    pageCache: PageCache;
  }
}

export interface PageCache {
  /** Keeps a rendered page if its route and visitor allow it. */
  remember(request: FastifyRequest, reply: FastifyReply, html: string): void;
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
  /** Encoded once, so a hit sends bytes without converting the text again. */
  body: Buffer;
  /** The same weak ETag @fastify/etag would compute, kept so a hit does not hash the page again. */
  etag: string;
  language: string;
}

function weakEtag(body: Buffer): string {
  return `W/"${createHash('sha1').update(body).digest('base64')}"`;
}

/**
 * Rendered public pages for anonymous visitors, kept in memory for a few seconds, so a busy page
 * costs one query and one render per interval instead of one per request. Each instance keeps its
 * own copy (bounded in bytes, least recently used out first). Compression and ETags still apply.
 */
export default fp(
  async (app: FastifyInstance, options: PageCacheOptions) => {
    const cache = new LRUCache<string, CachedPage>({
      ttl: options.ttlMs,
      maxSize: options.maxBytes,
      sizeCalculation: (page) => page.body.length + 200,
    });

    const cacheable = (request: FastifyRequest) =>
      options.ttlMs > 0 &&
      request.method === 'GET' &&
      request.routeOptions.config?.pageCache === true &&
      !options.privateCookies.some((name) => request.cookies[name] !== undefined);

    // The same choices the layout applies; read from the cookies so this hook needs nothing else.
    const keyOf = (request: FastifyRequest) => {
      const { locale, contrast, textSize } = readPreferences(request.cookies);
      return `${locale}|${contrast ?? '-'}|${textSize}|${request.url}`;
    };

    app.decorate('pageCache', {
      remember(request, reply, html) {
        if (reply.statusCode === 200 && cacheable(request)) {
          const body = Buffer.from(html);
          cache.set(keyOf(request), {
            body,
            etag: weakEtag(body),
            language: String(reply.getHeader('content-language') ?? 'pl'),
          });
        }
      },
      clear: () => cache.clear(),
    } satisfies PageCache);

    app.addHook('onRequest', async (request, reply) => {
      if (!cacheable(request)) return;
      const hit = cache.get(keyOf(request));
      if (!hit) return;
      return reply
        .header('etag', hit.etag)
        .header('content-language', hit.language)
        .header('vary', 'Cookie')
        .type('text/html; charset=utf-8')
        .send(hit.body);
    });
  },
  { name: 'page-cache', dependencies: ['@fastify/cookie'] },
);
