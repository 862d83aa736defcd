import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { fastifyCookie } from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { LRUCache } from 'lru-cache';
import { readPreferences } from '../../ui/preferences.ts';
import { preferredEncoding } from './acceptEncoding.ts';
import { requestIdOf } from './requestId.ts';
import { requestLocale } from './requestLocale.ts';

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

type Encoding = 'identity' | 'br' | 'gzip';

interface CachedPage {
  /** The page as sent without compression, and compressed once for browsers that accept it. */
  bodies: Record<Encoding, Buffer>;
  etag: string;
  /**
   * The answer's headers for each encoding and for 304, as the flat [name, value, …] list writeHead
   * takes, built once: every header of the first answer (security headers included) and its own.
   */
  heads: Record<Encoding | 'notModified', string[]>;
  /** The route's pattern, for the request metrics. */
  route: string;
}

/** Told of every answer the store gives, so the request metrics count kept pages too. */
export type AnswerListener = (answer: { route: string; status: number; seconds: number }) => void;

// Headers that belong to one response only, or that a kept answer sets itself.
const PER_RESPONSE_HEADERS = new Set([
  'etag',
  'set-cookie',
  'content-length',
  'x-request-id',
  'content-encoding',
  'vary',
]);

// A refresh that never reported back (its client went away mid-render) stops blocking others after this.
const REFRESH_CLAIM_MS = 30_000;

type Cookies = Record<string, string | undefined>;

/** A rendered page in every form a kept answer needs, with the headers its first answer got. */
function pageToKeep(reply: FastifyReply, payload: string, route: string): CachedPage {
  const identity = Buffer.from(payload);
  const bodies = {
    identity,
    br: brotliCompressSync(identity, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }),
    gzip: gzipSync(identity),
  };
  // The weak ETag @fastify/etag would compute.
  const etag = `W/"${createHash('sha1').update(identity).digest('base64')}"`;
  const byLanguage = /accept-language/i.test(String(reply.getHeader('vary') ?? ''));
  const shared = ['etag', etag, 'vary', `Cookie, Accept-Encoding${byLanguage ? ', Accept-Language' : ''}`];
  for (const [name, value] of Object.entries(reply.getHeaders())) {
    if (!PER_RESPONSE_HEADERS.has(name) && value !== undefined) shared.push(name, String(value));
  }
  const withBody = (encoding: Encoding) => [
    ...shared,
    'content-length',
    String(bodies[encoding].length),
    ...(encoding === 'identity' ? [] : ['content-encoding', encoding]),
  ];
  const heads = {
    identity: withBody('identity'),
    br: withBody('br'),
    gzip: withBody('gzip'),
    notModified: shared,
  };
  return { bodies, etag, heads, route };
}

/** Whether If-None-Match names the page's ETag (weak comparison, as for GET). */
function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.trim() === '*' || header.split(',').some((tag) => opaque(tag) === opaque(etag));
}

/**
 * Rendered public pages for anonymous visitors, kept in memory for a few seconds, so a busy page
 * costs one query, one render and one compression per interval instead of per request. Each
 * instance keeps its own copy (bounded in bytes, least recently used out first); writes clear it
 * and the short TTL bounds the rest.
 *
 * A kept page is answered by the HTTP server itself (see pageCacheServer) before Fastify sees the
 * request: the page carries the headers every hook gave it the first time, so running the hooks
 * again would only repeat their work.
 *
 * When a page's time is up, the first request renders it afresh while the others are still answered
 * with the page they would have got a moment earlier (stale-while-revalidate): without that, every
 * request arriving during the render would render the page too, all at once.
 */
