import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { runCommand } from '../../plugins/app/commandContext.ts';
import { errorSummaryOf } from '../../plugins/app/errors.ts';
import type { MessageKey } from '../../ui/i18n/messages.ts';
import { safeReturnPath } from '../../ui/preferences.ts';
import { accountRegistrar, registrationPreparer } from './accountRegistrar.ts';
import { emailVerifier } from './emailVerifier.ts';
import { clearSessionCookie, formBody, setSessionCookie } from './http.ts';
import { loginAuthenticator } from './loginAuthenticator.ts';
import { passwordResetRequester } from './passwordResetRequester.ts';
import { newPasswordHasher, passwordResetter } from './passwordResetter.ts';
import { sessionEnder } from './sessions.ts';
import { signInStarter } from './signInStarter.ts';
import { checkEmail, type FieldErrors, normaliseEmail, text } from './validation.ts';

const VIEWS = 'modules/accounts/views';
const open = { config: { access: 'public' as const } };

function translated(request: FastifyRequest, errors: FieldErrors): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([field, key]) => [field, request.t(key)]));
}

function message(
  reply: FastifyReply,
  heading: MessageKey,
  text: MessageKey,
  kind: 'ok' | 'error',
  link?: { href: string; text: MessageKey },
) {
  const t = reply.request.t;
  return reply.page(
    `${VIEWS}/message`,
    { heading: t(heading), text: t(text), kind, link: link && { href: link.href, text: t(link.text) } },
    { title: t(heading) },
  );
}

/** Registration, e-mail verification, sign-in, sign-out and password reset. */
export default async function accountPages(app: FastifyInstance): Promise<void> {
  const registerForm = (
    reply: FastifyReply,
    values = { name: '', email: '' },
    errors: Record<string, string> = {},
  ) =>
    reply.page(
      `${VIEWS}/register`,
      { values, errors, csrf: reply.csrfToken() },
      { title: reply.request.t('account.registerTitle') },
    );

  app.get('/konto/rejestracja', open, async (_request, reply) => registerForm(reply));

  app.post('/konto/rejestracja', open, async (request, reply) => {
    await app.rateLimiter.enforce('register_ip', request.ip);
    const form = formBody(request);
    try {
      const registration = await registrationPreparer(form);
      await runCommand(request, accountRegistrar, registration);
    } catch (error) {
      const summary = errorSummaryOf(error, request.t);
      const values = { name: text(form.name), email: normaliseEmail(form.email) };
      return registerForm(reply.code(summary.status), values, summary.errors);
    }
    return message(reply, 'account.registerTitle', 'account.registerDone', 'ok');
  });

  app.get<{ Querystring: { token?: string } }>('/konto/weryfikacja', open, async (request, reply) => {
    const verified = await runCommand(request, emailVerifier, request.query.token ?? '');
    if (!verified) return message(reply.code(400), 'account.registerTitle', 'account.linkInvalid', 'error');
    return message(reply, 'account.registerTitle', 'account.verifyDone', 'ok', {
      href: '/konto/logowanie',
      text: 'account.signIn',
    });
  });

  const loginForm = (
    reply: FastifyReply,
    props: { email?: string; returnTo?: string; failed?: boolean; notice?: string } = {},
  ) =>
    reply.page(
      `${VIEWS}/login`,
      {
        email: props.email ?? '',
        returnTo: props.returnTo ?? '',
        failed: props.failed ?? false,
        notice: props.notice,
        csrf: reply.csrfToken(),
      },
      { title: reply.request.t('account.signInTitle') },
    );

  app.get<{ Querystring: { wroc?: string } }>('/konto/logowanie', open, async (request, reply) =>
    loginForm(reply, { returnTo: safeReturnPath(request.query.wroc) }),
  );

  app.post('/konto/logowanie', open, async (request, reply) => {
    const body = formBody(request);
    const email = normaliseEmail(body.email);
    const returnTo = safeReturnPath(body.wroc);
    await app.rateLimiter.enforce('login_ip', request.ip);
    await app.rateLimiter.enforce('login_account', email);
    const user = await loginAuthenticator(app.db, {
      email,
      password: typeof body.password === 'string' ? body.password : '',
    });
    if (!user) return loginForm(reply.code(401), { email, returnTo, failed: true });
    await app.rateLimiter.reset('login_account', email);
    const session = await runCommand(request, signInStarter, {
      userId: user.id,
      sessionId: request.sessionId,
      userAgent: request.headers['user-agent'],
    });
    setSessionCookie(request, reply, session.token);
    const next = user.totpEnabled
      ? `/konto/2fa/weryfikacja?${new URLSearchParams({ wroc: returnTo })}`
      : returnTo === '/'
        ? '/konto'
        : returnTo;
    return reply.redirect(next, 303);
  });

  // Open to a half-finished sign-in too (password given, code not yet), so it can be abandoned.
  app.post('/konto/wyloguj', open, async (request, reply) => {
    if (request.sessionId) await sessionEnder(app.db, request.sessionId);
    clearSessionCookie(reply);
    return reply.redirect('/', 303);
  });

  const resetForm = (reply: FastifyReply, values = { email: '' }, errors: Record<string, string> = {}) =>
    reply.page(
      `${VIEWS}/resetRequest`,
      { values, errors, csrf: reply.csrfToken() },
      { title: reply.request.t('account.resetTitle') },
    );

  app.get('/konto/haslo/przypomnienie', open, async (_request, reply) => resetForm(reply));

  app.post('/konto/haslo/przypomnienie', open, async (request, reply) => {
    const email = normaliseEmail(formBody(request).email);
    const errors: FieldErrors = {};
    checkEmail(errors, 'email', email);
    if (Object.keys(errors).length > 0)
      return resetForm(reply.code(400), { email }, translated(request, errors));
    await app.rateLimiter.enforce('reset_ip', request.ip);
    await app.rateLimiter.enforce('reset_account', email);
    await runCommand(request, passwordResetRequester, email);
    return message(reply, 'account.resetTitle', 'account.resetSent', 'ok');
  });

  const newPasswordForm = (reply: FastifyReply, token: string, errors: Record<string, string> = {}) =>
    reply.page(
      `${VIEWS}/newPassword`,
      { token, errors, csrf: reply.csrfToken() },
      { title: reply.request.t('account.newPasswordTitle') },
    );

  app.get<{ Querystring: { token?: string } }>('/konto/haslo/nowe', open, async (request, reply) =>
    newPasswordForm(reply, request.query.token ?? ''),
  );

  app.post('/konto/haslo/nowe', open, async (request, reply) => {
    const body = formBody(request);
    const token = typeof body.token === 'string' ? body.token : '';
    try {
      const passwordHash = await newPasswordHasher({
        password: typeof body.password === 'string' ? body.password : '',
        passwordRepeat: typeof body.passwordRepeat === 'string' ? body.passwordRepeat : '',
      });
      await runCommand(request, passwordResetter, { token, passwordHash });
    } catch (error) {
      const summary = errorSummaryOf(error, request.t);
      // A weak password is the form's to fix; a bad link is not.
      if (Object.keys(summary.errors).length > 0)
        return newPasswordForm(reply.code(summary.status), token, summary.errors);
      return message(reply.code(summary.status), 'account.newPasswordTitle', 'account.linkInvalid', 'error');
    }
    return message(reply, 'account.newPasswordTitle', 'account.passwordChanged', 'ok', {
      href: '/konto/logowanie',
      text: 'account.signIn',
    });
  });
}
