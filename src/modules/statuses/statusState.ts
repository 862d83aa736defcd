import { randomBytes } from 'node:crypto';
import { defineWorkflow, type Workflow } from '../../platform/workflow.ts';
import { STATUS_STATES, type StatusState } from './tables.ts';

/**
 * The status workflow, its one table: an active status expires (the nightly job, the day after its
 * last valid day) or is revoked by an operator; an expired one can still be revoked (the minister's
 * decision is recorded even after the end of validity); a revoked one stays revoked.
 */
export const STATUS_WORKFLOW: Workflow<StatusState> = defineWorkflow('status', STATUS_STATES, {
  active: ['expired', 'revoked'],
  expired: ['revoked'],
  revoked: [],
});

/** What the registry shows: `unknown` when the end of validity was never recorded (round I). */
export type ShownState = StatusState | 'unknown';

export interface StateFacts {
  state: StatusState;
  validUntil: string | null;
}

/**
 * A status's state on a Warsaw calendar day. Expiry is read from the date itself, so a status is shown
 * expired from the day after its last valid day even before the nightly job has flipped it.
 */
export function stateOn(status: StateFacts, today: string): ShownState {
  if (status.state === 'revoked') return 'revoked';
  if (status.state === 'expired') return 'expired';
  if (status.validUntil === null) return 'unknown';
  return status.validUntil < today ? 'expired' : 'active';
}

/** 192 random bits, URL-safe: a code nobody can guess, short enough to type from a printed page. */
export function newVerificationCode(): string {
  return randomBytes(24).toString('base64url');
}

export const VERIFICATION_CODE_PATTERN = '^[A-Za-z0-9_-]{32}$';

export function isVerificationCode(value: string): boolean {
  return new RegExp(VERIFICATION_CODE_PATTERN).test(value);
}
