import type { CommandContext } from '../../platform/commandContext.ts';
import { DomainError, forbidden, invalid, notFound } from '../../platform/domainError.ts';
import { can } from '../../policies/index.ts';
import type { Actor } from '../accounts/actor.ts';
import { keepRevision, lastEndOf } from './eventRecords.ts';
import { eventAccessOf } from './queries.ts';
import { instanceStarts } from './recurrence.ts';
import type { EventRow, InstanceChangeRow } from './tables.ts';

async function loadForChange(context: CommandContext, eventId: number): Promise<EventRow> {
  const event = await context.trx
    .selectFrom('calendarEvents')
    .selectAll()
    .where('id', '=', eventId)
    .executeTakeFirst();
  if (!event) throw notFound('calendar.notFound');
  const actor = context.actor as Actor | null;
  if (!can(actor, 'calendar.event.cancel', await eventAccessOf(context.trx, actor, event))) throw forbidden();
  return event;
}

/** Records the change of one instance of the series (replacing an earlier one); refuses an unknown instance. */
async function instanceChangeRecorder(
  trx: CommandContext['trx'],
  event: EventRow,
  instance: string,
  change: Pick<InstanceChangeRow, 'kind' | 'startsAt' | 'endsAt'>,
  at: string,
): Promise<void> {
  const originalStart = new Date(instance);
  const known =
    event.rrule !== null &&
    !Number.isNaN(originalStart.getTime()) &&
    instanceStarts(new Date(event.startsAt), event.rrule).some(
      (start) => start.getTime() === originalStart.getTime(),
    );
  if (!known) throw invalid({ instance: 'calendar.error.unknownInstance' }, 'calendar.error.summary');
  await trx
    .deleteFrom('calendarInstanceChanges')
    .where('eventId', '=', event.id)
    .where('originalStart', '=', originalStart.toISOString())
    .execute();
  await trx
    .insertInto('calendarInstanceChanges')
    .values({ eventId: event.id, originalStart: originalStart.toISOString(), ...change, changedAt: at })
    .execute();
}

/**
 * Cancels a published event (a whole series, or one instance of it). A cancelled event stays in the
 * calendar and the feeds, marked cancelled (STATUS:CANCELLED), never silently removed.
 */
export async function eventCanceller(
  context: CommandContext,
  command: { eventId: number; instance?: string | null },
): Promise<void> {
  const { trx, now } = context;
  const event = await loadForChange(context, command.eventId);
  const at = now.toISOString();
  await keepRevision(trx, event, context.actorId, now);
  if (command.instance) {
    await instanceChangeRecorder(
      trx,
      event,
      command.instance,
      { kind: 'cancelled', startsAt: null, endsAt: null },
      at,
    );
  } else if (event.cancelled === 1) {
    throw new DomainError('conflict', 'already_cancelled', 'calendar.error.notEditable');
  }
  await trx
    .updateTable('calendarEvents')
    .set({ sequence: event.sequence + 1, updatedAt: at, ...(command.instance ? {} : { cancelled: 1 }) })
    .where('id', '=', event.id)
    .execute();
  await context.services.audit({
    action: command.instance ? 'calendar.event.instanceChanged' : 'calendar.event.cancelled',
    entityType: 'calendar_event',
    entityId: event.id,
    summary: { after: { cancelled: true, instance: command.instance ?? null, sequence: event.sequence + 1 } },
  });
}

/** Moves one instance of a published series to another start and end (its RECURRENCE-ID stays). */
export async function instanceMover(
  context: CommandContext,
  command: { eventId: number; instance: string; startsAt: Date; endsAt: Date },
): Promise<void> {
  const { trx, now } = context;
  const event = await loadForChange(context, command.eventId);
  if (command.endsAt.getTime() <= command.startsAt.getTime())
    throw invalid({ ends_at: 'calendar.error.endBeforeStart' }, 'calendar.error.summary');
  const at = now.toISOString();
  await keepRevision(trx, event, context.actorId, now);
  await instanceChangeRecorder(
    trx,
    event,
    command.instance,
    { kind: 'moved', startsAt: command.startsAt.toISOString(), endsAt: command.endsAt.toISOString() },
    at,
  );
  const moved = await trx
    .selectFrom('calendarInstanceChanges')
    .select('endsAt')
    .where('eventId', '=', event.id)
    .execute();
  const lastEndsAt = lastEndOf(
    {
      startsAt: new Date(event.startsAt),
      endsAt: new Date(event.endsAt),
      allDay: event.allDay === 1,
      rrule: event.rrule,
    },
    moved,
  ).toISOString();
  await trx
    .updateTable('calendarEvents')
    .set({ sequence: event.sequence + 1, updatedAt: at, lastEndsAt })
    .where('id', '=', event.id)
    .execute();
  await context.services.audit({
    action: 'calendar.event.instanceChanged',
    entityType: 'calendar_event',
    entityId: event.id,
    summary: {
      after: {
        instance: command.instance,
        startsAt: command.startsAt.toISOString(),
        sequence: event.sequence + 1,
      },
    },
  });
}
