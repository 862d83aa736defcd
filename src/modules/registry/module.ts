import { defineModule, lazy } from '../../platform/module.ts';
import { registryRules } from '../../policies/registry.ts';
import { freshness as enFreshness } from '../../ui/i18n/en/freshness.ts';
import { members as enMembers } from '../../ui/i18n/en/members.ts';
import { registration as enRegistration } from '../../ui/i18n/en/registration.ts';
import { registry as enRegistry } from '../../ui/i18n/en/registry.ts';
import { registryValidation as enValidation } from '../../ui/i18n/en/registryValidation.ts';
import { team as enTeam } from '../../ui/i18n/en/team.ts';
import type { MessageKey } from '../../ui/i18n/messages.ts';
import { freshness as plFreshness } from '../../ui/i18n/pl/freshness.ts';
import { members as plMembers } from '../../ui/i18n/pl/members.ts';
import { registration as plRegistration } from '../../ui/i18n/pl/registration.ts';
import { registry as plRegistry } from '../../ui/i18n/pl/registry.ts';
import { registryValidation as plValidation } from '../../ui/i18n/pl/registryValidation.ts';
import { team as plTeam } from '../../ui/i18n/pl/team.ts';
import { mailTemplates } from './mailTemplates.ts';

export const messages = {
  pl: { ...plValidation, ...plRegistry, ...plRegistration, ...plTeam, ...plMembers, ...plFreshness },
  en: { ...enValidation, ...enRegistry, ...enRegistration, ...enTeam, ...enMembers, ...enFreshness },
};
export const abilities = registryRules;
export { mailTemplates };

/** The audit actions this module records, each with its label in the audit log. */
export const auditLabels = {
  'registration.started': 'admin.action.registrationStarted',
  'registration.saved': 'admin.action.registrationSaved',
  'registration.submitted': 'admin.action.registrationSubmitted',
  'registration.approved': 'admin.action.registrationApproved',
  'registration.returned': 'admin.action.registrationReturned',
  'registration.rejected': 'admin.action.registrationRejected',
  'registry.criterion_created': 'admin.action.criterionCreated',
  'registry.criterion_updated': 'admin.action.criterionUpdated',
  'cluster.profile_updated': 'admin.action.profileUpdated',
  'cluster.change_proposed': 'admin.action.changeProposed',
  'cluster.change_approved': 'admin.action.changeApproved',
  'cluster.change_rejected': 'admin.action.changeRejected',
  'cluster.editor_added': 'admin.action.editorAdded',
  'cluster.editor_invited': 'admin.action.editorInvited',
  'cluster.editor_joined': 'admin.action.editorJoined',
  'cluster.editor_removed': 'admin.action.editorRemoved',
  'cluster.members_change_requested': 'admin.action.membersChangeRequested',
  'cluster.members_changed': 'admin.action.membersChanged',
  'cluster.members_change_approved': 'admin.action.membersChangeApproved',
  'cluster.members_change_rejected': 'admin.action.membersChangeRejected',
  'cluster.data_confirmed': 'admin.action.dataConfirmed',
} as const satisfies Record<string, MessageKey>;

const HOUR = 60 * 60_000;

/** The cluster registry: list, map, profiles, registration, team, members and half-yearly updates. */
export default defineModule({
  name: 'registry',
  routes: [
    () => import('./pages.ts'),
    () => import('./registration/routes.ts'),
    () => import('./registration/apiCriteria.ts'),
    () => import('./registration/api.ts'),
    () => import('./team/pages.ts'),
    () => import('./members/pages.ts'),
    () => import('./members/importPages.ts'),
    () => import('./members/reviewPages.ts'),
    () => import('./freshness/pages.ts'),
    () => import('./members/api.ts'),
    () => import('./freshness/api.ts'),
    () => import('./team/api.ts'),
    () => import('./api.ts'),
  ],
  abilities,
  messages,
  mailTemplates,
  auditLabels,
  jobs: async ({ baseUrl }) => {
    const { freshnessReminderJob } = await import('./freshness/reminderJob.ts');
    return [
      {
        name: 'registry-freshness-reminder',
        everyMs: HOUR,
        run: (deps) => freshnessReminderJob({ ...deps, baseUrl }),
      },
    ];
  },
  nav: [{ section: 'clusters', href: '/klastry', label: 'nav.clusters', position: 20 }],
  workMenu: [
    {
      section: 'registrations',
      href: '/admin/zgloszenia',
      label: 'registration.nav.queue',
      action: 'cluster.review',
    },
  ],
  accountSections: [
    {
      id: 'my-clusters',
      position: 20,
      render: lazy(() => import('./registration/accountSection.ts').then((m) => m.myClustersSection)),
    },
  ],
  homeSections: [
    {
      id: 'clusters',
      position: 10,
      template: 'modules/registry/views/homeSection',
      load: async (db) => ({ clusterCount: await (await import('./queries.ts')).countClusters(db) }),
    },
  ],
  search: [
    { kind: 'cluster', reindex: lazy(() => import('./clusterDocuments.ts').then((m) => m.clusterReindexer)) },
  ],
});
