import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import type { EnterpriseSize, OrganisationType } from '../organisationTypes.ts';
import { foldWord } from '../validation/memberColumns.ts';
import type { MemberAddition } from './memberChange.ts';

export interface CurrentMember {
  membershipId: number;
  organisationId: number;
  name: string;
  nip: string | null;
  regon: string | null;
  krs: string | null;
  type: OrganisationType | null;
  size: EnterpriseSize | null;
  voivodeship: string | null;
  joinedOn: string | null;
}

/** The cluster's current members (not left), by name. */
export async function currentMembersOf(db: Kysely<Database>, clusterId: number): Promise<CurrentMember[]> {
  const rows = await db
    .selectFrom('memberships')
    .innerJoin('organisations', 'organisations.id', 'memberships.organisationId')
    .select([
      'memberships.id as membershipId',
      'organisations.id as organisationId',
      'organisations.name',
      'organisations.nip',
      'organisations.regon',
      'organisations.krs',
      'organisations.type',
      'organisations.size',
      'organisations.voivodeship',
      'memberships.joinedOn',
    ])
    .where('memberships.clusterId', '=', clusterId)
    .where('memberships.leftOn', 'is', null)
    .execute();
  const collator = new Intl.Collator('pl');
  return rows.sort((a, b) => collator.compare(a.name, b.name));
}

/** The current member an addition would duplicate: the same NIP, REGON or KRS, or the same name. */
export function duplicateOf(member: MemberAddition, current: readonly CurrentMember[]): CurrentMember | null {
  const name = foldWord(member.name);
  return (
    current.find(
      (existing) =>
        (member.nip !== null && existing.nip === member.nip) ||
        (member.regon !== null && existing.regon === member.regon) ||
        (member.krs !== null && existing.krs === member.krs) ||
        foldWord(existing.name) === name,
    ) ?? null
  );
}

/** An organisation already in the database under one of the identifiers given, to reuse it. */
export async function knownOrganisation(
  db: Kysely<Database>,
  member: Pick<MemberAddition, 'nip' | 'regon' | 'krs'>,
): Promise<{ id: number } | null> {
  for (const column of ['nip', 'regon', 'krs'] as const) {
    const value = member[column];
    if (value === null) continue;
    const found = await db
      .selectFrom('organisations')
      .select('id')
      .where(column, '=', value)
      .executeTakeFirst();
    if (found) return found;
  }
  return null;
}
