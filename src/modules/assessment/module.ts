import { defineModule, lazy } from '../../platform/module.ts';
import { assessmentRules } from '../../policies/assessment.ts';
import { assessment as en } from '../../ui/i18n/en/assessment.ts';
import type { MessageKey } from '../../ui/i18n/messages.ts';
import { assessment as pl } from '../../ui/i18n/pl/assessment.ts';
import { mailTemplates } from './mailTemplates.ts';

export const messages = { pl, en };
export const abilities = assessmentRules;
export { mailTemplates };

/** The audit actions this module records, each with its label in the audit log. */
export const auditLabels = {
  'assessment.interest.declared': 'admin.action.interestDeclared',
  'assessment.interest.removed': 'admin.action.interestRemoved',
  'assessment.task.assigned': 'admin.action.taskAssigned',
  'assessment.task.removed': 'admin.action.taskRemoved',
  'assessment.task.no_conflict_declared': 'admin.action.taskNoConflictDeclared',
  'assessment.task.conflict_declared': 'admin.action.taskConflictDeclared',
  'assessment.scores.draft_saved': 'admin.action.scoresDraftSaved',
  'assessment.scores.submitted': 'admin.action.scoresSubmitted',
  'assessment.scores.reopened': 'admin.action.scoresReopened',
  'assessment.divergence_found': 'admin.action.divergenceFound',
  'assessment.stage1_decided': 'admin.action.stage1Decided',
  'assessment.panel.member_added': 'admin.action.panelMemberAdded',
  'assessment.panel.no_conflict_declared': 'admin.action.panelNoConflictDeclared',
  'assessment.panel.conflict_declared': 'admin.action.panelConflictDeclared',
  'assessment.panel.presentation_scheduled': 'admin.action.presentationScheduled',
  'assessment.panel.consensus_written': 'admin.action.consensusWritten',
  'assessment.ranking.confirmed': 'admin.action.rankingConfirmed',
  'assessment.ranking.round_confirmed': 'admin.action.roundRankingConfirmed',
  'assessment.ranking.excluded': 'admin.action.rankingExcluded',
  'assessment.decision.recorded': 'admin.action.decisionRecorded',
  'assessment.appeal.filed': 'admin.action.appealFiled',
  'assessment.appeal.dismissed': 'admin.action.appealDismissed',
  'assessment.appeal.reassessment': 'admin.action.appealReassessment',
} as const satisfies Record<string, MessageKey>;

const hooks = () => import('./competitionHooks.ts');

/** The substantive assessment: experts, conflicts, scoring, panel, ranking, decisions, appeals. */
export default defineModule({
  name: 'assessment',
  routes: [() => import('./routes.ts')],
  abilities,
  messages,
  mailTemplates,
  auditLabels,
  workMenu: [
    {
      section: 'expert',
      href: '/ekspert',
      label: 'assessment.expert.tasksTitle',
      action: 'assessment.score',
    },
  ],
  accountSections: [
    {
      id: 'expert',
      position: 30,
      render: lazy(() => import('./accountSection.ts').then((m) => m.expertSection)),
    },
  ],
  provides: {
    attachmentReaders: [lazy(() => hooks().then((m) => m.expertMaySeeApplication))],
    roundDashboardSections: [
      { id: 'assessment', load: lazy(() => hooks().then((m) => m.roundDashboardSection.load)) },
    ],
  },
});
