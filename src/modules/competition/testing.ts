// Used by the tests only: rounds, clusters with teams, people signed in on a movable clock.

import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { Visitor } from '../../../test/visitor.ts';
import type { Database } from '../../db/schema.ts';
import type { Clock } from '../../platform/clock.ts';
import { commandAs } from '../../platform/commandContext.ts';
import { SESSION_COOKIE, sessionStarter } from '../accounts/sessions.ts';
import { userCreator } from '../accounts/userCreator.ts';
import { teamMemberAdder } from '../registry/team.ts';
import { buildCluster, enterprises } from '../registry/testing.ts';
import { attachmentStore } from './attachmentStore.ts';
import type { RoundInput } from './roundInput.ts';
import { roundCreator, roundPublisher } from './roundRecorder.ts';
import { type CompetitionRules, LATEST_ROUND_RULES, rulesFromTemplate } from './rules.ts';

/** A clock a test moves by hand. */
export function movableClock(start: string) {
  let instant = new Date(start).getTime();
  const clock: Clock = { now: () => new Date(instant) };
  return {
    clock,
    set: (at: string) => {
      instant = new Date(at).getTime();
    },
  };
}

export const PDF = Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
export const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

/** Rules a small test cluster meets: 1 year, 5 members, the template's attachments. */
export function lenientRules(): CompetitionRules {
  const rules = rulesFromTemplate('LATEST_ROUND_RULES');
  rules.eligibility.minYearsOperating = 1;
  rules.eligibility.minMembers = 5;
  return rules;
}

let rounds = 0;

export function roundInput(overrides: Partial<RoundInput> = {}): RoundInput {
  rounds += 1;
  return {
    programmeId: 1,
    number: 100 + rounds,
    namePl: `Nabór testowy ${rounds}`,
    nameEn: `Test call ${rounds}`,
    descriptionPl: 'Opis naboru.',
    descriptionEn: 'About the call.',
    opensAt: '2026-12-01T08:00:00.000Z',
    closesAt: '2026-12-15T15:00:00.000Z',
    formalCheckDueAt: null,
    assessmentDueAt: null,
    panelDueAt: null,
    decisionDueAt: null,
    rules: lenientRules(),
    ...overrides,
  };
}

/** A published round; the clock must be before its opening if the test will edit the rules. */
export async function publishedRound(db: Kysely<Database>, now: Date, overrides: Partial<RoundInput> = {}) {
  const command = { db, actorId: null, now };
  const { id } = await commandAs(command, roundCreator, roundInput(overrides));
  await commandAs(command, roundPublisher, id);
  return id;
}

export async function person(db: Kysely<Database>, clock: Clock, roles: string[] = [], email?: string) {
  rounds += 1;
  return userCreator({
    db,
    clock,
    email: email ?? `osoba-${rounds}-${Date.now()}@example.pl`,
    password: 'bardzo-dlugie-haslo',
    roles,
  });
}

/** A browser signed in as the person, the session started on the test's clock. */
export async function browserOf(app: FastifyInstance, userId: number, clock: Clock): Promise<Visitor> {
  const session = await sessionStarter(app.db, { userId, now: clock.now(), twoFactorVerified: true });
  const visitor = new Visitor(app);
  visitor.cookies.set(SESSION_COOKIE, session.token);
  return visitor;
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

export const COMPLETE_ANSWERS = {
  contactPerson: 'Anna Nowak',
  contactEmail: 'anna@klaster.example',
  contactPhone: '+48 22 000 00 00',
  website: 'https://klaster.example',
  employment: '1200',
  revenue: '350000000,50',
  exports: '120000000',
  rdSpending: '4500000',
  patents: '12',
  jointProjects: '8',
  strategySummary: 'Strategia rozwoju klastra na lata 2027–2030.',
  actionPlan: 'Plan działań: wspólne projekty B+R, targi, szkolenia.',
};

export function testStore() {
  return attachmentStore(process.env.TEST_DATA_DIR ?? `/tmp/portal-test-attachments-${process.pid}`);
}

export { LATEST_ROUND_RULES };
