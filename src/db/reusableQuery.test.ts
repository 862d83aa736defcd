import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Kysely } from 'kysely';
import { emptyDatabase, TEST_DATABASE_URL, type TestDatabase } from '../../test/database.ts';
import { reusableQuery } from './reusableQuery.ts';

// A table of the test's own, so the query can be anything.
type Db = Kysely<{ fruits: { id: number; name: string; weight: number } }>;

describe(`a reusable query on ${TEST_DATABASE_URL.split(':')[0]}`, () => {
  let database: TestDatabase;
  let db: Db;
  // The arguments in another order than the SQL asks for them, and a constant (the limit) between.
  const heavierOfKind = reusableQuery((db: Db, minWeight: number, name: string) =>
    db
      .selectFrom('fruits')
      .select(['id', 'weight'])
      .where('name', '=', name)
      .where('weight', '>', minWeight)
      .orderBy('weight')
      .limit(2),
  );

  before(async () => {
    database = await emptyDatabase();
    db = database.db as unknown as Db;
    await db.schema
      .createTable('fruits')
      .addColumn('id', 'integer', (column) => column.primaryKey())
      .addColumn('name', 'text', (column) => column.notNull())
      .addColumn('weight', 'integer', (column) => column.notNull())
      .execute();
    await db
      .insertInto('fruits')
      .values([
        { id: 1, name: 'jabłko', weight: 150 },
        { id: 2, name: 'jabłko', weight: 180 },
        { id: 3, name: 'jabłko', weight: 210 },
        { id: 4, name: 'gruszka', weight: 190 },
      ])
      .execute();
  });
  after(async () => database?.destroy());

  it('gives the rows for each call’s own values', async () => {
    assert.deepEqual(await heavierOfKind(db, 100, 'jabłko'), [
      { id: 1, weight: 150 },
      { id: 2, weight: 180 },
    ]);
    assert.deepEqual(await heavierOfKind(db, 160, 'gruszka'), [{ id: 4, weight: 190 }]);
    assert.deepEqual(await heavierOfKind(db, 200, 'jabłko'), [{ id: 3, weight: 210 }]);
    assert.deepEqual(await heavierOfKind(db, 0, "x' or '1'='1"), [], 'values stay bound, never SQL');
  });

  it('runs inside a transaction, seeing its uncommitted rows', async () => {
    await db
      .transaction()
      .execute(async (trx) => {
        await trx.insertInto('fruits').values({ id: 5, name: 'śliwka', weight: 40 }).execute();
        assert.deepEqual(await heavierOfKind(trx, 10, 'śliwka'), [{ id: 5, weight: 40 }]);
        throw new Error('roll back');
      })
      .catch(() => undefined);
    assert.deepEqual(await heavierOfKind(db, 10, 'śliwka'), []);
  });

  it('refuses a query that leaves an argument out', async () => {
    const careless = reusableQuery((db: Db, _name: string) => db.selectFrom('fruits').select('id'));
    await assert.rejects(careless(db, 'jabłko'), /every argument must be used/);
  });
});
