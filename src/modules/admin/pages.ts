import type { FastifyInstance } from 'fastify';
import { auditPage } from './auditPage.ts';
import { userPages } from './userPages.ts';

/** The administration pages: the audit log, and accounts with their roles. */
export default async function adminPages(app: FastifyInstance): Promise<void> {
  auditPage(app);
  userPages(app);
}
