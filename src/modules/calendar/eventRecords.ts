import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { searchableText } from '../../platform/text.ts';
import { PORTAL_ZONE } from '../../platform/time.ts';
import { indexDocument, removeDocument } from '../search/documents.ts';
import type { EventDraft } from './eventInput.ts';
import { instanceEnd, instanceStarts } from './recurrence.ts';
import type { EventRow } from './tables.ts';

export const EVENT_DOCUMENT = 'event';

export function eventUrl(id: number): string {
  return `/kalendarz/wydarzenia/${id}`;
}

/** The end of the series' last instance, moved instances included. */
export function lastEndOf(
  draft: { startsAt: Date; endsAt: Date; allDay: boolean; rrule: string | null },
  moved: readonly { endsAt: string | null }[] = [],
): Date {
  const starts = instanceStarts(draft.startsAt, draft.rrule);
  const last = starts[starts.length - 1] ?? draft.startsAt;
  let end = instanceEnd(last, draft.startsAt, draft.endsAt, draft.allDay).getTime();
  for (const change of moved) if (change.endsAt) end = Math.max(end, new Date(change.endsAt).getTime());
  return new Date(end);
}

/** The columns a draft sets (the same on creation and on each edit). */
export function columnsOf(draft: EventDraft, clusterName: string | null) {
  return {
    titlePl: draft.titlePl,
    titleEn: draft.titleEn,
    descriptionPl: draft.descriptionPl,
    descriptionEn: draft.descriptionEn,
    startsAt: draft.startsAt.toISOString(),
    endsAt: draft.endsAt.toISOString(),
    timeZone: PORTAL_ZONE,
    allDay: draft.allDay ? 1 : 0,
    rrule: draft.rrule,
    lastEndsAt: lastEndOf(draft).toISOString(),
    address: draft.address,
    town: draft.town,
    voivodeship: draft.voivodeship,
    onlineUrl: draft.onlineUrl,
    organiserKind: draft.organiserKind,
    organiserClusterId: draft.organiserClusterId,
    organiserName: draft.organiserName,
    category: draft.category,
    languages: draft.languages.join(','),
    cost: draft.cost,
    registrationUrl: draft.registrationUrl,
    registrationDeadline: draft.registrationDeadline?.toISOString() ?? null,
    folded: searchableText(
      draft.titlePl,
      draft.titleEn,
      draft.descriptionPl,
      draft.descriptionEn,
      draft.town,
      draft.address,
      draft.organiserName,
      clusterName,
    ),
  };
}

export function newUid(): string {
  return `${randomUUID()}@klastry`;
}

/** Hands the published event to portal-wide search in both languages, in the change's transaction. */
export async function indexEvent(trx: Transaction<Database>, event: EventRow): Promise<void> {
  if (event.state !== 'published') {
    await removeDocument(trx, EVENT_DOCUMENT, event.id);
    return;
  }
  for (const locale of ['pl', 'en'] as const) {
    const english = locale === 'en';
    await indexDocument(trx, {
      kind: EVENT_DOCUMENT,
      id: event.id,
      locale,
      title: (english ? event.titleEn : null) ?? event.titlePl,
      text: [(english ? event.descriptionEn : null) ?? event.descriptionPl, event.town, event.organiserName]
        .filter(Boolean)
        .join(' '),
      url: eventUrl(event.id),
      visibility: 'public',
    });
  }
}

/** Keeps the event as it was before a change of the published event (its history). */
export async function keepRevision(
  trx: Transaction<Database>,
  event: EventRow,
  changedBy: number | null,
  now: Date,
) {
  await trx
    .insertInto('calendarEventRevisions')
    .values({
      eventId: event.id,
      sequence: event.sequence,
      changedBy,
      changedAt: now.toISOString(),
      snapshot: JSON.stringify(event),
    })
    .execute();
}

/** Whether the cluster exists in the registry (an organiser must). */
export async function clusterNameOf(
  trx: Transaction<Database>,
  clusterId: number | null,
): Promise<string | null | undefined> {
  if (clusterId === null) return null;
  const row = await trx.selectFrom('clusters').select('name').where('id', '=', clusterId).executeTakeFirst();
  return row?.name;
}
