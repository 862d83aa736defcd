import { clusterTeamMailer } from '../../../platform/mail/clusterTeamMailer.ts';
import type { MailParams } from '../../../platform/mail/templates/index.ts';
import type { UseCaseContext } from './context.ts';

/**
 * Mails a step of the workflow to the cluster's owner(s), in the transaction of the step, each in
 * their own language (the request's for the owner who took the step).
 */
export async function ownerNotifier(
  context: UseCaseContext,
  props: {
    clusterId: number;
    clusterName: string;
    step: MailParams['registrationUpdate']['step'];
    comment?: string;
    byOwner: boolean;
  },
): Promise<void> {
  await clusterTeamMailer(
    context.trx,
    { clusterId: props.clusterId, role: 'owner', by: { userId: context.actorId, locale: context.locale } },
    'registrationUpdate',
    (owner) => ({
      name: owner.name,
      clusterName: props.clusterName,
      step: props.step,
      ...(props.comment ? { comment: props.comment } : {}),
      link: `${context.baseUrl}/moje-klastry`,
    }),
    context.now,
  );
}
