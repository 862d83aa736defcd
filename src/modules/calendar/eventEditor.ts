import type { CommandContext } from '../../platform/commandContext.ts';
import { DomainError, forbidden, invalid, notFound } from '../../platform/domainError.ts';
import { assertTransition } from '../../platform/workflow.ts';
import { can } from '../../policies/index.ts';
import type { Actor } from '../accounts/actor.ts';
import { type EventFields, validateEvent } from './eventInput.ts';
import { eventMailer } from './eventMails.ts';
import { clusterNameOf, columnsOf, indexEvent, keepRevision, lastEndOf } from './eventRecords.ts';
import { EVENT_WORKFLOW } from './eventWorkflow.ts';
import { eventAccessOf } from './queries.ts';

/**
 * Changes an event. A proposal (waiting or returned) is corrected by its proposer and goes back to
 * the queue; a published event stays published, its former version kept in its history and its
 * SEQUENCE raised so subscribed calendars take the change.
 */
export async function eventEditor(
  context: CommandContext,
  command: { eventId: number; fields: EventFields },
): Promise<{ state: string }> {
  const { trx, now } = context;
  const event = await trx
    .selectFrom('calendarEvents')
    .selectAll()
    .where('id', '=', command.eventId)
    .executeTakeFirst();
  if (!event) throw notFound('calendar.notFound');
  const actor = context.actor as Actor | null;
  if (!can(actor, 'calendar.event.edit', await eventAccessOf(trx, actor, event))) throw forbidden();
  const draft = validateEvent(command.fields);
  const clusterName = await clusterNameOf(trx, draft.organiserClusterId);
  if (clusterName === undefined)
    throw invalid({ organiser_cluster_id: 'calendar.error.unknownCluster' }, 'calendar.error.summary');
  const published = event.state === 'published';
  const to = published ? 'published' : 'submitted';
  assertTransition(
    EVENT_WORKFLOW,
    event.state,
    to,
    () => new DomainError('conflict', 'not_editable', 'calendar.error.notEditable'),
  );
  const columns = columnsOf(draft, clusterName);
  if (published) {
    await keepRevision(trx, event, context.actorId, now);
    const moved = await trx
      .selectFrom('calendarInstanceChanges')
      .select('endsAt')
      .where('eventId', '=', event.id)
      .execute();
    columns.lastEndsAt = lastEndOf(draft, moved).toISOString();
  }
  const at = now.toISOString();
  const updated = await trx
    .updateTable('calendarEvents')
    .set({
      ...columns,
      state: to,
      sequence: published ? event.sequence + 1 : event.sequence,
      updatedAt: at,
      ...(published ? {} : { submittedAt: at }),
    })
    .where('id', '=', event.id)
    .where('state', '=', event.state)
    .returningAll()
    .executeTakeFirstOrThrow();
  await context.services.audit({
    action: published ? 'calendar.event.edited' : 'calendar.event.proposed',
    entityType: 'calendar_event',
    entityId: event.id,
    summary: {
      before: {
        state: event.state,
        title: event.titlePl,
        startsAt: event.startsAt,
        sequence: event.sequence,
      },
      after: { state: to, title: updated.titlePl, startsAt: updated.startsAt, sequence: updated.sequence },
    },
  });
  await indexEvent(trx, updated);
  if (!published) await eventMailer(context, updated, 'received', null);
  return { state: to };
}
