// Used by the tests only: clusters with members and statuses, built the way the app records them.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { slugify } from '../../platform/text.ts';
import { statusRecorder } from '../statuses/statusRecorder.ts';
import { type ClusterFacts, clusterRecorder } from './clusterRecorder.ts';
import { memberCountRecalculator } from './memberCountRecalculator.ts';
import type { EnterpriseSize, OrganisationType } from './organisationTypes.ts';
import { searchTextRefresher } from './searchTextRefresher.ts';

export interface MemberSpec {
  name?: string;
  type: OrganisationType;
  size?: EnterpriseSize;
  leftOn?: string;
}

export type ClusterSpec = Partial<ClusterFacts> & {
  name: string;
  members?: readonly MemberSpec[];
  /** Anything but 'published' hides the cluster from public views. */
  status?: string;
};

let built = 0;

/** A published, completed cluster (unless told otherwise) with the members given. */
export async function buildCluster(
  db: Kysely<Database>,
  spec: ClusterSpec,
): Promise<{ id: number; slug: string }> {
  built += 1;
  const { members = [], status, ...facts } = spec;
  const slug = facts.slug ?? `${slugify(spec.name)}-${built}`;
  const now = facts.registeredAt ?? new Date().toISOString();
  const { id } = await clusterRecorder(
    db,
    { coordinatorName: null, profileCompleted: true, isDemo: false, ...facts, slug },
    now,
  );
  for (const [index, member] of members.entries()) {
    const organisation = await db
      .insertInto('organisations')
      .values({
        name: member.name ?? `Członek ${index + 1} klastra ${spec.name}`,
        type: member.type,
        size: member.size ?? null,
        createdAt: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('memberships')
      .values({
        clusterId: id,
        organisationId: organisation.id,
        joinedOn: '2020-01-01',
        leftOn: member.leftOn ?? null,
      })
      .execute();
  }
  await memberCountRecalculator({ db, clusterIds: [id] });
  if (status) {
    await db.updateTable('clusters').set({ status }).where('id', '=', id).execute();
    // As every change of publication does: search forgets a cluster that is not public.
    await searchTextRefresher({ db, clusterIds: [id] });
  }
  return { id, slug };
}

/** n enterprises of one size. */
export function enterprises(count: number, size: EnterpriseSize = 'small'): MemberSpec[] {
  return Array.from({ length: count }, () => ({ type: 'enterprise' as const, size }));
}

/** Records a KKK status of a cluster, as the statuses module does. */
export async function grantKkk(
  db: Kysely<Database>,
  clusterId: number,
  status: { roundNumber: number; roundYear?: number; validUntil?: string | null; documentNumber?: string },
): Promise<void> {
  await statusRecorder(
    db,
    {
      clusterId,
      representedById: null,
      roundNumber: status.roundNumber,
      roundYear: status.roundYear ?? null,
      isDemo: false,
    },
    new Date().toISOString(),
  );
  await db
    .updateTable('kkkStatuses')
    .set({ validUntil: status.validUntil ?? null, documentNumber: status.documentNumber ?? null })
    .where('clusterId', '=', clusterId)
    .where('roundNumber', '=', status.roundNumber)
    .execute();
}

/** The option labels of a <select name="…"> in the order the page lists them. */
export function optionLabels(html: string, name: string): string[] {
  const select = html.match(new RegExp(`<select[^>]*name="${name}"[^>]*>([\\s\\S]*?)</select>`))?.[1] ?? '';
  return [...select.matchAll(/<option value="\d\d"[^>]*>([^<(]+)/g)].map((match) => String(match[1]).trim());
}

/** The voivodeships in Polish alphabetical order, as every list must offer them. */
export const POLISH_ORDER = [
  'dolnośląskie',
  'kujawsko-pomorskie',
  'lubelskie',
  'lubuskie',
  'łódzkie',
  'małopolskie',
  'mazowieckie',
  'opolskie',
  'podkarpackie',
  'podlaskie',
  'pomorskie',
  'śląskie',
  'świętokrzyskie',
  'warmińsko-mazurskie',
  'wielkopolskie',
  'zachodniopomorskie',
];
