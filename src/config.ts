import { createPrivateKey, randomBytes } from 'node:crypto';
import path from 'node:path';

export type Engine = 'sqlite' | 'postgres';

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  databaseUrl: string;
  engine: Engine;
  dataDir: string;
  baseUrl: string;
  sessionSecret: string;
  mailUrl: string;
  /** The From of every mail the portal sends: an address, or "Name <address>". */
  mailFrom: string;
  redisUrl: string | undefined;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** How long anonymous visitors may be served a rendered public page; 0 turns the cache off. */
  pageCacheSeconds: number;
  contactEmail: string;
  socialLinks: { name: string; url: string }[];
  /** Who grants the status (Polish, as printed on every certificate), e.g. the minister responsible for the economy. */
  issuingAuthority: string;
  /** Ed25519 private key (PKCS#8 PEM or base64 DER) signing KKK certificates; else one kept in the database. */
  certificateSigningKey: string | undefined;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const ENVIRONMENTS = ['development', 'production', 'test'] as const;

type Env = Record<string, string | undefined>;

/** Reads and validates the environment; throws one ConfigError listing every problem found. */
export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = [];
  const nodeEnv = oneOf(env.NODE_ENV ?? 'development', ENVIRONMENTS, 'NODE_ENV', problems);
  const port = parsePort(env.PORT ?? '3000', problems);
  const databaseUrl = env.DATABASE_URL?.trim() || 'sqlite:./data/portal.db';
  const engine = engineOf(databaseUrl, problems);
  const baseUrl = parseBaseUrl(env.BASE_URL ?? `http://localhost:${port}`, problems);
  const sessionSecret = parseSessionSecret(env.SESSION_SECRET, nodeEnv, problems);
  const mailUrl = parseMailUrl(env.MAIL_URL ?? 'file:', problems);
  const mailFrom = parseMailFrom(env.MAIL_FROM ?? DEFAULT_MAIL_FROM, problems);
  const redisUrl = parseRedisUrl(env.REDIS_URL, problems);
  const pageCacheSeconds = parseSeconds(env.PAGE_CACHE_SECONDS ?? (nodeEnv === 'test' ? '0' : '5'), problems);
  const contactEmail = parseEmail(env.CONTACT_EMAIL ?? 'kontakt@klastry.example', problems);
  const socialLinks = parseSocialLinks(env.SOCIAL_LINKS ?? DEFAULT_SOCIAL_LINKS, problems);
  const certificateSigningKey = parseSigningKey(env.CERTIFICATE_SIGNING_KEY, problems);
  const issuingAuthority = parseAuthority(env.ISSUING_AUTHORITY ?? DEFAULT_ISSUING_AUTHORITY, problems);
  const logLevel = oneOf(
    env.LOG_LEVEL ?? (nodeEnv === 'test' ? 'silent' : 'info'),
    LOG_LEVELS,
    'LOG_LEVEL',
    problems,
  );
  if (problems.length > 0) {
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  return {
    env: nodeEnv,
    port,
    host: env.HOST ?? '0.0.0.0',
    databaseUrl,
    engine: engine as Engine,
    dataDir: path.resolve(env.DATA_DIR ?? './data'),
    baseUrl,
    sessionSecret,
    mailUrl,
    mailFrom,
    redisUrl,
    logLevel,
    pageCacheSeconds,
    contactEmail,
    socialLinks,
    certificateSigningKey,
    issuingAuthority,
  };
}

/** The status-granting authority of the national programme; a region sets its own (e.g. its board). */
export const DEFAULT_ISSUING_AUTHORITY = 'Minister właściwy do spraw gospodarki';

function parseAuthority(value: string, problems: string[]): string {
  const name = value.trim().replace(/\s+/g, ' ');
  // Printed on a one-line PDF field and in pages: a name, not markup, not empty, not a paragraph.
  if (name.length >= 3 && name.length <= 150 && !/[<>\p{Cc}]/u.test(name)) return name;
  problems.push(`ISSUING_AUTHORITY must be a name of 3 to 150 characters without < or > (got "${value}")`);
  return name;
}

const DEFAULT_SOCIAL_LINKS =
  'Facebook=https://www.facebook.com/,LinkedIn=https://www.linkedin.com/,YouTube=https://www.youtube.com/';

