import type { FastifyInstance } from 'fastify';
import { apiErrors } from '../../errors.ts';
import { auditRecorder } from '../../platform/audit/recorder.ts';
import { DomainError, notFound, unauthenticated } from '../../platform/domainError.ts';
import { apiTokenCreator, apiTokenRevoker } from './apiTokens.ts';
import { loginAuthenticator } from './loginAuthenticator.ts';
import { CreatedToken, Me, TokenIdParams, TokenRequest } from './schemas.ts';
import { totpCodeAccepter } from './twoFactor.ts';

const bearer = [{ bearerAuth: [] }];

/** Personal API tokens for scripts, and who the caller is. */
export default async function accountsApi(app: FastifyInstance): Promise<void> {
  app.post<{ Body: TokenRequest }>(
    '/api/v1/auth/tokens',
    {
      config: { access: 'public' },
      schema: {
        tags: ['accounts'],
        summary: 'Create a personal API token',
        description:
          'Give the e-mail, password and — when two-step verification is on — the current TOTP code. Staff ' +
          '(operator, expert, admin) need two-step verification for their roles: set it up first in the pages at ' +
          '/konto/2fa (sign in, scan the QR code with an authenticator app, confirm a code), then send `totp`. ' +
          'A code is accepted within ±1 time step of 30 seconds and only once (a code already used to sign in is ' +
          'refused: wait for the next). Check the token’s roles with GET /api/v1/me. Rate-limited per address and account.',
        body: TokenRequest,
        response: { 201: CreatedToken, ...apiErrors(400, 401, 429) },
      },
    },
    async (request, reply) => {
      const { email, password, totp, name } = request.body;
      await app.rateLimiter.enforce('token_ip', request.ip);
      await app.rateLimiter.enforce('token_account', email.toLowerCase());
      const user = await loginAuthenticator(app.db, { email, password });
      const secret = user?.totpEnabled
        ? (
            await app.db
              .selectFrom('users')
              .select('totpSecret')
              .where('id', '=', user.id)
              .executeTakeFirstOrThrow()
          ).totpSecret
        : null;
      const now = app.clock.now();
      const codeRefused =
        user !== null &&
        secret !== null &&
        !(await totpCodeAccepter(app.db, { userId: user.id, secret, code: totp ?? '', now }));
      if (!user || codeRefused) {
        throw new DomainError('unauthenticated', 'invalid_credentials', 'api.signInFailed');
      }
      await app.rateLimiter.reset('token_account', email.toLowerCase());
      const created = await apiTokenCreator(app.db, {
        userId: user.id,
        name,
        now,
        twoFactorProven: secret !== null,
      });
      await auditRecorder(
        app.db,
        {
          actorId: user.id,
          action: 'api_token.created',
          entityType: 'api_token',
          entityId: String(created.id),
          summary: { after: { name } },
          requestId: request.id,
          ip: request.ip,
        },
        now,
      );
      return reply.code(201).send({ id: created.id, name, token: created.token });
    },
  );

  app.delete<{ Params: { id: number } }>(
    '/api/v1/auth/tokens/:id',
    {
      config: { access: 'account.manage' },
      schema: {
        tags: ['accounts'],
        summary: 'Revoke one of your API tokens',
        security: bearer,
        params: TokenIdParams,
        response: { 204: { type: 'null' }, ...apiErrors(401, 404) },
      },
    },
    async (request, reply) => {
      const actor = request.actor;
      if (!actor) throw unauthenticated();
      const revoked = await apiTokenRevoker(app.db, {
        userId: actor.userId,
        tokenId: request.params.id,
        now: app.clock.now(),
      });
      if (!revoked) throw notFound();
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/v1/me',
    {
      config: { access: 'signedIn' },
      schema: {
        tags: ['accounts'],
        summary: 'The caller’s account',
        security: bearer,
        response: { 200: Me, ...apiErrors(401) },
      },
    },
    async (request) => {
      const actor = request.actor;
      if (!actor) throw unauthenticated();
      return { id: actor.userId, email: actor.email, name: actor.name, roles: actor.roles };
    },
  );
}
