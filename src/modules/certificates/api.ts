import { type Static, Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { apiErrors } from '../../errors.ts';
import { DomainError, notFound } from '../../platform/domainError.ts';
import { uploadedFile } from '../../platform/multipart.ts';
import { presentStatus } from '../statuses/presenters.ts';
import { KkkStatus } from '../statuses/schemas.ts';
import { VERIFICATION_CODE_PATTERN } from '../statuses/statusState.ts';
import { verificationUrl } from './signing.ts';
import { statusByCode, verifyCertificateFile } from './verification.ts';

const CertificateStatus = Type.Composite([
  KkkStatus,
  Type.Object({
    verification_code: Type.String(),
    verification_url: Type.String({ format: 'uri' }),
  }),
]);

const Verification = Type.Object({
  genuine: Type.Boolean({ description: 'true: issued by this portal and unchanged' }),
  currently_valid: Type.Boolean({ description: 'genuine and the status is active today (Europe/Warsaw)' }),
  file: Type.Optional(
    Type.Union(
      ['genuine', 'altered', 'forged', 'not_certificate'].map((value) => Type.Literal(value)),
      {
        description:
          'Only for an uploaded file: altered = signed facts, but the file is not byte for byte one the portal issued; forged = bad signature',
      },
    ),
  ),
  differs_from_registry: Type.Optional(
    Type.Array(Type.String(), {
      description: 'Facts a genuine file states that the registry now states differently',
    }),
  ),
  status: Type.Union([CertificateStatus, Type.Null()]),
});

const CodeParams = Type.Object({ code: Type.String({ pattern: VERIFICATION_CODE_PATTERN }) });

export default async function certificatesApi(app: FastifyInstance): Promise<void> {
  const present = (
    status: NonNullable<Awaited<ReturnType<typeof statusByCode>>>,
  ): Static<typeof CertificateStatus> => ({
    ...presentStatus(status, app.config.baseUrl),
    verification_code: status.verificationCode,
    verification_url: verificationUrl(app.config.baseUrl, status.verificationCode),
  });

  app.get<{ Params: Static<typeof CodeParams> }>(
    '/api/v1/certificates/:code',
    {
      config: { access: 'public' },
      schema: {
        tags: ['kkk'],
        summary: 'Verify a KKK certificate by its code',
        description:
          'Whether the code belongs to a certificate this portal issued, and the status it certifies today.',
        params: CodeParams,
        response: { 200: Verification, ...apiErrors(400, 404, 429) },
      },
    },
    async (request) => {
      await app.rateLimiter.enforce('certificate_ip', request.ip);
      const status = await statusByCode(app, request.params.code);
      if (!status) throw notFound('certificates.notFound', { code: request.params.code });
      return { genuine: true, currently_valid: status.state === 'active', status: present(status) };
    },
  );

  app.post(
    '/api/v1/certificates/verify',
    {
      config: { access: 'public' },
      schema: {
        tags: ['kkk'],
        summary: 'Verify an uploaded KKK certificate PDF',
        description:
          'Send the PDF as the body (Content-Type: application/pdf) or as the field "file" of a multipart form. ' +
          'The signature (Ed25519) of the embedded facts, the SHA-256 of the page content and of the whole file (against the files the portal issued) are checked, then the registry.',
        consumes: ['application/pdf', 'multipart/form-data'],
        response: { 200: Verification, ...apiErrors(400, 413, 415, 429) },
      },
    },
    async (request) => {
      await app.rateLimiter.enforce('certificate_ip', request.ip);
      const file = uploadedFile(request.body, 'file');
      if (!file || file.data.length === 0)
        throw new DomainError('invalid', 'validation_failed', 'certificates.verify.fileMissing', {
          fields: { file: 'certificates.verify.fileMissing' },
        });
      if (file.tooLarge) throw new DomainError('too_large', 'too_large', 'certificates.verify.fileTooLarge');
      const result = await verifyCertificateFile(app, file.data);
      const genuine = result.outcome === 'genuine';
      return {
        genuine,
        currently_valid: genuine && result.status?.state === 'active',
        file: result.outcome,
        differs_from_registry: result.differences,
        status: result.status && result.outcome !== 'forged' ? present(result.status) : null,
      };
    },
  );
}