export function createPageStore(options: PageCacheOptions) {
  const cache = new LRUCache<string, CachedPage>({
    ttl: options.ttlMs,
    allowStale: true,
    noDeleteOnStaleGet: true,
    maxSize: options.maxBytes,
    sizeCalculation: (page) =>
      page.bodies.identity.length + page.bodies.br.length + page.bodies.gzip.length + 5000,
  });
  // Pages being rendered afresh (since when), and by which request, so only one request renders each.
  const refreshing = new Map<string, number>();
  const refresherOf = new WeakMap<IncomingMessage, string>();
  let listener: AnswerListener | undefined;

  const isPrivate = (cookies: Cookies) => options.privateCookies.some((name) => cookies[name] !== undefined);
  // The answer's language is part of the key: API answers follow Accept-Language, pages a cookie.
  const keyOf = (url: string, headers: IncomingMessage['headers'], cookies: Cookies) => {
    const { contrast, textSize } = readPreferences(cookies);
    return `${requestLocale(url, headers, cookies)}|${contrast ?? '-'}|${textSize}|${url}`;
  };

  /** The first request after a page's time is up renders it; false when another already does. */
  const claimRefresh = (key: string, request: IncomingMessage) => {
    const since = refreshing.get(key);
    if (since !== undefined && performance.now() - since < REFRESH_CLAIM_MS) return false;
    refreshing.set(key, performance.now());
    refresherOf.set(request, key);
    return true;
  };

  const send = (request: IncomingMessage, response: ServerResponse, page: CachedPage) => {
    const startedAt = performance.now();
    const requestId = ['x-request-id', requestIdOf(request.headers)];
    let status = 200;
    if (matchesEtag(request.headers['if-none-match'], page.etag)) {
      status = 304;
      response.writeHead(status, page.heads.notModified.concat(requestId)).end();
    } else {
      const encoding = preferredEncoding(request.headers['accept-encoding']);
      response.writeHead(status, page.heads[encoding].concat(requestId)).end(page.bodies[encoding]);
    }
    listener?.({ route: page.route, status, seconds: (performance.now() - startedAt) / 1000 });
  };

  return {
    /** Answers a GET with a kept page; false when there is none to give and Fastify must answer. */
    answer(request: IncomingMessage, response: ServerResponse): boolean {
      if (options.ttlMs <= 0 || request.method !== 'GET' || cache.size === 0) return false;
      const cookies = fastifyCookie.parse(request.headers.cookie ?? '');
      if (isPrivate(cookies)) return false;
      const key = keyOf(request.url ?? '/', request.headers, cookies);
      const status: LRUCache.Status<string, CachedPage> = {};
      const page = cache.get(key, { status });
      if (!page) return false;
      if (status.get === 'stale' && claimRefresh(key, request)) return false;
      send(request, response, page);
      return true;
    },

    /** Keeps a page Fastify has just rendered, when its route and visitor allow it. */
    keep(request: FastifyRequest, reply: FastifyReply, payload: string): void {
      if (options.ttlMs <= 0 || request.method !== 'GET' || request.routeOptions.config?.pageCache !== true)
        return;
      const cookies = fastifyCookie.parse(request.headers.cookie ?? '');
      if (isPrivate(cookies)) return;
      cache.set(
        keyOf(request.url, request.headers, cookies),
        pageToKeep(reply, payload, request.routeOptions.url ?? request.url),
      );
    },

    /** The request that rendered a page afresh is done (stored, or failed): the next may try. */
    refreshed(request: IncomingMessage): void {
      const key = refresherOf.get(request);
      if (key !== undefined) refreshing.delete(key);
    },

    clear(): void {
      cache.clear();
    },

    onAnswer(answerListener: AnswerListener): void {
      listener = answerListener;
    },
  };
}

export type PageStore = ReturnType<typeof createPageStore>;

/** Fastify's serverFactory: the HTTP server answers kept pages itself and hands the rest to Fastify. */
export function pageCacheServer(store: PageStore) {
  return (handler: (request: IncomingMessage, response: ServerResponse) => void): Server => {
    const server = createServer((request, response) => {
      if (!store.answer(request, response)) handler(request, response);
    });
    // What Fastify sets on the server it creates itself: longer than a proxy's idle timeout.
    server.keepAliveTimeout = 72_000;
    return server;
  };
}

/** Keeps the pages Fastify renders in the store, and lets app code clear it. */
export default fp(
  async (app: FastifyInstance, options: { store: PageStore }) => {
    const { store } = options;
    app.decorate('pageCache', { clear: () => store.clear() } satisfies PageCache);

    // Registered first among onSend hooks, so it sees the text as rendered, before compression and ETag.
    app.addHook('onSend', async (request, reply, payload) => {
      if (reply.statusCode === 200 && typeof payload === 'string' && !reply.hasHeader('content-encoding'))
        store.keep(request, reply, payload);
      return payload;
    });

    // After onSend has stored the fresh page, or when the render failed, the next request may try.
    app.addHook('onResponse', async (request) => {
      store.refreshed(request.raw);
    });
  },
  { name: 'page-cache' },
);
