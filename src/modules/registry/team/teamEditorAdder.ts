import type { AuditAction } from '../../../platform/audit/actions.ts';
import { auditRecorder } from '../../../platform/audit/recorder.ts';
import type { CommandContext } from '../../../platform/commandContext.ts';
import { mailEnqueuer } from '../../../platform/mail/outbox.ts';
import { randomToken, sha256 } from '../../../platform/secrets.ts';
import type { MessageKey } from '../../../ui/i18n/messages.ts';
import { checkEmail, type FieldErrors, normaliseEmail } from '../../accounts/validation.ts';
import { teamMemberAdder } from '../team.ts';
import { managementPath } from './managedCluster.ts';

export const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

export type EditorAddition =
  | { ok: true; outcome: 'added' | 'invited'; email: string }
  | { ok: false; errors: FieldErrors; email: string };

/**
 * The owner adds a colleague as an editor by e-mail: a person with an account joins at once and is
 * told by mail; an address with no account gets a single-use invitation link instead.
 */
export async function teamEditorAdder(
  context: CommandContext,
  props: {
    cluster: { id: number; slug: string; name: string };
    ownerId: number;
    ownerName: string;
    email: unknown;
  },
): Promise<EditorAddition> {
  const email = normaliseEmail(props.email);
  const errors: FieldErrors = {};
  checkEmail(errors, 'email', email);
  if (Object.keys(errors).length > 0) return { ok: false, errors, email };
  const { cluster } = props;
  const audit = (action: AuditAction, after: Record<string, unknown>) => ({
    actorId: props.ownerId,
    action,
    entityType: 'cluster',
    entityId: cluster.id,
    summary: { after },
    requestId: context.requestId,
    ip: context.ip,
  });

  const { trx } = context;
  const user = await trx
    .selectFrom('users')
    .select(['id', 'name', 'locale'])
    .where('email', '=', email)
    .executeTakeFirst();
  if (user) {
    const inTeam = await trx
      .selectFrom('clusterEditors')
      .select('role')
      .where('clusterId', '=', cluster.id)
      .where('userId', '=', user.id)
      .executeTakeFirst();
    if (inTeam) return { ok: false, errors: { email: 'team.alreadyInTeam' satisfies MessageKey }, email };
    await teamMemberAdder(
      trx,
      { clusterId: cluster.id, userId: user.id, role: 'editor', addedBy: props.ownerId },
      context.now.toISOString(),
    );
    const link = `${context.baseUrl}${managementPath(cluster.slug, 'czlonkowie')}`;
    await mailEnqueuer(
      trx,
      {
        to: email,
        locale: user.locale,
        template: 'teamEditorAdded',
        params: { name: user.name, clusterName: cluster.name, addedBy: props.ownerName, link },
      },
      context.now,
    );
    await auditRecorder(trx, audit('cluster.editor_added', { userId: user.id, email }), context.now);
    return { ok: true, outcome: 'added', email };
  }
  const token = randomToken();
  await trx
    .updateTable('teamInvitations')
    .set({ usedAt: context.now.toISOString() })
    .where('clusterId', '=', cluster.id)
    .where('email', '=', email)
    .where('usedAt', 'is', null)
    .execute();
  await trx
    .insertInto('teamInvitations')
    .values({
      clusterId: cluster.id,
      email,
      tokenHash: sha256(token),
      invitedBy: props.ownerId,
      createdAt: context.now.toISOString(),
      expiresAt: new Date(context.now.getTime() + INVITATION_LIFETIME_MS).toISOString(),
    })
    .execute();
  const link = `${context.baseUrl}/moje-klastry/zaproszenie?${new URLSearchParams({ token })}`;
  await mailEnqueuer(
    trx,
    {
      to: email,
      locale: context.locale,
      template: 'teamInvitation',
      params: {
        name: email,
        clusterName: cluster.name,
        invitedBy: props.ownerName,
        link,
        validDays: INVITATION_LIFETIME_MS / 86_400_000,
      },
    },
    context.now,
  );
  await auditRecorder(trx, audit('cluster.editor_invited', { email }), context.now);
  return { ok: true, outcome: 'invited', email };
}
