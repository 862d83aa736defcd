import type { FastifyInstance } from 'fastify';
import { acceptMultipartForms } from '../../platform/multipart.ts';

export const MAX_CERTIFICATE_BYTES = 5 * 1024 * 1024;

/**
 * This plugin's routes take a form with one PDF (read before the CSRF check reads the token), and the
 * API also takes a bare application/pdf body, seen by the handlers as the same `file` field.
 */
export function acceptCertificateUploads(app: FastifyInstance): void {
  acceptMultipartForms(app, { maxFileBytes: MAX_CERTIFICATE_BYTES, maxFields: 5 });
  app.addContentTypeParser(
    'application/pdf',
    { parseAs: 'buffer', bodyLimit: MAX_CERTIFICATE_BYTES },
    (_request, body, done) => done(null, { file: { fileName: '', data: body as Buffer, tooLarge: false } }),
  );
}
