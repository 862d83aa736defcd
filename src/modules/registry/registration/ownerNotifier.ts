import { mailEnqueuer } from '../../../platform/mail/outbox.ts';
import type { MailParams } from '../../../platform/mail/templates/index.ts';
import { teamOf } from '../team.ts';
import type { UseCaseContext } from './context.ts';

/**
 * Mails a step of the workflow to the cluster's owner(s), in the transaction of the step: in the
 * language of the request when the owner takes the step, in Polish (the portal's first language, as no
 * preference is stored) when an operator does.
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
  const owners = await teamOf(context.trx, props.clusterId, 'owner');
  for (const owner of owners) {
    await mailEnqueuer(
      context.trx,
      {
        to: owner.email,
        locale: props.byOwner ? context.locale : 'pl',
        template: 'registrationUpdate',
        params: {
          name: owner.name,
          clusterName: props.clusterName,
          step: props.step,
          ...(props.comment ? { comment: props.comment } : {}),
          link: `${context.baseUrl}/moje-klastry`,
        },
      },
      context.now,
    );
  }
}
