import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, notFound, unauthenticated, withFieldNames } from '../../platform/domainError.ts';
import { runCommand } from '../../plugins/app/commandContext.ts';
import { errorSummaryOf } from '../../plugins/app/errors.ts';
import { can } from '../../policies/index.ts';
import type { MessageKey } from '../../ui/i18n/messages.ts';
import type { Actor } from './actor.ts';
import { apiTokenCreator, apiTokenRevoker, listApiTokens } from './apiTokens.ts';
import { deletionRequester } from './deletionRequester.ts';
import { deviceName } from './deviceName.ts';
import { emailChangeChecker, emailChangeRequester } from './emailChangeRequester.ts';
import { emailChanger } from './emailChanger.ts';
import { formBody } from './http.ts';
import { isMailLocale, localeChanger, MAIL_LOCALES } from './localeChanger.ts';
import { passwordChanger } from './passwordChanger.ts';
import { roleLabel } from './roles.ts';
import { listSessions, sessionEnder, sessionTwoFactorProven } from './sessions.ts';
import { normaliseEmail } from './validation.ts';

const VIEWS = 'modules/accounts/views';
const signedIn = { config: { access: 'account.manage' as const } };

/** Notices after a redirect, named in the query so no text of the visitor's is echoed back. */
const NOTICES: Record<string, MessageKey> = {
  email: 'account.changeEmailSent',
  saved: 'account.saved',
  locale: 'account.localeSaved',
  password: 'account.passwordChangedHere',
};

/** The language form: the choice is checked by the command's list, so a wrong value shows on the page. */
const LocaleBody = Type.Object({
  locale: Type.String({ maxLength: 8 }),
  _csrf: Type.Optional(Type.String()),
});

/** Sections the modules add to the account page (`accountSections` in their module.ts). */
export type { AccountSection } from '../../platform/module.ts';

function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw unauthenticated();
  return request.actor;
}

