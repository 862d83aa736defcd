import type { Kysely } from 'kysely';
import { DateTime } from 'luxon';
import type { Database } from '../../db/schema.ts';
import { auditRecorder } from '../../platform/audit/recorder.ts';
import type { Job, JobDeps, JobLog } from '../../platform/jobs/scheduler.ts';
import { mailEnqueuer } from '../../platform/mail/outbox.ts';
import { toRoman } from '../../platform/roman.ts';
import { formatCalendarDate, warsawDate } from '../../platform/time.ts';

export type JobDependencies = Pick<JobDeps, 'db' | 'clock'> & {
  log?: JobLog;
  /** The portal's address, for the link in the mail (BASE_URL). */
  baseUrl?: string;
};

type ReminderColumn = 'sixMonthReminderAt' | 'threeMonthReminderAt';
const REMINDERS: readonly { months: 6 | 3; column: ReminderColumn }[] = [
  // The nearer reminder first: a status already inside 3 months gets that one, and its 6-month one is
  // then marked as sent too, so nobody receives a stale "6 months left".
  { months: 3, column: 'threeMonthReminderAt' },
  { months: 6, column: 'sixMonthReminderAt' },
];

function plusMonths(day: string, months: number): string {
  return DateTime.fromISO(day, { zone: 'UTC' }).plus({ months }).toISODate() ?? day;
}

interface Recipient {
  email: string;
  name: string;
}

