import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { migratedDatabase, TEST_DATABASE_URL, type TestDatabase } from '../../../test/database.ts';
import { memberCountRecalculator } from './memberCountRecalculator.ts';
import { buildCluster, enterprises } from './testing.ts';

describe(`member counts on ${TEST_DATABASE_URL.split(':')[0]}`, () => {
  let database: TestDatabase;
  before(async () => {
    database = await migratedDatabase();
  });
  after(() => database.destroy());

  const countOf = async (id: number) =>
    (
      await database.db
        .selectFrom('clusters')
        .select('memberCount')
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
    ).memberCount;

  it('counts current memberships only, and follows every change when recalculated', async () => {
    const { id } = await buildCluster(database.db, {
      name: 'Klaster Liczony',
      members: [...enterprises(4), { type: 'ngo', leftOn: '2024-06-30' }],
    });
    const other = await buildCluster(database.db, { name: 'Klaster Obok', members: enterprises(2) });
    assert.equal(await countOf(id), 4);
    await database.db
      .updateTable('memberships')
      .set({ leftOn: '2026-01-31' })
      .where('clusterId', '=', id)
      .where('leftOn', 'is', null)
      .where('id', '=', (eb) =>
        eb
          .selectFrom('memberships')
          .select((e) => e.fn.min('id').as('m'))
          .where('clusterId', '=', id),
      )
      .execute();
    assert.equal(await countOf(id), 4, 'a stored count, until recalculated');
    await memberCountRecalculator({ db: database.db, clusterIds: [id] });
    assert.equal(await countOf(id), 3);
    await database.db.deleteFrom('memberships').where('clusterId', '=', other.id).execute();
    await memberCountRecalculator({ db: database.db });
    assert.equal(await countOf(other.id), 0);
    assert.equal(await countOf(id), 3);
  });
});