function parseSeconds(value: string, problems: string[]): number {
  const seconds = Number(value);
  if (Number.isInteger(seconds) && seconds >= 0 && seconds <= 3600) return seconds;
  problems.push(`PAGE_CACHE_SECONDS must be a whole number from 0 to 3600 (got "${value}")`);
  return 0;
}

function parseEmail(value: string, problems: string[]): string {
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) return value;
  problems.push(`CONTACT_EMAIL must be an e-mail address (got "${value}")`);
  return value;
}

/** "Name=https://…,Name=https://…": plain links to the portal's profiles; no embeds, no trackers. */
function parseSocialLinks(value: string, problems: string[]): { name: string; url: string }[] {
  return value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .flatMap((entry) => {
      const [name, url] = entry.split(/=(.*)/s, 2).map((part) => part.trim());
      if (name && url && /^https:\/\/[^\s]+$/.test(url)) return [{ name, url }];
      problems.push(`SOCIAL_LINKS entries must look like Name=https://… (got "${entry}")`);
      return [];
    });
}

function oneOf<T extends string>(value: string, allowed: readonly T[], name: string, problems: string[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  problems.push(`${name} must be one of ${allowed.join(', ')} (got "${value}")`);
  return allowed[0] as T;
}

function parsePort(value: string, problems: string[]): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    problems.push(`PORT must be a whole number from 0 to 65535 (got "${value}")`);
  }
  return port;
}

function engineOf(url: string, problems: string[]): Engine | undefined {
  if (/^sqlite:.+/.test(url)) return 'sqlite';
  if (/^postgres(ql)?:\/\/.+/.test(url)) return 'postgres';
  problems.push(`DATABASE_URL must be sqlite:<path> or postgres://user@host/db (got "${url}")`);
  return undefined;
}

function parseBaseUrl(value: string, problems: string[]): string {
  try {
    const url = new URL(value);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.origin;
  } catch {}
  problems.push(`BASE_URL must be an http(s) URL such as https://klastry.gov.pl (got "${value}")`);
  return value;
}

function parseSessionSecret(value: string | undefined, env: string, problems: string[]): string {
  if (value && value.length >= 32) return value;
  if (value) {
    problems.push('SESSION_SECRET must be at least 32 characters long');
  } else if (env === 'production') {
    problems.push('SESSION_SECRET is required when NODE_ENV=production (at least 32 random characters)');
  }
  return randomBytes(32).toString('hex');
}

function parseMailUrl(value: string, problems: string[]): string {
  if (value === 'file:' || /^smtps?:\/\/.+/.test(value)) return value;
  problems.push(`MAIL_URL must be smtp://host:port, smtps://… or file: (got "${value}")`);
  return value;
}

const DEFAULT_MAIL_FROM = 'Portal Klastrów <no-reply@klastry.example>';
const MAIL_FROM = /^(?:[^<>\r\n]*<[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+)$/;

function parseMailFrom(value: string, problems: string[]): string {
  const from = value.trim();
  if (MAIL_FROM.test(from)) return from;
  problems.push(`MAIL_FROM must be an address or "Name <address>" on one line (got "${value}")`);
  return from;
}

function parseRedisUrl(value: string | undefined, problems: string[]): string | undefined {
  if (!value) return undefined;
  if (/^rediss?:\/\/.+/.test(value)) return value;
  problems.push(`REDIS_URL must be redis://host:port (got "${value}")`);
  return undefined;
}

function parseSigningKey(value: string | undefined, problems: string[]): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  try {
    const key = text.startsWith('-----BEGIN')
      ? createPrivateKey(text)
      : createPrivateKey({ key: Buffer.from(text, 'base64'), format: 'der', type: 'pkcs8' });
    if (key.asymmetricKeyType === 'ed25519') return text;
  } catch {}
  problems.push('CERTIFICATE_SIGNING_KEY must be an Ed25519 private key: PKCS#8 PEM or its DER in base64');
  return undefined;
}

/** The SQLite file path of a sqlite: URL, resolved against the working directory. */
export function sqlitePath(databaseUrl: string): string {
  const file = databaseUrl.replace(/^sqlite:(\/\/)?/, '');
  return file === ':memory:' ? file : path.resolve(file);
}
