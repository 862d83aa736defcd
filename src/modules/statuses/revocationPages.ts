import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, notFound } from '../../platform/domainError.ts';
import { warsawDate } from '../../platform/time.ts';
import { runCommand } from '../../plugins/app/commandContext.ts';
import { findStatus } from './queries.ts';
import { MAX_REVOCATION_REASON, MIN_REVOCATION_REASON, statusRevoker } from './statusRevoker.ts';

const VIEWS = 'modules/statuses/views';

interface RevocationParams {
  statusId: string;
}

/** An operator revokes a status (e.g. after the minister's decision): a reason, then the verification page. */
export default async function revocationPages(app: FastifyInstance): Promise<void> {
  const route = '/krajowe-klastry-kluczowe/statusy/:statusId(^\\d{1,9})/cofniecie';
  const options = { schema: { hide: true }, config: { access: 'kkk.status.revoke' } } as const;

  const load = async (statusId: string) => {
    const status = await findStatus(app.db, { id: Number(statusId) }, warsawDate(app.clock.now()));
    if (!status) throw notFound('statuses.notFound');
    return status;
  };

  const formPage = async (
    request: FastifyRequest<{ Params: RevocationParams }>,
    reply: FastifyReply,
    values: { reason?: string },
    errors: Record<string, string>,
  ) =>
    reply.page(
      `${VIEWS}/revoke`,
      { status: await load(request.params.statusId), values, errors, csrf: reply.csrfToken() },
      { title: request.t('statuses.revoke.title'), section: 'kkk' },
    );

  app.get<{ Params: RevocationParams }>(route, options, (request, reply) => formPage(request, reply, {}, {}));

  app.post<{ Params: RevocationParams; Body: { reason?: string } }>(
    route,
    options,
    async (request, reply) => {
      const reason = String(request.body?.reason ?? '');
      const length = reason.trim().length;
      if (length < MIN_REVOCATION_REASON || length > MAX_REVOCATION_REASON)
        return formPage(
          request,
          reply.code(400),
          { reason },
          { reason: request.t('statuses.revoke.reasonLength') },
        );
      const status = await load(request.params.statusId);
      try {
        await runCommand(request, statusRevoker, { statusId: status.id, reason });
      } catch (error) {
        if (!(error instanceof DomainError) || error.kind !== 'conflict') throw error;
        return formPage(
          request,
          reply.code(409),
          { reason },
          { reason: request.t('statuses.revoke.already') },
        );
      }
      app.pageCache.clear();
      return reply.redirect(`/weryfikacja/${status.verificationCode}`, 303);
    },
  );
}
