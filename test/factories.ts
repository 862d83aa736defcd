// The tests' one place to build data: people (with roles, two-step verification, a language, a signed-in
// browser or an API token), clusters with a team, rounds, applications in a given state and expert tasks.
// Every builder makes new rows with fresh names, so no test depends on another's leftovers.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../src/db/schema.ts';
import { apiTokenCreator } from '../src/modules/accounts/apiTokens.ts';
import { SESSION_COOKIE, sessionStarter } from '../src/modules/accounts/sessions.ts';
import { userCreator } from '../src/modules/accounts/userCreator.ts';
import type { TaskReason, TaskStage, TaskState } from '../src/modules/assessment/tables.ts';
import type { ApplicationState } from '../src/modules/competition/applicationStates.ts';
import type { RoundInput } from '../src/modules/competition/roundInput.ts';
import { roundCreator, roundPublisher } from '../src/modules/competition/roundRecorder.ts';
import { roundInput } from '../src/modules/competition/testing.ts';
import { teamMemberAdder } from '../src/modules/registry/team.ts';
import { buildCluster, type ClusterSpec, enterprises } from '../src/modules/registry/testing.ts';
import { indexDocument, type SearchDocument } from '../src/modules/search/documents.ts';
import { statusGranter } from '../src/modules/statuses/statusGranter.ts';
import { type Clock, systemClock } from '../src/platform/clock.ts';
import { commandAs } from '../src/platform/commandContext.ts';
import type { Locale } from '../src/platform/time.ts';
import { Visitor } from './visitor.ts';

export { buildCluster, type ClusterSpec, enterprises };

/** The password of every person the factories build. */
export const FACTORY_PASSWORD = 'bardzo-dlugie-haslo';
/** The TOTP secret of every person built with two-step verification on. */
export const FACTORY_TOTP_SECRET = 'JBSWY3DPEHPK3PXP';
const ROLES_NEEDING_TWO_FACTOR = ['expert', 'operator', 'admin'];

let documents = 0;

/** A document in portal-wide search (public, Polish, of kind 'note' unless told), as a module hands it over. */
export async function buildSearchDocument(
  db: Kysely<Database>,
  document: Partial<SearchDocument> & { title: string },
): Promise<SearchDocument> {
  documents += 1;
  const built: SearchDocument = {
    kind: 'note',
    id: documents,
    text: '',
    url: `/notatki/${documents}`,
    locale: 'pl',
    visibility: 'public',
    ...document,
  };
  await indexDocument(db, built);
  return built;
}

let people = 0;

export interface PersonOptions {
  roles?: string[];
  email?: string;
  name?: string;
  locale?: Locale;
  /** Two-step verification turned on; by default on exactly when a role needs it. */
  twoFactor?: boolean;
  clock?: Clock;
}

/** A verified account with the roles given (and `user`). */
export async function buildPerson(
  db: Kysely<Database>,
  options: PersonOptions = {},
): Promise<{ id: number; email: string; roles: string[] }> {
  people += 1;
  const roles = options.roles ?? [];
  const clock = options.clock ?? systemClock;
  const user = await userCreator({
    db,
    clock,
    email: options.email ?? `osoba${people}-${roles.join('-') || 'user'}-${Date.now()}@example.pl`,
    password: FACTORY_PASSWORD,
    roles,
    ...(options.name ? { name: options.name } : {}),
  });
  const twoFactor = options.twoFactor ?? roles.some((role) => ROLES_NEEDING_TWO_FACTOR.includes(role));
  if (twoFactor || options.locale) {
    await db
      .updateTable('users')
      .set({
        ...(twoFactor ? { totpSecret: FACTORY_TOTP_SECRET, totpEnabledAt: clock.now().toISOString() } : {}),
        ...(options.locale ? { locale: options.locale } : {}),
      })
      .where('id', '=', user.id)
      .execute();
  }
  return user;
}

/** A person as the competition tests make them: roles, no second factor unless asked. */
export function person(db: Kysely<Database>, clock: Clock, roles: string[] = [], email?: string) {
  return buildPerson(db, { clock, roles, twoFactor: false, ...(email ? { email } : {}) });
}

/** A browser signed in as the person, the session started on the clock given (second factor verified unless told). */
export async function browserOf(
  app: FastifyInstance,
  userId: number,
  clock: Clock = systemClock,
  twoFactorVerified = true,
): Promise<Visitor> {
  const session = await sessionStarter(app.db, { userId, now: clock.now(), twoFactorVerified });
  const visitor = new Visitor(app);
  visitor.cookies.set(SESSION_COOKIE, session.token);
  return visitor;
}