const ADDRESS = /^[^\s@<>,;"]+@[^\s@<>,;"]+\.[^\s@<>,;"]+$/;

/**
 * The owners of a cluster's profile, by the date they joined. Read from the registry's team table
 * here, not through the registry's code: statuses sits below the registry and imports none of it.
 */
function ownersOf(db: Kysely<Database>, clusterId: number): Promise<Recipient[]> {
  return db
    .selectFrom('clusterEditors')
    .innerJoin('users', 'users.id', 'clusterEditors.userId')
    .select(['users.email', 'users.name'])
    .where('clusterEditors.clusterId', '=', clusterId)
    .where('clusterEditors.role', '=', 'owner')
    .orderBy('clusterEditors.createdAt')
    .orderBy('clusterEditors.userId')
    .execute();
}

/**
 * Where a cluster's reminders go: its contact e-mail (greeting its contact person, else the cluster)
 * and its profile's owners, each address once; an address that is not one is skipped.
 */
async function coordinatorsOf(db: Kysely<Database>, clusterId: number): Promise<Recipient[]> {
  const cluster = await db
    .selectFrom('clusters')
    .select(['email', 'contactPerson', 'name'])
    .where('id', '=', clusterId)
    .executeTakeFirstOrThrow();
  const owners = await ownersOf(db, clusterId);
  const candidates = [
    ...(cluster.email ? [{ email: cluster.email, name: cluster.contactPerson ?? cluster.name }] : []),
    ...owners,
  ];
  const recipients = new Map<string, Recipient>();
  for (const { email, name } of candidates) {
    const address = email.trim().toLowerCase();
    if (ADDRESS.test(address) && !recipients.has(address)) recipients.set(address, { email: address, name });
  }
  return [...recipients.values()];
}

/**
 * Mails each active status's coordinators 6 and 3 months before the end of its validity, each
 * reminder once: a conditional UPDATE claims the reminder, so two instances running at once send it
 * once. Returns how many reminders it sent.
 */
export async function statusExpiryReminder(deps: JobDependencies): Promise<number> {
  const now = deps.clock.now();
  const today = warsawDate(now);
  let sent = 0;
  for (const { months, column } of REMINDERS) {
    const due = await deps.db
      .selectFrom('kkkStatuses')
      .innerJoin('clusters', 'clusters.id', 'kkkStatuses.clusterId')
      .select([
        'kkkStatuses.id',
        'kkkStatuses.clusterId',
        'kkkStatuses.roundNumber',
        'kkkStatuses.validUntil',
        'clusters.name',
      ])
      .where('kkkStatuses.state', '=', 'active')
      .where('kkkStatuses.validUntil', '>=', today)
      .where('kkkStatuses.validUntil', '<=', plusMonths(today, months))
      .where(`kkkStatuses.${column}`, 'is', null)
      .execute();
    for (const status of due) {
      const claimed = await deps.db.transaction().execute(async (trx) => {
        const claim = await trx
          .updateTable('kkkStatuses')
          .set(
            months === 3
              ? { threeMonthReminderAt: now.toISOString() }
              : { sixMonthReminderAt: now.toISOString() },
          )
          .where('id', '=', status.id)
          .where(column, 'is', null)
          .executeTakeFirst();
        if (Number(claim.numUpdatedRows) !== 1) return false;
        if (months === 3)
          await trx
            .updateTable('kkkStatuses')
            .set({ sixMonthReminderAt: now.toISOString() })
            .where('id', '=', status.id)
            .where('sixMonthReminderAt', 'is', null)
            .execute();
        const recipients = await coordinatorsOf(trx, status.clusterId);
        for (const recipient of recipients)
          await mailEnqueuer(
            trx,
            {
              to: recipient.email,
              locale: 'pl',
              template: 'kkkStatusExpiring',
              params: {
                name: recipient.name,
                clusterName: status.name,
                roundName: `runda ${toRoman(status.roundNumber)}`,
                validUntil: formatCalendarDate(status.validUntil ?? today, 'pl'),
                months,
                link: `${deps.baseUrl ?? ''}/krajowe-klastry-kluczowe`,
              },
            },
            now,
          );
        await auditRecorder(
          trx,
          {
            actorId: null,
            action: 'kkk.status.expiryReminded',
            entityType: 'kkk_status',
            entityId: status.id,
            summary: { after: { months, recipients: recipients.length } },
          },
          now,
        );
        return true;
      });
      if (claimed) sent += 1;
    }
  }
  deps.log?.info({ sent }, 'KKK expiry reminders sent');
  return sent;
}

/**
 * Flips active statuses whose last valid day (Warsaw) has passed to expired, each once and audited.
 * Returns how many it flipped.
 */
export async function statusExpirer(deps: JobDependencies): Promise<number> {
  const now = deps.clock.now();
  const today = warsawDate(now);
  const ended = await deps.db
    .selectFrom('kkkStatuses')
    .select(['id', 'validUntil'])
    .where('state', '=', 'active')
    .where('validUntil', '<', today)
    .execute();
  let flipped = 0;
  for (const status of ended) {
    const changed = await deps.db.transaction().execute(async (trx) => {
      const update = await trx
        .updateTable('kkkStatuses')
        .set({ state: 'expired', expiredAt: now.toISOString() })
        .where('id', '=', status.id)
        .where('state', '=', 'active')
        .executeTakeFirst();
      if (Number(update.numUpdatedRows) !== 1) return false;
      await auditRecorder(
        trx,
        {
          actorId: null,
          action: 'kkk.status.expired',
          entityType: 'kkk_status',
          entityId: status.id,
          summary: {
            before: { state: 'active' },
            after: { state: 'expired', validUntil: status.validUntil },
          },
        },
        now,
      );
      return true;
    });
    if (changed) flipped += 1;
  }
  deps.log?.info({ flipped }, 'KKK statuses expired');
  return flipped;
}

const HOUR = 60 * 60_000;

/** The scheduler's entries: both hourly, so a status flips within an hour of midnight in Warsaw. */
export function statusJobs(baseUrl: string): Job[] {
  return [
    { name: 'kkk-status-expirer', everyMs: HOUR, run: (deps) => statusExpirer({ ...deps, baseUrl }) },
    {
      name: 'kkk-status-expiry-reminder',
      everyMs: HOUR,
      run: (deps) => statusExpiryReminder({ ...deps, baseUrl }),
    },
  ];
}
