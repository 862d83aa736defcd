import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import { auditRecorder } from '../../../platform/audit/recorder.ts';
import type { CommandContext } from '../../../platform/commandContext.ts';
import { sha256 } from '../../../platform/secrets.ts';
import { teamMemberAdder } from '../team.ts';

export interface OpenInvitationView {
  id: number;
  email: string;
  clusterName: string;
  clusterSlug: string;
}

/** The invitation a link stands for, while unused and unexpired. */
export async function invitationByToken(
  db: Kysely<Database>,
  token: string,
  now: Date,
): Promise<OpenInvitationView | null> {
  if (!token) return null;
  const row = await db
    .selectFrom('teamInvitations')
    .innerJoin('clusters', 'clusters.id', 'teamInvitations.clusterId')
    .select([
      'teamInvitations.id',
      'teamInvitations.email',
      'clusters.name as clusterName',
      'clusters.slug as clusterSlug',
    ])
    .where('teamInvitations.tokenHash', '=', sha256(token))
    .where('teamInvitations.usedAt', 'is', null)
    .where('teamInvitations.expiresAt', '>', now.toISOString())
    .executeTakeFirst();
  return row ?? null;
}

export type InvitationAnswer = { ok: true; slug: string } | { ok: false; reason: 'invalid' | 'otherEmail' };

/**
 * The invited person, signed in with the address the invitation was sent to, joins the team as an
 * editor; the link works once. Signed in with another address, nothing is used up.
 */
export async function invitationAccepter(
  context: CommandContext,
  props: { token: string; actor: { userId: number; email: string } },
): Promise<InvitationAnswer> {
  const { trx } = context;
  const invitation = await invitationByToken(trx, props.token, context.now);
  if (!invitation) return { ok: false, reason: 'invalid' };
  if (invitation.email !== props.actor.email.toLowerCase()) return { ok: false, reason: 'otherEmail' };
  const used = await trx
    .updateTable('teamInvitations')
    .set({ usedAt: context.now.toISOString() })
    .where('id', '=', invitation.id)
    .where('usedAt', 'is', null)
    .executeTakeFirst();
  if (Number(used.numUpdatedRows) !== 1) return { ok: false, reason: 'invalid' };
  const cluster = await trx
    .selectFrom('teamInvitations')
    .select(['clusterId', 'invitedBy'])
    .where('id', '=', invitation.id)
    .executeTakeFirstOrThrow();
  await teamMemberAdder(
    trx,
    {
      clusterId: cluster.clusterId,
      userId: props.actor.userId,
      role: 'editor',
      addedBy: cluster.invitedBy,
    },
    context.now.toISOString(),
  );
  await auditRecorder(
    trx,
    {
      actorId: props.actor.userId,
      action: 'cluster.editor_joined',
      entityType: 'cluster',
      entityId: cluster.clusterId,
      summary: { after: { userId: props.actor.userId, email: invitation.email } },
      requestId: context.requestId,
      ip: context.ip,
    },
    context.now,
  );
  return { ok: true, slug: invitation.clusterSlug };
}
