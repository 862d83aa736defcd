import type { FastifyInstance } from 'fastify';
import { acceptMultipartForms } from '../../../platform/multipart.ts';
import { criteriaPages } from './criteriaPages.ts';
import { formPages } from './formPages.ts';
import { MAX_LOGO_BYTES } from './logo.ts';
import { logoRoute } from './logoRoute.ts';
import { myClustersPage } from './myClustersPage.ts';
import { questionnairePage } from './questionnairePage.ts';
import { reviewPages } from './reviewPages.ts';

/** The registration workflow's pages: questionnaire, the person's clusters and forms, logos, the operators' review and criteria. */
export default async function registrationPages(app: FastifyInstance): Promise<void> {
  acceptMultipartForms(app, { maxFileBytes: MAX_LOGO_BYTES });
  questionnairePage(app);
  myClustersPage(app);
  formPages(app);
  logoRoute(app);
  reviewPages(app);
  criteriaPages(app);
}
