import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { formatDate } from '../../platform/time.ts';
import type { MessageKey, Translate } from '../../ui/i18n/messages.ts';
import { renderPartial } from '../../ui/render.ts';
import type { AccountSection } from './accountPages.ts';
import { unusedRecoveryCodeCount } from './recoveryCodes.ts';
import type { Role } from './roles.ts';
import { totpStateOf } from './twoFactor.ts';

export type TwoFactorStatus = 'on' | 'pending' | 'off';

export interface TwoFactorOverview {
  status: TwoFactorStatus;
  email: string;
  secret: string | null;
  /** The day it was turned on, as the visitor reads dates; empty while off. */
  enabledOn: string;
  recoveryLeft: number;
}

/** What the account page and the two-factor pages show about a person's second factor. */
export async function twoFactorOverview(
  db: Kysely<Database>,
  request: FastifyRequest,
  userId: number,
): Promise<TwoFactorOverview> {
  const state = await totpStateOf(db, userId);
  const status: TwoFactorStatus = state.enabledAt ? 'on' : state.secret ? 'pending' : 'off';
  return {
    status,
    email: state.email,
    secret: state.secret,
    enabledOn: state.enabledAt ? formatDate(state.enabledAt, request.locale) : '',
    recoveryLeft: status === 'on' ? await unusedRecoveryCodeCount(db, userId) : 0,
  };
}

/** Role names as the visitor reads them: "Operator, Ekspert". */
export function roleList(t: Translate, roles: Role[]): string {
  return roles.map((role) => t(`admin.role.${role}` as MessageKey)).join(', ');
}

/** The "Two-step verification" section of /konto: its status, the way to set it up or manage it. */
export const twoFactorSection: AccountSection = async (request: FastifyRequest, reply: FastifyReply) => {
  const actor = request.actor;
  if (!actor) return '';
  const overview = await twoFactorOverview(request.server.db, request, actor.userId);
  return renderPartial('modules/accounts/views/twoFactorSection', {
    t: request.t,
    csrf: reply.csrfToken(),
    ...overview,
    awaitingRoles: roleList(request.t, actor.rolesAwaitingTwoFactor),
  });
};
