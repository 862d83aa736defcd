import type { Kysely } from 'kysely';
import { DateTime } from 'luxon';
import type { Database } from '../../../db/schema.ts';
import type { Clock } from '../../../platform/clock.ts';
import { type CommandContext, commandRunner, systemOrigin } from '../../../platform/commandContext.ts';
import { clusterTeamMailer } from '../../../platform/mail/clusterTeamMailer.ts';
import { lastConfirmed } from '../freshness.ts';
import { managementPath } from '../team/managedCluster.ts';

/** Coordinators are asked to confirm their data every six months. */
export const REMINDER_AFTER_MONTHS = 6;

/**
 * The day the reminder of the current six-month period fell due: 6, 12, 18… months after the last
 * confirmation; null while the first six months have not passed.
 */
export function reminderDueOn(lastConfirmedAt: string, now: Date): string | null {
  const since = DateTime.fromISO(lastConfirmedAt, { zone: 'utc' });
  const months = Math.floor(DateTime.fromJSDate(now, { zone: 'utc' }).diff(since, 'months').months);
  const periods = Math.floor(months / REMINDER_AFTER_MONTHS);
  if (periods < 1) return null;
  return since.plus({ months: periods * REMINDER_AFTER_MONTHS }).toISODate();
}

/**
 * Scheduled: mails the team (owner and editors, else the cluster's e-mail) of every published,
 * completed cluster whose data was not confirmed for six months — once per six-month period. The
 * period's marker row is inserted in the mail's transaction, so two instances never both send it.
 * Returns how many clusters were reminded.
 */
export async function freshnessReminderJob(deps: {
  db: Kysely<Database>;
  clock: Clock;
  log?: { info(object: object, message?: string): void };
  baseUrl?: string;
}): Promise<number> {
  const origin = systemOrigin({ clock: deps.clock, baseUrl: deps.baseUrl });
  const now = origin.now;
  const cutoff = DateTime.fromJSDate(now, { zone: 'utc' })
    .minus({ months: REMINDER_AFTER_MONTHS })
    .toISO() as string;
  const candidates = await deps.db
    .selectFrom('clusters')
    .select(['id', 'slug', 'name', 'email', 'confirmedAt', 'createdAt', 'profileCompleted'])
    .where('status', '=', 'published')
    .where('profileCompleted', '=', 1)
    .where((eb) =>
      eb.or([
        eb('confirmedAt', '<=', cutoff),
        eb.and([eb('confirmedAt', 'is', null), eb('createdAt', '<=', cutoff)]),
      ]),
    )
    .orderBy('id')
    .execute();
  let reminded = 0;
  for (const cluster of candidates) {
    const confirmedAt = lastConfirmed(cluster);
    const dueOn = reminderDueOn(confirmedAt, now);
    if (!dueOn) continue;
    if (await commandRunner(deps.db, origin, freshnessReminderSender, { cluster, dueOn, confirmedAt }))
      reminded += 1;
  }
  deps.log?.info({ reminded }, 'freshness reminders sent');
  return reminded;
}

/** One cluster's reminder for one period: marked and mailed in one transaction; false when already sent. */
async function freshnessReminderSender(
  context: CommandContext,
  props: {
    cluster: { id: number; slug: string; name: string; email: string | null };
    dueOn: string;
    confirmedAt: string;
  },
): Promise<boolean> {
  const { cluster, dueOn, confirmedAt } = props;
  const marked = await context.trx
    .insertInto('freshnessReminders')
    .values({ clusterId: cluster.id, dueOn, sentAt: context.now.toISOString() })
    .onConflict((conflict) => conflict.columns(['clusterId', 'dueOn']).doNothing())
    .executeTakeFirst();
  if (Number(marked.numInsertedOrUpdatedRows ?? 0n) !== 1) return false;
  const link = `${context.baseUrl}${managementPath(cluster.slug, 'czlonkowie')}`;
  await clusterTeamMailer(
    context.trx,
    { clusterId: cluster.id, clusterAddress: { email: cluster.email, name: '', use: 'whenNoTeam' } },
    'freshnessReminder',
    (person) => ({
      name: person.name || cluster.name,
      clusterName: cluster.name,
      lastConfirmed: confirmedAt,
      link,
    }),
    context.now,
  );
  return true;
}
