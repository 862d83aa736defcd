import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import { type AuditEvent, auditRecorder, type RecordedEvent } from './audit/recorder.ts';
import type { Clock } from './clock.ts';
import { type MailRequest, mailEnqueuer } from './mail/outbox.ts';
import type { Locale } from './time.ts';

/** Who acts, as a use case sees them (the accounts module's Actor fits this shape). */
export interface CommandActor {
  userId: number;
  roles: readonly string[];
}

/** Where uploaded files live (DATA_DIR, never the web root); the database maps their names. */
export interface AttachmentStore {
  save(data: Buffer): Promise<string>;
  read(storedName: string): Promise<Buffer>;
}

/** The services every use case may call; audit and mail write in the command's own transaction. */
export interface CommandServices {
  attachments: AttachmentStore;
  /** Appends an audit event stamped with the context's actor, request, IP and instant. */
  audit(event: Omit<AuditEvent, 'actorId' | 'requestId' | 'ip'>): Promise<RecordedEvent>;
  /** Queues a mail, sent exactly when the command's transaction commits. */
  mail(request: MailRequest): Promise<{ id: number }>;
}

/**
 * What every use case is given, from a request or from a job/CLI alike. A command never opens a
 * transaction of its own: `trx` is the one of the request (or the job's run).
 */
export interface CommandContext {
  /** Who acts; null for the system (jobs, the CLI) and for visitors not signed in. */
  actor: CommandActor | null;
  /** The actor's id (null for the system), as the audit log records it. */
  actorId: number | null;
  clock: Clock;
  /** The instant the command decides by: the request's arrival, or the job's start. */
  now: Date;
  trx: Transaction<Database>;
  requestId: string | null;
  ip: string | null;
  locale: Locale;
  baseUrl: string;
  services: CommandServices;
}

/** The facts a context is built from, before its transaction exists. */
export interface CommandOrigin {
  actor: CommandActor | null;
  clock: Clock;
  now: Date;
  requestId: string | null;
  ip: string | null;
  locale: Locale;
  baseUrl: string;
  attachments: AttachmentStore;
}

/** The one builder of a context: the origin's facts inside the given transaction. */
export function contextIn(trx: Transaction<Database>, origin: CommandOrigin): CommandContext {
  const actorId = origin.actor?.userId ?? null;
  const { requestId, ip, now } = origin;
  return {
    actor: origin.actor,
    actorId,
    clock: origin.clock,
    now,
    trx,
    requestId,
    ip,
    locale: origin.locale,
    baseUrl: origin.baseUrl,
    services: {
      attachments: origin.attachments,
      audit: (event) => auditRecorder(trx, { ...event, actorId, requestId, ip }, now),
      mail: (request) => mailEnqueuer(trx, request, now),
    },
  };
}

/**
 * The one layer that opens a transaction for a use case: builds its context and runs it, so the
 * change, its audit event and its mails commit together or not at all.
 */
export function commandRunner<A extends unknown[], R>(
  db: Kysely<Database>,
  origin: CommandOrigin,
  command: (context: CommandContext, ...args: A) => Promise<R>,
  ...args: A
): Promise<R> {
  return db.transaction().execute((trx) => command(contextIn(trx, origin), ...args));
}

/** The audit fields that come from the context (for events written through `auditRecorder`). */
export function auditOrigin(context: CommandContext) {
  return { actorId: context.actorId, requestId: context.requestId, ip: context.ip };
}

/** For work nobody asked for in a request: a store that has no files refuses to read or write. */
const NO_ATTACHMENTS: AttachmentStore = {
  save: () => Promise.reject(new Error('No attachment store in this context')),
  read: () => Promise.reject(new Error('No attachment store in this context')),
};

/**
 * The one builder of a job's or the CLI's origin: the system acts (or the given person, e.g. an
 * administrator at the console), at the clock's instant, in Polish unless told otherwise.
 */
export function systemOrigin(deps: {
  clock: Clock;
  baseUrl?: string;
  attachments?: AttachmentStore;
  actor?: CommandActor | null;
  locale?: Locale;
  now?: Date;
}): CommandOrigin {
  return {
    actor: deps.actor ?? null,
    clock: deps.clock,
    now: deps.now ?? deps.clock.now(),
    requestId: null,
    ip: null,
    locale: deps.locale ?? 'pl',
    baseUrl: deps.baseUrl ?? '',
    attachments: deps.attachments ?? NO_ATTACHMENTS,
  };
}

/** Who runs a command outside a request (a seed, the CLI, a test): a person's id or the system. */
export interface CommandAs {
  db: Kysely<Database>;
  actorId: number | null;
  now: Date;
  locale?: Locale;
  baseUrl?: string;
  store?: AttachmentStore;
  roles?: readonly string[];
}

/** Runs a command outside a request in a transaction of its own, through the same builder as jobs. */
export function commandAs<A extends unknown[], R>(
  as: CommandAs,
  command: (context: CommandContext, ...args: A) => Promise<R>,
  ...args: A
): Promise<R> {
  const origin = systemOrigin({
    clock: { now: () => as.now },
    now: as.now,
    actor: as.actorId === null ? null : { userId: as.actorId, roles: as.roles ?? [] },
    locale: as.locale,
    baseUrl: as.baseUrl,
    attachments: as.store,
  });
  return commandRunner(as.db, origin, command, ...args);
}
