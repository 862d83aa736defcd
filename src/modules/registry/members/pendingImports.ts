import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import { DomainError } from '../../../platform/domainError.ts';
import { randomToken } from '../../../platform/secrets.ts';
import type { ImportPreview } from './importPreview.ts';

/** A checked file waits this long for its confirmation. */
export const PENDING_IMPORT_LIFETIME_MS = 2 * 60 * 60 * 1000;

export async function pendingImportSaver(
  db: Kysely<Database>,
  props: { clusterId: number; userId: number; fileName: string; preview: ImportPreview; now: Date },
): Promise<string> {
  const id = randomToken();
  await db.deleteFrom('memberImports').where('expiresAt', '<=', props.now.toISOString()).execute();
  await db
    .insertInto('memberImports')
    .values({
      id,
      clusterId: props.clusterId,
      userId: props.userId,
      fileName: props.fileName.slice(0, 200),
      preview: JSON.stringify(props.preview),
      createdAt: props.now.toISOString(),
      expiresAt: new Date(props.now.getTime() + PENDING_IMPORT_LIFETIME_MS).toISOString(),
    })
    .execute();
  return id;
}

/** The person's own unexpired pending import of this cluster, or null. */
export async function pendingImportOf(
  db: Kysely<Database>,
  props: { id: string; clusterId: number; userId: number; now: Date },
): Promise<{ id: string; fileName: string; preview: ImportPreview } | null> {
  const row = await db
    .selectFrom('memberImports')
    .select(['id', 'fileName', 'preview'])
    .where('id', '=', props.id)
    .where('clusterId', '=', props.clusterId)
    .where('userId', '=', props.userId)
    .where('expiresAt', '>', props.now.toISOString())
    .executeTakeFirst();
  return row
    ? { id: row.id, fileName: row.fileName, preview: JSON.parse(row.preview) as ImportPreview }
    : null;
}

/** Uses a pending import up in the confirming transaction: a second confirmation finds nothing. */
export async function pendingImportUser(trx: Transaction<Database>, id: string): Promise<void> {
  const deleted = await trx.deleteFrom('memberImports').where('id', '=', id).executeTakeFirst();
  if (Number(deleted.numDeletedRows) !== 1)
    throw new DomainError('conflict', 'import_gone', 'members.import.gone');
}
