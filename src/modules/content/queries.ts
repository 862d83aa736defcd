import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

export function findPage(db: Kysely<Database>, slug: string) {
  return db.selectFrom('pages').selectAll().where('slug', '=', slug).executeTakeFirst();
}
