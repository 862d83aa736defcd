import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { type AuditEvent, auditRecorder } from '../../platform/audit/recorder.ts';
import type { CommandContext } from '../../platform/commandContext.ts';
import { DomainError, invalid } from '../../platform/domainError.ts';
import type { MessageKey } from '../../ui/i18n/messages.ts';
import { ROLES_NEEDING_TWO_FACTOR } from './actor.ts';
import type { Role } from './roles.ts';
import { type NewSession, sessionEnder, sessionStarter } from './sessions.ts';
import { totpMatchedStep } from './totp.ts';

// Shared by the two-factor use cases: the person's TOTP state, the code check and the session rotation.

type Db = Kysely<Database> | Transaction<Database>;

export interface TotpState {
  email: string;
  /** Set while setting up (enabledAt null) and while enabled. */
  secret: string | null;
  enabledAt: string | null;
}

export async function totpStateOf(db: Db, userId: number): Promise<TotpState> {
  const row = await db
    .selectFrom('users')
    .select(['email', 'totpSecret', 'totpEnabledAt'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  return { email: row.email, secret: row.totpSecret, enabledAt: row.totpEnabledAt };
}

/**
 * Accepts an authenticator code once: valid now and newer than the last code this person used
 * (RFC 6238 §5.2). The step is recorded with a conditional update, so two requests with the same
 * code cannot both pass. Call it inside the use case's transaction.
 */
export async function totpCodeAccepter(
  db: Db,
  props: { userId: number; secret: string | null; code: string; now: Date },
): Promise<boolean> {
  const step = props.secret ? totpMatchedStep(props.secret, props.code, props.now) : null;
  if (step === null) return false;
  const recorded = await db
    .updateTable('users')
    .set({ totpLastStep: step })
    .where('id', '=', props.userId)
    .where((eb) => eb.or([eb('totpLastStep', 'is', null), eb('totpLastStep', '<', step)]))
    .executeTakeFirst();
  return Number(recorded.numUpdatedRows) === 1;
}

/** Why a typed authenticator code is refused (missing, wrong, or already used), or null after accepting it. */
export async function totpCodeProblem(
  db: Db,
  props: { userId: number; secret: string | null; code: string; now: Date },
): Promise<MessageKey | null> {
  if (props.code.trim() === '') return 'twoFactor.codeRequired';
  return (await totpCodeAccepter(db, props)) ? null : 'twoFactor.codeInvalid';
}

/** A typed code refused: the field's message says why. */
export function codeRefused(field: string, problem: MessageKey): DomainError {
  return invalid({ [field]: problem });
}

/** The form was sent for a state that has changed (e.g. in another tab): two-step verification is on. */
export function alreadyEnabled(): DomainError {
  return new DomainError('conflict', 'two_factor_already_enabled', 'twoFactor.alreadyEnabled');
}

/** The same, the other way round: two-step verification is off. */
export function notEnabled(): DomainError {
  return new DomainError('conflict', 'two_factor_not_enabled', 'twoFactor.notEnabled');
}

/** The privileged roles a person holds, which keep two-step verification mandatory. */
export function rolesNeedingTwoFactor(held: Role[]): Role[] {
  return held.filter((role) => ROLES_NEEDING_TWO_FACTOR.includes(role));
}

/** Where the browser's session is, so the session can be replaced by a verified one. */
export interface BrowserSession {
  /** The hashed id of the current session; null when there is none. */
  sessionId: string | null;
  userAgent?: string;
}

/**
 * Signing in and the second factor raise privileges, so the session id changes: the old session ends
 * and a new one (marked verified after the second factor) takes its place, so a cookie stolen before
 * is worth nothing.
 */
export async function sessionRotator(
  trx: Transaction<Database>,
  context: CommandContext,
  props: BrowserSession & { userId: number; twoFactorVerified: boolean },
): Promise<NewSession> {
  if (props.sessionId) await sessionEnder(trx, props.sessionId);
  return sessionStarter(trx, {
    userId: props.userId,
    now: context.now,
    ip: context.ip ?? undefined,
    userAgent: props.userAgent,
    twoFactorVerified: props.twoFactorVerified,
  });
}

/** One audit event about the person's own account, with the request's facts. */
export function accountAudit(
  trx: Transaction<Database>,
  context: CommandContext,
  userId: number,
  event: Pick<AuditEvent, 'action' | 'summary'>,
): Promise<unknown> {
  return auditRecorder(
    trx,
    {
      actorId: userId,
      entityType: 'user',
      entityId: userId,
      requestId: context.requestId,
      ip: context.ip,
      ...event,
    },
    context.now,
  );
}
