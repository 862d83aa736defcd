import type { MemberRow } from '../validation/memberRow.ts';

/** An organisation to add to a cluster, as a form or a file row gives it. */
export type MemberAddition = Omit<MemberRow, 'row'>;

/** A current member marked as former from a date. */
export interface MemberLeaving {
  membershipId: number;
  name: string;
  /** A calendar date, YYYY-MM-DD. */
  leftOn: string;
}

/** One change of a member list: applied at once, or kept for an operator when the cluster is published. */
export interface MemberChange {
  add: MemberAddition[];
  leave: MemberLeaving[];
}

export function additionOf({ row: _row, ...member }: MemberRow): MemberAddition {
  return member;
}
