import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { migratedDatabase, type TestDatabase } from '../../test/database.ts';
import { systemClock } from '../platform/clock.ts';
import { removeDemo, seedDemo } from './demo.ts';
import { seedReference } from './reference.ts';

describe('seed data', () => {
  let database: TestDatabase;
  before(async () => {
    database = await migratedDatabase();
  });
  after(() => database.destroy());

  const count = async (table: 'clusters' | 'organisations' | 'users' | 'kkkStatuses') =>
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

  it('adds demo data marked as demo, and removes exactly that', async () => {
    assert.equal(await seedDemo(database.db, systemClock), true);
    assert.equal(await seedDemo(database.db, systemClock), false);
    assert.ok((await count('clusters')) > 7);
    assert.ok((await count('users')) >= 6);
    assert.ok((await removeDemo(database.db)) > 0);
    assert.equal(await count('clusters'), 7);
    assert.equal(await count('organisations'), 7);
    assert.equal(await count('users'), 0);
    assert.equal(await count('kkkStatuses'), 7);
  });
});
