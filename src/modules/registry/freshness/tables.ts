/** The reminder sent for one cluster and one six-month period: at most one per period. */
export interface FreshnessRemindersTable {
  clusterId: number;
  /** The calendar date the period's reminder fell due. */
  dueOn: string;
  sentAt: string;
}
