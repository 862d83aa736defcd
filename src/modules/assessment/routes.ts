import type { FastifyInstance } from 'fastify';
import { setAssignedExpertCheck } from '../competition/access.ts';
import { addRoundDashboardSection } from '../competition/dashboardSections.ts';
import assessmentDecisionApi from './api-decisions.ts';
import assessmentExpertApi from './api-experts.ts';
import assessmentExportApi from './api-exports.ts';
import assessmentOperatorApi from './api-operator.ts';
import { expertMaySeeApplication, roundDashboardSection } from './competitionHooks.ts';
import { expertPages } from './expert-pages.ts';
import { interestPages } from './interest-pages.ts';
import { operatorPages } from './operator-pages.ts';
import { panelOperatorPages } from './panel-operator-pages.ts';
import { panelPages } from './panel-pages.ts';
import { rankingPages } from './ranking-pages.ts';
import { resultsPages } from './results-pages.ts';

/** The substantive assessment: its API and pages, and what it tells the competition core. */
export default async function assessmentRoutes(app: FastifyInstance): Promise<void> {
  setAssignedExpertCheck(expertMaySeeApplication);
  addRoundDashboardSection(roundDashboardSection);
  await app.register(assessmentExpertApi);
  await app.register(assessmentOperatorApi);
  await app.register(assessmentDecisionApi);
  await app.register(assessmentExportApi);
  expertPages(app);
  interestPages(app);
  panelPages(app);
  operatorPages(app);
  panelOperatorPages(app);
  rankingPages(app);
  resultsPages(app);
}