export default async function accountSettingsPages(app: FastifyInstance) {
  const sections = app.portal.accountSections.map((section) => section.render);
  async function accountPage(
    request: FastifyRequest,
    reply: FastifyReply,
    extra: {
      /** Field name → message. */
      errors?: Record<string, string>;
      values?: Record<string, string>;
      newToken?: string;
      notice?: string;
    } = {},
  ) {
    const actor = actorOf(request);
    const user = await app.db
      .selectFrom('users')
      .select(['name', 'email', 'locale', 'deletionRequestedAt'])
      .where('id', '=', actor.userId)
      .executeTakeFirstOrThrow();
    const [sessions, tokens, extraSections] = await Promise.all([
      listSessions(app.db, actor.userId),
      listApiTokens(app.db, actor.userId),
      Promise.all(sections.map((section) => section(request, reply))),
    ]);
    return reply.page(
      `${VIEWS}/account`,
      {
        user,
        roles: actor.roles.map((role) => roleLabel(role, request.t)),
        awaiting: actor.rolesAwaitingTwoFactor.map((role) => roleLabel(role, request.t)),
        sessions: sessions.map((session) => ({
          ...session,
          key: session.id,
          device:
            deviceName(session.userAgent, request.t) ??
            session.userAgent ??
            request.t('account.sessionUnknown'),
          current: session.id === request.sessionId,
        })),
        tokens,
        localeOptions: MAIL_LOCALES.map((locale) => ({
          value: locale,
          text: request.t(`account.locale.${locale}`),
        })),
        extraSections,
        errors: extra.errors ?? {},
        values: extra.values ?? {},
        newToken: extra.newToken,
        notice: extra.notice,
        csrf: reply.csrfToken(),
      },
      { title: request.t('account.pageTitle') },
    );
  }

  app.get<{ Querystring: { zapisano?: string } }>('/konto', signedIn, async (request, reply) => {
    const notice = NOTICES[request.query.zapisano ?? ''];
    return accountPage(request, reply, { notice: notice && request.t(notice) });
  });

  app.post('/konto/email', signedIn, async (request, reply) => {
    const body = formBody(request);
    try {
      const userId = actorOf(request).userId;
      const newEmail = await emailChangeChecker(app.db, {
        userId,
        newEmail: body.newEmail,
        currentPassword: body.currentPassword,
      });
      await runCommand(request, emailChangeRequester, { userId, newEmail });
    } catch (error) {
      const summary = errorSummaryOf(error, request.t);
      return accountPage(request, reply.code(summary.status), {
        errors: summary.errors,
        values: { newEmail: normaliseEmail(body.newEmail) },
      });
    }
    return reply.redirect('/konto?zapisano=email', 303);
  });

  // Rate-limited as sign-in is: the current password could otherwise be guessed from a stolen session.
  app.post('/konto/haslo', signedIn, async (request, reply) => {
    const body = formBody(request);
    const actor = actorOf(request);
    const field = (name: string) => (typeof body[name] === 'string' ? String(body[name]) : '');
    await app.rateLimiter.enforce('login_ip', request.ip);
    await app.rateLimiter.enforce('login_account', actor.email);
    try {
      await runCommand(request, passwordChanger, {
        userId: actor.userId,
        currentPassword: field('oldPassword'),
        newPassword: field('newPassword'),
        newPasswordRepeat: field('newPasswordRepeat'),
        keepSessionId: request.sessionId,
      });
    } catch (error) {
      // The e-mail form on the same page has its own currentPassword field.
      const renamed =
        error instanceof DomainError
          ? withFieldNames(error, (name) => (name === 'currentPassword' ? 'oldPassword' : name))
          : error;
      const refusal = errorSummaryOf(renamed, request.t);
      return accountPage(request, reply.code(refusal.status), { errors: refusal.errors });
    }
    await app.rateLimiter.reset('login_account', actor.email);
    return reply.redirect('/konto?zapisano=password#password', 303);
  });

  app.get<{ Querystring: { token?: string } }>(
    '/konto/email/potwierdz',
    { config: { access: 'public' } },
    async (request, reply) => {
      const changed = await runCommand(request, emailChanger, request.query.token ?? '');
      const t = request.t;
      return reply.code(changed ? 200 : 400).page(
        `${VIEWS}/message`,
        {
          heading: t('account.changeEmail'),
          text: t(changed ? 'account.emailChanged' : 'account.linkInvalid'),
          kind: changed ? 'ok' : 'error',
        },
        { title: t('account.changeEmail') },
      );
    },
  );

  app.post<{ Params: { key: string } }>('/konto/sesje/:key/zakoncz', signedIn, async (request, reply) => {
    const session = await app.db
      .selectFrom('sessions')
      .select(['id', 'userId'])
      .where('id', '=', request.params.key)
      .executeTakeFirst();
    if (!session || !can(request.actor, 'account.manage', { userId: session.userId })) throw notFound();
    await sessionEnder(app.db, session.id);
    return reply.redirect('/konto?zapisano=saved#sessions', 303);
  });

  app.post<{ Body: { locale: string } }>(
    '/konto/jezyk',
    { ...signedIn, schema: { hide: true, body: LocaleBody } },
    async (request, reply) => {
      const locale = request.body.locale;
      if (!isMailLocale(locale))
        return accountPage(request, reply.code(400), {
          errors: { locale: request.t('field.localeInvalid') },
        });
      await runCommand(request, localeChanger, { userId: actorOf(request).userId, locale });
      return reply.redirect('/konto?zapisano=locale#locale', 303);
    },
  );

  app.post('/konto/tokeny', signedIn, async (request, reply) => {
    const name = String(formBody(request).tokenName ?? '').trim();
    if (name.length < 1 || name.length > 80) {
      return accountPage(request, reply.code(400), {
        errors: { tokenName: request.t('field.tokenNameInvalid') },
        values: { tokenName: name },
      });
    }
    const created = await apiTokenCreator(app.db, {
      userId: actorOf(request).userId,
      name,
      now: app.clock.now(),
      twoFactorProven: await sessionTwoFactorProven(app.db, request.sessionId),
    });
    return accountPage(request, reply.code(201), { newToken: created.token });
  });

  app.post<{ Params: { id: string } }>('/konto/tokeny/:id/uniewaznij', signedIn, async (request, reply) => {
    const revoked = await apiTokenRevoker(app.db, {
      userId: actorOf(request).userId,
      tokenId: Number(request.params.id),
      now: app.clock.now(),
    });
    if (!revoked) throw notFound();
    return reply.redirect('/konto?zapisano=saved#tokens', 303);
  });

  app.post('/konto/usuniecie', signedIn, async (request, reply) => {
    await runCommand(request, deletionRequester, actorOf(request).userId);
    return reply.redirect('/konto?zapisano=saved#deletion', 303);
  });
}
