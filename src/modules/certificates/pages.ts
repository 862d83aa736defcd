import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, notFound } from '../../platform/domainError.ts';
import { uploadedFile } from '../../platform/multipart.ts';
import { warsawDate } from '../../platform/time.ts';
import { certificatePath } from '../statuses/presenters.ts';
import { findStatus } from '../statuses/queries.ts';
import { isVerificationCode } from '../statuses/statusState.ts';
import { certificateIssuer } from './certificateIssuer.ts';
import { certificateFactsOf } from './certificateVerifier.ts';
import { signingKeyOf } from './keyring.ts';
import {
  type FileVerification,
  type RegistryStatus,
  statusByCode,
  verifyCertificateFile,
} from './verification.ts';

const VIEWS = 'modules/certificates/views';

/**
 * Certificates of KKK status and their public verification. A certificate is public information:
 * anyone may download it for an active or expired status (it states its own validity, and the
 * verification page tells today's state); a revoked status has none (410).
 */
export default async function certificatePages(app: FastifyInstance): Promise<void> {
  const publicPage = { schema: { hide: true }, config: { access: 'public' } } as const;

  const formPage = (
    request: FastifyRequest,
    reply: FastifyReply,
    values: { kod?: string },
    errors: Record<string, string>,
  ) =>
    reply.page(
      `${VIEWS}/verify`,
      { values, errors, csrf: reply.csrfToken() },
      { title: request.t('certificates.verify.title'), section: 'kkk' },
    );

  const resultPage = (
    request: FastifyRequest,
    reply: FastifyReply,
    status: RegistryStatus | null,
    file: Omit<FileVerification, 'status'> | null,
  ) =>
    reply.page(
      `${VIEWS}/result`,
      {
        status,
        file,
        certificateUrl: status && status.state !== 'revoked' ? certificatePath(status.id) : null,
      },
      { title: request.t('certificates.result.title'), section: 'kkk' },
    );

  app.get<{ Querystring: { kod?: string } }>('/weryfikacja', publicPage, async (request, reply) => {
    const code = request.query.kod?.trim();
    if (code === undefined) return formPage(request, reply, {}, {});
    if (!isVerificationCode(code))
      return formPage(
        request,
        reply.code(400),
        { kod: code },
        { kod: request.t('certificates.verify.codeInvalid') },
      );
    return reply.redirect(`/weryfikacja/${encodeURIComponent(code)}`, 303);
  });

  app.post('/weryfikacja', publicPage, async (request, reply) => {
    await app.rateLimiter.enforce('certificate_ip', request.ip);
    const file = uploadedFile(request.body, 'file');
    if (!file || file.data.length === 0)
      return formPage(request, reply.code(400), {}, { file: request.t('certificates.verify.fileMissing') });
    if (file.tooLarge)
      return formPage(request, reply.code(413), {}, { file: request.t('certificates.verify.fileTooLarge') });
    const { status, ...outcome } = await verifyCertificateFile(app, file.data);
    return resultPage(request, reply, status, outcome);
  });

  app.get<{ Params: { code: string } }>('/weryfikacja/:code', publicPage, async (request, reply) => {
    await app.rateLimiter.enforce('certificate_ip', request.ip);
    const status = await statusByCode(app, request.params.code);
    if (!status)
      return reply
        .code(404)
        .page(
          `${VIEWS}/notFound`,
          { code: request.params.code.slice(0, 64) },
          { title: request.t('certificates.notFoundTitle'), section: 'kkk' },
        );
    return resultPage(request, reply, status, null);
  });

  app.get<{ Params: { statusId: string } }>(
    '/certyfikaty/kkk/:statusId(^\\d{1,9}).pdf',
    publicPage,
    async (request, reply) => {
      const status = await findStatus(
        app.db,
        { id: Number(request.params.statusId) },
        warsawDate(app.clock.now()),
      );
      if (!status) throw notFound('statuses.notFound');
      if (status.state === 'revoked') throw new DomainError('gone', 'revoked', 'certificates.notIssued');
      const pdf = await certificateIssuer(app.db, {
        statusId: status.id,
        facts: certificateFactsOf(status),
        baseUrl: app.config.baseUrl,
        issuedBy: app.config.issuingAuthority,
        key: await signingKeyOf(app),
        now: app.clock.now(),
        requestId: request.id,
        ip: request.ip,
      });
      return reply
        .type('application/pdf')
        .header(
          'content-disposition',
          `inline; filename="certyfikat-kkk-${status.clusterSlug}-runda-${status.roundNumber}.pdf"`,
        )
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );
}
