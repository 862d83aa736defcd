import type { Job } from '../../platform/jobs/scheduler.ts';
import { defineModule } from '../../platform/module.ts';
import { competitionRules } from '../../policies/competition.ts';
import { competition as en } from '../../ui/i18n/en/competition.ts';
import type { MessageKey } from '../../ui/i18n/messages.ts';
import { competition as pl } from '../../ui/i18n/pl/competition.ts';
import { mailTemplates } from './mailTemplates.ts';

export const messages = { pl, en };
export const abilities = competitionRules;
export { mailTemplates };

/** The audit actions this module records, each with its label in the audit log. */
export const auditLabels = {
  'competition.programme.create': 'admin.action.programmeCreated',
  'competition.round.create': 'admin.action.roundCreated',
  'competition.round.update': 'admin.action.roundUpdated',
  'competition.round.deadline_extended': 'admin.action.roundDeadlineExtended',
  'competition.round.publish': 'admin.action.roundPublished',
  'competition.application.start': 'admin.action.applicationStarted',
  'competition.application.submit': 'admin.action.applicationSubmitted',
  'competition.application.resubmit': 'admin.action.applicationResubmitted',
  'competition.application.withdraw': 'admin.action.applicationWithdrawn',
  'competition.attachment.upload': 'admin.action.attachmentUploaded',
  'competition.formalCheck.accepted': 'admin.action.formalCheckAccepted',
  'competition.formalCheck.rejected': 'admin.action.formalCheckRejected',
  'competition.formalCheck.corrections': 'admin.action.formalCheckCorrections',
  'competition.formalCheck.correctionsExpired': 'admin.action.formalCheckCorrectionsExpired',
} as const satisfies Record<string, MessageKey>;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** The KKK competition: programmes, rounds and rules, applications, formal check. */
export default defineModule({
  name: 'competition',
  routes: [
    () => import('./pages.ts'),
    () => import('./api.ts'),
    () => import('./apiDiscovery.ts'),
    () => import('./apiRoundApplications.ts'),
  ],
  abilities,
  messages,
  mailTemplates,
  auditLabels,
  jobs: async (): Promise<Job[]> => {
    const jobs = await import('./jobs.ts');
    return [
      // A correction window ends at a set instant: rejected within minutes of it.
      { name: 'competition-expired-corrections', everyMs: 5 * MINUTE, run: jobs.expiredCorrectionsRejecter },
      { name: 'competition-expired-draft-stashes', everyMs: HOUR, run: jobs.expiredStashesRemover },
    ];
  },
  nav: [{ section: 'competition', href: '/konkurs', label: 'competition.nav', position: 40 }],
  workMenu: [
    {
      section: 'competition-operator',
      href: '/panel/konkurs',
      label: 'competition.operator.title',
      action: 'rounds.manage',
    },
  ],
});
