import type { FastifyInstance } from 'fastify';
import certificatesApi from './api.ts';
import certificatePages from './pages.ts';
import { acceptCertificateUploads } from './upload.ts';

/** The certificate pages and API, which share the upload parsers registered here. */
export default async function certificates(app: FastifyInstance): Promise<void> {
  acceptCertificateUploads(app);
  await app.register(certificatePages);
  await app.register(certificatesApi);
}
