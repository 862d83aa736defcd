import type { CommandContext } from '../../platform/commandContext.ts';
import { invalid } from '../../platform/domainError.ts';
import { can } from '../../policies/index.ts';
import type { Actor } from '../accounts/actor.ts';
import { type EventFields, validateEvent } from './eventInput.ts';
import { eventMailer } from './eventMails.ts';
import { clusterNameOf, columnsOf, indexEvent, newUid } from './eventRecords.ts';
import { eventAccessOf, isTrusted } from './queries.ts';

/**
 * A signed-in person proposes an event. It waits for moderation, unless the proposer may publish
 * directly (a moderator, or the team of a cluster the operator trusts, for that cluster's events).
 */
export async function eventProposer(
  context: CommandContext,
  fields: EventFields,
): Promise<{ id: number; state: 'submitted' | 'published' }> {
  const draft = validateEvent(fields);
  const { trx, now } = context;
  const clusterName = await clusterNameOf(trx, draft.organiserClusterId);
  if (clusterName === undefined)
    throw invalid({ organiser_cluster_id: 'calendar.error.unknownCluster' }, 'calendar.error.summary');
  const actor = context.actor as Actor | null;
  const at = now.toISOString();
  let direct = can(actor, 'calendar.event.publishDirectly');
  if (
    !direct &&
    draft.organiserClusterId !== null &&
    actor &&
    (await isTrusted(trx, draft.organiserClusterId))
  ) {
    const access = await eventAccessOf(trx, actor, {
      state: 'submitted',
      proposerId: actor.userId,
      organiserClusterId: draft.organiserClusterId,
    });
    direct = can(actor, 'calendar.event.publishDirectly', access);
  }
  const state = direct ? 'published' : 'submitted';
  const event = await trx
    .insertInto('calendarEvents')
    .values({
      uid: newUid(),
      state,
      proposerId: context.actorId,
      ...columnsOf(draft, clusterName),
      createdAt: at,
      submittedAt: at,
      publishedAt: direct ? at : null,
      updatedAt: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await context.services.audit({
    action: direct ? 'calendar.event.published' : 'calendar.event.proposed',
    entityType: 'calendar_event',
    entityId: event.id,
    summary: { after: { state, title: event.titlePl, startsAt: event.startsAt } },
  });
  await indexEvent(trx, event);
  await eventMailer(context, event, direct ? 'published' : 'received', null);
  return { id: event.id, state };
}
