import type { FastifyInstance } from 'fastify';
import assessmentDecisionApi from './apiDecisions.ts';
import assessmentExpertApi from './apiExperts.ts';
import assessmentExportApi from './apiExports.ts';
import assessmentOperatorApi from './apiOperator.ts';
import assessmentRoundOverviewApi from './apiRoundOverview.ts';
import { expertPages } from './expertPages.ts';
import { interestPages } from './interestPages.ts';
import { operatorPages } from './operatorPages.ts';
import { panelOperatorPages } from './panelOperatorPages.ts';
import { panelPages } from './panelPages.ts';
import { rankingPages } from './rankingPages.ts';
import { resultsPages } from './resultsPages.ts';

/** The substantive assessment: its API and pages (what it tells the competition core: module.ts). */
export default async function assessmentRoutes(app: FastifyInstance): Promise<void> {
  await app.register(assessmentExpertApi);
  await app.register(assessmentOperatorApi);
  await app.register(assessmentDecisionApi);
  await app.register(assessmentExportApi);
  await app.register(assessmentRoundOverviewApi);
  expertPages(app);
  interestPages(app);
  panelPages(app);
  operatorPages(app);
  panelOperatorPages(app);
  rankingPages(app);
  resultsPages(app);
}
