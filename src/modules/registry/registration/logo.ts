import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import type { UploadedFile } from '../../../platform/multipart.ts';

/** The largest logo accepted. */
export const MAX_LOGO_BYTES = 512 * 1024;

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);

/** The image type by the file's first bytes (never by its name or the browser's claim): PNG or JPEG only. */
export function imageTypeOf(data: Buffer): 'image/png' | 'image/jpeg' | null {
  if (data.subarray(0, PNG.length).equals(PNG)) return 'image/png';
  if (data.subarray(0, JPEG.length).equals(JPEG)) return 'image/jpeg';
  return null;
}

export type LogoProblem =
  | 'registration.logo.tooLarge'
  | 'registration.logo.notImage'
  | 'registration.logo.empty';

export function logoProblem(file: UploadedFile): LogoProblem | null {
  if (file.tooLarge) return 'registration.logo.tooLarge';
  if (file.data.length === 0) return 'registration.logo.empty';
  return imageTypeOf(file.data) ? null : 'registration.logo.notImage';
}

/** Logos live under DATA_DIR/logos, outside the web root; only the logo route reads them. */
export function logoDir(dataDir: string): string {
  return path.join(dataDir, 'logos');
}

/**
 * Writes a checked logo under a fresh random name and records it for the cluster. The file is written
 * first: if the transaction then fails, an unreferenced file is left behind, never a row without a file.
 */
export async function logoSaver(
  trx: Transaction<Database>,
  props: { clusterId: number; data: Buffer; dataDir: string; now: string },
): Promise<void> {
  const contentType = imageTypeOf(props.data);
  if (!contentType) throw new Error('logoSaver takes checked images only');
  const fileName = `${props.clusterId}-${randomBytes(8).toString('hex')}${contentType === 'image/png' ? '.png' : '.jpg'}`;
  await mkdir(logoDir(props.dataDir), { recursive: true });
  await writeFile(path.join(logoDir(props.dataDir), fileName), props.data, { flag: 'wx' });
  const row = { fileName, contentType, size: props.data.length, updatedAt: props.now };
  await trx
    .insertInto('clusterLogos')
    .values({ clusterId: props.clusterId, ...row })
    .onConflict((conflict) => conflict.column('clusterId').doUpdateSet(row))
    .execute();
}

export async function readLogo(dataDir: string, fileName: string): Promise<Buffer> {
  return readFile(path.join(logoDir(dataDir), path.basename(fileName)));
}

/** The address of a cluster's logo, or null when it has none. */
export async function logoUrlOf(
  db: Kysely<Database>,
  cluster: { id: number; slug: string },
): Promise<string | null> {
  const logo = await db
    .selectFrom('clusterLogos')
    .select('updatedAt')
    .where('clusterId', '=', cluster.id)
    .executeTakeFirst();
  return logo ? `/klastry/${encodeURIComponent(cluster.slug)}/logo` : null;
}
