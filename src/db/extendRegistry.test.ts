import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { emptyDatabase, TEST_DATABASE_URL, type TestDatabase } from '../../test/database.ts';
import { migrateToLatest, migratorFor } from './migrate.ts';

describe(`extending the registry (2026-11-27T1000) on ${TEST_DATABASE_URL.split(':')[0]}`, () => {
  let database: TestDatabase;
  before(async () => {
    database = await emptyDatabase();
    const { error } = await migratorFor(database.db).migrateTo('2026-11-27T0950-add-totp-last-step');
    if (error) throw error;
    const raw = database.db.withoutPlugins();
    const now = new Date().toISOString();
    const coordinator = await raw
      .insertInto('organisations' as never)
      .values({ name: 'Fundacja Łódzka', city: 'Łódź', is_demo: 0, created_at: now } as never)
      .returning('id' as never)
      .executeTakeFirstOrThrow();
    await raw
      .insertInto('clusters' as never)
      .values({
        slug: 'istniejacy',
        name: 'Śląski Klaster „Istniejący”',
        name_sort: 'x',
        coordinator_id: (coordinator as { id: number }).id,
        description_pl: 'Zażółć gęślą jaźń.',
        created_at: now,
        updated_at: now,
      } as never)
      .execute();
    await migrateToLatest(database.db);
  });
  after(() => database.destroy());

  it('publishes the clusters already there and fills their folded search text', async () => {
    const cluster = await database.db
      .selectFrom('clusters')
      .select(['status', 'searchText', 'memberCount'])
      .where('slug', '=', 'istniejacy')
      .executeTakeFirstOrThrow();
    assert.deepEqual(cluster, {
      status: 'published',
      searchText: 'slaski klaster istniejacy fundacja lodzka lodz zazolc gesla jazn',
      memberCount: 0,
    });
  });

  it('keeps NIP, REGON and KRS unique where given, and lets any number of organisations leave them empty', async () => {
    const organisation = (nip: string | null) =>
      database.db
        .insertInto('organisations')
        .values({ name: 'Spółka', nip, createdAt: new Date().toISOString() })
        .execute();
    await organisation(null);
    await organisation(null);
    await organisation('1234563218');
    await assert.rejects(organisation('1234563218'));
  });
});
