import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { migratedDatabase, type TestDatabase } from '../../test/database.ts';
import { nipProblem, regonProblem } from '../modules/registry/validation/identifiers.ts';
import { VOIVODESHIPS } from '../modules/registry/voivodeships.ts';
import { systemClock } from '../platform/clock.ts';
import { removeDemo, seedDemo } from './demo.ts';
import { fictionalNip, nipCheckDigit } from './identifiers.ts';
import { seedReference } from './reference.ts';

type CountedTable =
  | 'clusters'
  | 'calendarEvents'
  | 'calendarInstanceChanges'
  | 'organisations'
  | 'users'
  | 'kkkStatuses'
  | 'memberships'
  | 'clusterIndustries'
  | 'clusterKis'
  | 'clusterRegions';

describe('seed data', () => {
  let database: TestDatabase;
  let dataDir: string;
  before(async () => {
    database = await migratedDatabase();
    dataDir = await mkdtemp(path.join(tmpdir(), 'portal-seed-'));
  });
  after(async () => {
    await database.destroy();
    await rm(dataDir, { recursive: true, force: true });
  });

  const count = async (table: CountedTable) =>
    Number(
      (
        await database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('loads the seven round-I KKK holders as real records, once', async () => {
    assert.equal(await seedReference(database.db, systemClock), 7);
    assert.equal(await seedReference(database.db, systemClock), 0);
    assert.equal(await count('clusters'), 7);
    assert.equal(await count('kkkStatuses'), 7);
    const interizon = await database.db
      .selectFrom('clusters')
      .innerJoin('organisations', 'organisations.id', 'clusters.coordinatorId')
      .select(['clusters.profileCompleted', 'clusters.isDemo', 'clusters.voivodeship', 'organisations.name'])
      .where('clusters.slug', '=', 'interizon')
      .executeTakeFirstOrThrow();
    assert.deepEqual(interizon, {
      profileCompleted: 0,
      isDemo: 0,
      voivodeship: null,
      name: 'Fundacja Interizon',
    });
  });

  it('gives the real holders no members, industries or figures', async () => {
    assert.equal(await count('memberships'), 0);
    assert.equal(await count('clusterIndustries'), 0);
    const real = await database.db.selectFrom('clusters').select(['memberCount', 'searchText']).execute();
    assert.ok(real.every((cluster) => cluster.memberCount === 0));
    assert.ok(real.some((cluster) => cluster.searchText.includes('dolina lotnicza')));
  });

  it('adds sixty demo clusters in every voivodeship, with members whose identifiers pass their checksums', async () => {
    assert.equal(await seedDemo(database.db, systemClock, dataDir), true);
    assert.equal(await seedDemo(database.db, systemClock, dataDir), false);
    const demo = await database.db
      .selectFrom('clusters')
      .select(['id', 'voivodeship', 'memberCount', 'profileCompleted', 'searchText'])
      .where('isDemo', '=', 1)
      .execute();
    assert.equal(demo.length, 60);
    assert.deepEqual(new Set(demo.map((cluster) => cluster.voivodeship)), new Set(Object.keys(VOIVODESHIPS)));
    assert.ok(demo.every((cluster) => cluster.memberCount >= 15 && cluster.profileCompleted === 1));
    assert.ok(demo.every((cluster) => cluster.searchText.length > 0));
    const organisations = await database.db
      .selectFrom('organisations')
      .select(['name', 'nip', 'regon', 'type', 'size', 'isDemo'])
      .where('isDemo', '=', 1)
      .execute();
    assert.ok(organisations.length > 1000);
    assert.ok(organisations.every((organisation) => organisation.name.endsWith('(demo)')));
    assert.ok(
      organisations.every((organisation) => organisation.nip && nipProblem(organisation.nip) === null),
    );
    assert.ok(
      organisations.every((organisation) => organisation.regon && regonProblem(organisation.regon) === null),
    );
    assert.equal(new Set(organisations.map((organisation) => organisation.nip)).size, organisations.length);
    assert.ok(
      organisations.every((organisation) => organisation.type === 'enterprise' || organisation.size === null),
    );
    const counted = await database.db
      .selectFrom('memberships')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('leftOn', 'is', null)
      .where(
        'clusterId',
        'in',
        demo.map((cluster) => cluster.id),
      )
      .executeTakeFirstOrThrow();
    assert.equal(
      Number(counted.n),
      demo.reduce((sum, cluster) => sum + cluster.memberCount, 0),
      'counts are derived',
    );
  });

  it('removes exactly the demo data, from every registry table', async () => {
    assert.ok((await count('users')) >= 6);
    // About 150 demo events (some recurring, multi-day, all-day, across DST changes, some cancelled).
    assert.equal(await count('calendarEvents'), 150);
    const demoEvents = await database.db
      .selectFrom('calendarEvents')
      .select(['rrule', 'allDay', 'cancelled', 'isDemo'])
      .execute();
    assert.ok(demoEvents.every((event) => event.isDemo === 1));
    assert.ok(demoEvents.filter((event) => event.rrule).length >= 10);
    assert.ok(demoEvents.filter((event) => event.allDay === 1).length >= 20);
    assert.ok(demoEvents.filter((event) => event.cancelled === 1).length >= 5);
    assert.ok((await removeDemo(database.db)) > 0);
    assert.equal(await count('calendarEvents'), 0);
    assert.equal(await count('calendarInstanceChanges'), 0);
    assert.equal(await count('clusters'), 7);
    assert.equal(await count('organisations'), 7);
    assert.equal(await count('users'), 0);
    assert.equal(await count('kkkStatuses'), 7);
    for (const table of ['memberships', 'clusterIndustries', 'clusterKis', 'clusterRegions'] as const)
      assert.equal(await count(table), 0, table);
    // Search keeps one document per language for each remaining cluster and status, and no more.
    const documents = await database.db
      .selectFrom('searchDocuments')
      .select(['kind', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('kind')
      .orderBy('kind')
      .execute();
    assert.deepEqual(
      documents.map((row) => [row.kind, Number(row.n)]),
      [
        ['cluster', 14],
        ['kkkStatus', 14],
      ],
    );
  });

  it('makes fictional NIPs with a computed check digit, never one whose remainder is 10', () => {
    assert.equal(nipCheckDigit('123456321'), 8);
    assert.equal(nipCheckDigit('526000007'), null, 'remainder 10: no such NIP');
    assert.equal(fictionalNip(7), '9260000071');
    assert.equal(fictionalNip(8), '5260000086');
    const nips = Array.from({ length: 2000 }, (_, serial) => fictionalNip(serial));
    assert.ok(nips.every((nip) => nipProblem(nip) === null));
    assert.equal(new Set(nips).size, nips.length);
  });
});
