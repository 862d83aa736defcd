/** One row per scheduled job: a lease so that only one app instance runs it at a time. */
export interface JobRunsTable {
  name: string;
  /** While set in the future, an instance is running the job. */
  leasedUntil: string | null;
  lastStartedAt: string | null;
  lastFinishedAt: string | null;
  /** What the last run did (a count), or its error. */
  lastResult: string | null;
}
