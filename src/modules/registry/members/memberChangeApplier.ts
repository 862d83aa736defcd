import type { Transaction } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import { memberCountRecalculator } from '../memberCountRecalculator.ts';
import { knownOrganisation } from './clusterMembers.ts';
import type { MemberChange } from './memberChange.ts';

/**
 * Writes a member-list change inside the caller's transaction: an organisation already known by its
 * NIP, REGON or KRS is reused, not copied; an organisation already a current member is not added twice;
 * the derived member count follows in the same transaction.
 */
export async function memberChangeApplier(
  trx: Transaction<Database>,
  props: { clusterId: number; change: MemberChange; now: Date },
): Promise<{ added: number; left: number }> {
  const { clusterId, change } = props;
  let added = 0;
  for (const member of change.add) {
    const organisationId =
      (await knownOrganisation(trx, member))?.id ??
      (
        await trx
          .insertInto('organisations')
          .values({
            name: member.name,
            nip: member.nip,
            regon: member.regon,
            krs: member.krs,
            type: member.type,
            size: member.size,
            voivodeship: member.voivodeship,
            city: member.city,
            createdAt: props.now.toISOString(),
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    const already = await trx
      .selectFrom('memberships')
      .select('id')
      .where('clusterId', '=', clusterId)
      .where('organisationId', '=', organisationId)
      .where('leftOn', 'is', null)
      .executeTakeFirst();
    if (already) continue;
    await trx
      .insertInto('memberships')
      .values({ clusterId, organisationId, joinedOn: member.joinedOn, leftOn: null })
      .execute();
    added += 1;
  }
  let left = 0;
  for (const leaving of change.leave) {
    const result = await trx
      .updateTable('memberships')
      .set({ leftOn: leaving.leftOn })
      .where('id', '=', leaving.membershipId)
      .where('clusterId', '=', clusterId)
      .where('leftOn', 'is', null)
      .executeTakeFirst();
    left += Number(result.numUpdatedRows);
  }
  await memberCountRecalculator({ db: trx, clusterIds: [clusterId] });
  return { added, left };
}
