import { DateTime } from 'luxon';
import { type CommandContext, commandRunner, systemOrigin } from '../../platform/commandContext.ts';
import type { Job, JobDeps, JobLog } from '../../platform/jobs/scheduler.ts';
import { clusterTeamMailer } from '../../platform/mail/clusterTeamMailer.ts';
import { toRoman } from '../../platform/roman.ts';
import { formatCalendarDate, warsawDate } from '../../platform/time.ts';
import { statesLeadingTo } from '../../platform/workflow.ts';
import { STATUS_WORKFLOW } from './statusState.ts';

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

interface DueStatus {
  id: number;
  clusterId: number;
  roundNumber: number;
  validUntil: string | null;
  name: string;
}

/**
 * Mails each active status's coordinators 6 and 3 months before the end of its validity, each
 * reminder once: a conditional UPDATE claims the reminder, so two instances running at once send it
 * once. Returns how many reminders it sent.
 */
export async function statusExpiryReminder(deps: JobDependencies): Promise<number> {
  const origin = systemOrigin({ clock: deps.clock, baseUrl: deps.baseUrl });
  const today = warsawDate(origin.now);
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
      if (await commandRunner(deps.db, origin, expiryReminderSender, { status, months, column, today }))
        sent += 1;
    }
  }
  deps.log?.info({ sent }, 'KKK expiry reminders sent');
  return sent;
}

/** One status's reminder, claimed, mailed and audited in one transaction; false when already sent. */
async function expiryReminderSender(
  context: CommandContext,
  props: { status: DueStatus; months: 6 | 3; column: ReminderColumn; today: string },
): Promise<boolean> {
  const { trx } = context;
  const { status, months, column, today } = props;
  const now = context.now.toISOString();
  const claim = await trx
    .updateTable('kkkStatuses')
    .set(months === 3 ? { threeMonthReminderAt: now } : { sixMonthReminderAt: now })
    .where('id', '=', status.id)
    .where(column, 'is', null)
    .executeTakeFirst();
  if (Number(claim.numUpdatedRows) !== 1) return false;
  if (months === 3)
    await trx
      .updateTable('kkkStatuses')
      .set({ sixMonthReminderAt: now })
      .where('id', '=', status.id)
      .where('sixMonthReminderAt', 'is', null)
      .execute();
  // Its contact e-mail (greeting its contact person, else the cluster) and its profile's owners.
  const cluster = await trx
    .selectFrom('clusters')
    .select(['email', 'contactPerson'])
    .where('id', '=', status.clusterId)
    .executeTakeFirstOrThrow();
  const recipients = await clusterTeamMailer(
    trx,
    {
      clusterId: status.clusterId,
      role: 'owner',
      clusterAddress: { email: cluster.email, name: cluster.contactPerson ?? status.name, use: 'also' },
    },
    'kkkStatusExpiring',
    (person) => ({
      name: person.name,
      clusterName: status.name,
      roundName:
        person.locale === 'en'
          ? `round ${toRoman(status.roundNumber)}`
          : `runda ${toRoman(status.roundNumber)}`,
      validUntil: formatCalendarDate(status.validUntil ?? today, person.locale),
      months,
      link: `${context.baseUrl}/krajowe-klastry-kluczowe`,
    }),
    context.now,
  );
  await context.services.audit({
    action: 'kkk.status.expiryReminded',
    entityType: 'kkk_status',
    entityId: status.id,
    summary: { after: { months, recipients } },
  });
  return true;
}

/**
 * Flips active statuses whose last valid day (Warsaw) has passed to expired, each once and audited.
 * Returns how many it flipped.
 */
export async function statusExpirer(deps: JobDependencies): Promise<number> {
  const origin = systemOrigin({ clock: deps.clock, baseUrl: deps.baseUrl });
  const ended = await deps.db
    .selectFrom('kkkStatuses')
    .select(['id', 'validUntil'])
    .where('state', '=', 'active')
    .where('validUntil', '<', warsawDate(origin.now))
    .execute();
  let flipped = 0;
  for (const status of ended) {
    if (await commandRunner(deps.db, origin, statusExpiryRecorder, status)) flipped += 1;
  }
  deps.log?.info({ flipped }, 'KKK statuses expired');
  return flipped;
}

/** One status flipped to expired and audited; false when it is no longer active. */
async function statusExpiryRecorder(
  context: CommandContext,
  status: { id: number; validUntil: string | null },
): Promise<boolean> {
  const update = await context.trx
    .updateTable('kkkStatuses')
    .set({ state: 'expired', expiredAt: context.now.toISOString() })
    .where('id', '=', status.id)
    .where('state', 'in', statesLeadingTo(STATUS_WORKFLOW, 'expired'))
    .executeTakeFirst();
  if (Number(update.numUpdatedRows) !== 1) return false;
  await context.services.audit({
    action: 'kkk.status.expired',
    entityType: 'kkk_status',
    entityId: status.id,
    summary: { before: { state: 'active' }, after: { state: 'expired', validUntil: status.validUntil } },
  });
  return true;
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
