import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { emptyDatabase, TEST_DATABASE_URL, type TestDatabase } from '../../test/database.ts';
import { migrateToLatest } from './migrate.ts';

describe(`migrations on ${TEST_DATABASE_URL.split(':')[0]}`, () => {
  let database: TestDatabase;
  before(async () => {
    database = await emptyDatabase();
  });
  after(() => database.destroy());

  it('bring an empty database up to date, and a second run changes nothing', async () => {
    const first = await migrateToLatest(database.db);
    assert.ok(first.length >= 1);
    assert.deepEqual(await migrateToLatest(database.db), []);
    const tables = (await database.db.introspection.getTables()).map((table) => table.name);
    for (const table of ['organisations', 'clusters', 'kkk_statuses', 'users', 'user_roles', 'pages']) {
      assert.ok(tables.includes(table), `table ${table} exists`);
    }
  });

  it('load the initial pages and keep instants as UTC ISO strings on every engine', async () => {
    const page = await database.db
      .selectFrom('pages')
      .selectAll()
      .where('slug', '=', 'deklaracja-dostepnosci')
      .executeTakeFirstOrThrow();
    assert.equal(page.titlePl, 'Deklaracja dostępności');
    assert.match(page.updatedAt, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });
});