/** A new account with the roles given, and a browser signed in as it (second factor verified unless told). */
export async function signedInPerson(
  app: FastifyInstance,
  roles: string[],
  options: { twoFactorVerified?: boolean; email?: string; locale?: Locale } = {},
): Promise<{ id: number; email: string; visitor: Visitor }> {
  const user = await buildPerson(app.db, {
    roles,
    twoFactor: false,
    ...(options.email ? { email: options.email } : {}),
    ...(options.locale ? { locale: options.locale } : {}),
  });
  const visitor = await browserOf(app, user.id, systemClock, options.twoFactorVerified ?? true);
  return { id: user.id, email: user.email, visitor };
}

export interface ApiCaller {
  userId: number;
  email: string;
  token: string;
  get(url: string): Promise<LightMyRequestResponse>;
  send(
    method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    body?: unknown,
  ): Promise<LightMyRequestResponse>;
}

/**
 * A person with the roles given and an API token; operators and experts have two-step verification on,
 * as their roles require.
 */
export async function apiPerson(
  app: FastifyInstance,
  clock: Clock,
  roles: string[],
  name?: string,
): Promise<ApiCaller> {
  const user = await buildPerson(app.db, { clock, roles, ...(name ? { name } : {}) });
  if (name) await app.db.updateTable('users').set({ name }).where('id', '=', user.id).execute();
  const { token } = await apiTokenCreator(app.db, {
    userId: user.id,
    name: 'testy',
    now: clock.now(),
    twoFactorProven: true,
  });
  const headers = { authorization: `Bearer ${token}` };
  return {
    userId: user.id,
    email: user.email,
    token,
    get: (url) => app.inject({ method: 'GET', url, headers }),
    send: (method, url, body) =>
      app.inject({
        method,
        url,
        headers,
        ...(body === undefined ? {} : { payload: body as Record<string, unknown> }),
      }),
  };
}

/** A published cluster founded years ago with n members (all small enterprises) and the person on its team. */
export async function clusterWithTeam(
  db: Kysely<Database>,
  userId: number,
  members = 6,
  foundedOn = '2015-01-01',
) {
  const cluster = await buildCluster(db, {
    name: `Klaster ${userId}-${members}`,
    foundedOn,
    members: enterprises(members),
  });
  await teamMemberAdder(
    db,
    { clusterId: cluster.id, userId, role: 'owner', addedBy: null },
    new Date().toISOString(),
  );
  return cluster;
}

/** A published round; the clock must be before its opening if the test will edit the rules. */
export async function publishedRound(db: Kysely<Database>, now: Date, overrides: Partial<RoundInput> = {}) {
  const command = { db, actorId: null, now };
  const { id } = await commandAs(command, roundCreator, roundInput(overrides));
  await commandAs(command, roundPublisher, id);
  return id;
}

let applications = 0;

/**
 * An application of the cluster in the round, put straight into the state given (for tests of what
 * happens from that state on; tests of how it gets there go through the commands).
 */
export async function buildApplication(
  db: Kysely<Database>,
  props: { roundId: number; clusterId: number; state?: ApplicationState; now?: Date },
): Promise<{ id: number }> {
  applications += 1;
  const now = (props.now ?? new Date()).toISOString();
  const submitted = (props.state ?? 'draft') !== 'draft';
  return db
    .insertInto('applications')
    .values({
      roundId: props.roundId,
      clusterId: props.clusterId,
      kind: 'new',
      state: props.state ?? 'draft',
      form: '{}',
      receiptNumber: submitted ? `TEST/${props.roundId}/${String(applications).padStart(4, '0')}` : null,
      submittedAt: submitted ? now : null,
      createdAt: now,
      updatedAt: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** An expert's task on an application (stage 1, assigned, unless told). */
export async function buildExpertTask(
  db: Kysely<Database>,
  props: {
    applicationId: number;
    expertId: number;
    stage?: TaskStage;
    state?: TaskState;
    reason?: TaskReason;
    now?: Date;
  },
): Promise<{ id: number }> {
  return db
    .insertInto('assessmentTasks')
    .values({
      applicationId: props.applicationId,
      expertId: props.expertId,
      stage: props.stage ?? 'stage1',
      state: props.state ?? 'assigned',
      reason: props.reason ?? 'initial',
      assignedBy: null,
      assignedAt: (props.now ?? new Date()).toISOString(),
      dueAt: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** A KKK status of the cluster granted in round VII (2026), valid until the day given. */
export async function grantedStatus(
  db: Kysely<Database>,
  clusterId: number,
  options: { validUntil?: string; now?: Date } = {},
): Promise<{ statusId: number; verificationCode: string }> {
  return db.transaction().execute((trx) =>
    statusGranter(
      trx,
      {
        clusterId,
        representedById: null,
        roundId: null,
        roundNumber: 7,
        roundYear: 2026,
        programme: 'kkk',
        documentNumber: 'DIP-VII/2026/01',
        documentDate: '2026-11-20',
        validUntil: options.validUntil ?? '2029-11-19',
        actorId: null,
      },
      options.now ?? new Date(),
    ),
  );
}
