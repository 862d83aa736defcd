import type { CommandContext } from '../../platform/commandContext.ts';
import { clusterTeamMailer } from '../../platform/mail/clusterTeamMailer.ts';
import { formatDateTime, warsawToInstant } from '../../platform/time.ts';
import { applicationById } from '../competition/queries.ts';
import { notFoundHere, refused } from './support.ts';

export interface PresentationInput {
  applicationId: number;
  /** Warsaw wall-clock date and time, "2026-12-10T10:30". */
  startsAt: string;
  place: string;
  onlineUrl: string;
}

const WALL_CLOCK = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/**
 * The operator schedules (or moves) an application's presentation to the panel: a Warsaw date and
 * time and a place or an online link; the cluster's team is mailed.
 */
export async function presentationScheduler(
  context: CommandContext,
  props: PresentationInput & { baseUrl: string },
): Promise<{ startsAt: string }> {
  const { trx, now } = context;
  const application = await applicationById(trx, props.applicationId);
  if (!application) throw notFoundHere();
  if (application.state !== 'panel') throw refused('conflict', 'not_at_panel', 'assessment.error.notAtPanel');
  const fields: Record<
    string,
    'assessment.error.dateTime' | 'assessment.error.placeOrLink' | 'assessment.error.link'
  > = {};
  let startsAt: Date | undefined;
  try {
    if (WALL_CLOCK.test(props.startsAt)) startsAt = warsawToInstant(props.startsAt);
  } catch {
    startsAt = undefined;
  }
  if (!startsAt) fields.startsAt = 'assessment.error.dateTime';
  const place = props.place.trim();
  const onlineUrl = props.onlineUrl.trim();
  if (!place && !onlineUrl) fields.place = 'assessment.error.placeOrLink';
  if (onlineUrl && !/^https:\/\/[^\s]+$/.test(onlineUrl)) fields.onlineUrl = 'assessment.error.link';
  if (!startsAt || Object.keys(fields).length > 0)
    throw refused('invalid', 'validation_failed', 'api.validation', fields);
  const values = {
    startsAt: startsAt.toISOString(),
    place: place || null,
    onlineUrl: onlineUrl || null,
    scheduledBy: context.actorId,
    updatedAt: now.toISOString(),
  };
  await trx
    .insertInto('panelPresentations')
    .values({ applicationId: application.id, ...values })
    .onConflict((conflict) => conflict.column('applicationId').doUpdateSet(values))
    .execute();
  await context.services.audit({
    action: 'assessment.panel.presentation_scheduled',
    entityType: 'application',
    entityId: application.id,
    summary: { after: { startsAt: values.startsAt, place: values.place, onlineUrl: values.onlineUrl } },
  });
  const cluster = await trx
    .selectFrom('clusters')
    .select('name')
    .where('id', '=', application.clusterId)
    .executeTakeFirstOrThrow();
  await clusterTeamMailer(
    trx,
    { clusterId: application.clusterId },
    'assessmentPresentationScheduled',
    (person) => ({
      name: person.name,
      clusterName: cluster.name,
      when: formatDateTime(values.startsAt, person.locale),
      place: values.place,
      onlineUrl: values.onlineUrl,
      link: `${props.baseUrl}/konkurs/wnioski/${application.id}`,
    }),
    now,
  );
  return { startsAt: values.startsAt };
}
