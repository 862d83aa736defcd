import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import QRCode from 'qrcode';
import { unauthenticated } from '../../platform/domainError.ts';
import { sha256 } from '../../platform/secrets.ts';
import { runCommand } from '../../plugins/app/commandContext.ts';
import { errorSummaryOf } from '../../plugins/app/errors.ts';
import type { Actor } from './actor.ts';
import { effectiveRoles } from './actor.ts';
import { formBody, setSessionCookie } from './http.ts';
import { recoveryCodesRegenerator } from './recoveryCodesRegenerator.ts';
import type { NewSession } from './sessions.ts';
import { rolesOf } from './sessions.ts';
import { totpUri } from './totp.ts';
import { rolesNeedingTwoFactor } from './twoFactor.ts';
import { twoFactorDisabler } from './twoFactorDisabler.ts';
import { roleList, twoFactorOverview } from './twoFactorSection.ts';
import { type SetupConfirmed, twoFactorSetupConfirmer } from './twoFactorSetupConfirmer.ts';
import { twoFactorSetupStarter } from './twoFactorSetupStarter.ts';
import { text } from './validation.ts';

const VIEWS = 'modules/accounts/views';
const own = { config: { access: 'account.manage' as const } };

interface PageExtras {
  /** Field name → message. */
  errors?: Record<string, string>;
  /** A refusal that belongs to no field. */
  problem?: string;
  notice?: string;
}

function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw unauthenticated();
  return request.actor;
}

/** The Base32 key in groups of four, easier to type into an app by hand. */
function inGroups(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(' ') ?? secret;
}

/** The session was rotated: the new cookie goes out, and the forms of this answer carry its CSRF tokens. */
function adoptSession(request: FastifyRequest, reply: FastifyReply, session: NewSession): void {
  setSessionCookie(request, reply, session.token);
  request.sessionId = sha256(session.token);
  // The page drawn right now already shows the roles the second factor has just unlocked.
  const actor = request.actor;
  if (actor)
    request.actor = { ...actor, ...effectiveRoles([...actor.roles, ...actor.rolesAwaitingTwoFactor], true) };
}

function recoveryCodesPage(reply: FastifyReply, codes: string[], enabledNow: boolean) {
  return reply
    .header('cache-control', 'no-store')
    .page(
      `${VIEWS}/twoFactorCodes`,
      { codes, enabledNow },
      { title: reply.request.t('twoFactor.codesTitle') },
    );
}

/** Setting up, confirming, managing and turning off two-step verification on one's own account. */
export default async function twoFactorPages(app: FastifyInstance): Promise<void> {
  /** The setup page while two-step verification is off, the management page once it is on. */
  async function twoFactorPage(request: FastifyRequest, reply: FastifyReply, extras: PageExtras = {}) {
    const actor = actorOf(request);
    const t = request.t;
    const overview = await twoFactorOverview(app.db, request, actor.userId);
    const common = {
      ...overview,
      errors: extras.errors ?? {},
      problem: extras.problem,
      notice: extras.notice,
      csrf: reply.csrfToken(),
    };
    if (overview.status === 'on') {
      const blockedRoles = roleList(t, rolesNeedingTwoFactor(await rolesOf(app.db, actor.userId)));
      return reply.page(
        `${VIEWS}/twoFactorManage`,
        { ...common, blockedRoles },
        { title: t('twoFactor.heading') },
      );
    }
    const qr = overview.secret
      ? await QRCode.toDataURL(totpUri(overview.secret, overview.email), { width: 240 })
      : null;
    return reply.page(
      `${VIEWS}/twoFactorSetup`,
      {
        ...common,
        qr,
        secret: overview.secret && inGroups(overview.secret),
        awaitingRoles: roleList(t, actor.rolesAwaitingTwoFactor),
      },
      { title: t('twoFactor.setupTitle') },
    );
  }

  /**
   * Each typed code counts against the person's attempts, so six digits cannot be guessed: the count
   * is written before the command's transaction, so a refused code still counts.
   */
  const countCodeAttempt = (userId: number) => app.rateLimiter.enforce('token_account', `user:${userId}`);
  const forgetCodeAttempts = (userId: number) => app.rateLimiter.reset('token_account', `user:${userId}`);

  /**
   * A refused form: a wrong code is shown beside its field, roles that keep two-step verification on
   * are named above the form, and a form sent for a state that has since changed (e.g. in another
   * tab) leads back to the page as it is now.
   */
  function refusedPage(request: FastifyRequest, reply: FastifyReply, error: unknown) {
    const summary = errorSummaryOf(error, request.t);
    if (summary.status === 409) return reply.redirect('/konto/2fa', 303);
    if (summary.reasons.length > 0) {
      const problem = request.t('twoFactor.disableBlocked', { roles: summary.reasons.join(', ') });
      return twoFactorPage(request, reply.code(summary.status), { problem });
    }
    return twoFactorPage(request, reply.code(summary.status), { errors: summary.errors });
  }

  app.get<{ Querystring: { zapisano?: string } }>('/konto/2fa', own, async (request, reply) => {
    const notice = request.query.zapisano === 'wylaczono' ? request.t('twoFactor.disabled') : undefined;
    return twoFactorPage(request, reply, { notice });
  });

  app.post('/konto/2fa/rozpocznij', own, async (request, reply) => {
    try {
      await runCommand(request, twoFactorSetupStarter, { userId: actorOf(request).userId });
    } catch (error) {
      return refusedPage(request, reply, error);
    }
    return reply.redirect('/konto/2fa', 303);
  });

  app.post('/konto/2fa', own, async (request, reply) => {
    const userId = actorOf(request).userId;
    await countCodeAttempt(userId);
    let result: SetupConfirmed;
    try {
      result = await runCommand(request, twoFactorSetupConfirmer, {
        userId,
        code: text(formBody(request).code),
        sessionId: request.sessionId,
        userAgent: request.headers['user-agent'],
      });
    } catch (error) {
      return refusedPage(request, reply, error);
    }
    await forgetCodeAttempts(userId);
    adoptSession(request, reply, result.session);
    return recoveryCodesPage(reply, result.recoveryCodes, true);
  });

  app.post('/konto/2fa/kody', own, async (request, reply) => {
    const userId = actorOf(request).userId;
    await countCodeAttempt(userId);
    let recoveryCodes: string[];
    try {
      recoveryCodes = await runCommand(request, recoveryCodesRegenerator, {
        userId,
        code: text(formBody(request).regenerateCode),
        field: 'regenerateCode',
      });
    } catch (error) {
      return refusedPage(request, reply, error);
    }
    await forgetCodeAttempts(userId);
    return recoveryCodesPage(reply, recoveryCodes, false);
  });

  app.post('/konto/2fa/wylacz', own, async (request, reply) => {
    const userId = actorOf(request).userId;
    await countCodeAttempt(userId);
    try {
      await runCommand(request, twoFactorDisabler, {
        userId,
        code: text(formBody(request).disableCode),
        field: 'disableCode',
      });
    } catch (error) {
      return refusedPage(request, reply, error);
    }
    await forgetCodeAttempts(userId);
    return reply.redirect('/konto/2fa?zapisano=wylaczono', 303);
  });
}
