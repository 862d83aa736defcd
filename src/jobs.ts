import { expiredCorrectionsRejecter, expiredStashesRemover } from './modules/competition/jobs.ts';
import { freshnessReminderJob } from './modules/registry/freshness/reminderJob.ts';
import { statusJobs } from './modules/statuses/jobs.ts';
import type { Job } from './platform/jobs/scheduler.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Every scheduled job of the portal; each app instance runs them, the lease keeps runs apart. */
export function portalJobs(baseUrl: string): Job[] {
  return [
    ...statusJobs(baseUrl),
    {
      name: 'registry-freshness-reminder',
      everyMs: HOUR,
      run: (deps) => freshnessReminderJob({ ...deps, baseUrl }),
    },
    // A correction window ends at a set instant: rejected within minutes of it.
    { name: 'competition-expired-corrections', everyMs: 5 * MINUTE, run: expiredCorrectionsRejecter },
    { name: 'competition-expired-draft-stashes', everyMs: HOUR, run: expiredStashesRemover },
  ];
}
