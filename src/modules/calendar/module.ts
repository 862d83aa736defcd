import { defineModule, lazy } from '../../platform/module.ts';
import { calendarRules } from '../../policies/calendar.ts';
import type { MessageKey } from '../../ui/i18n/messages.ts';
import { mailTemplates } from './mailTemplates.ts';
import { calendarEn } from './messagesEn.ts';
import { calendarPl } from './messagesPl.ts';

export const messages = { pl: calendarPl, en: calendarEn };
export const abilities = calendarRules;
export { mailTemplates };

/** The audit actions this module records, each with its label in the audit log. */
export const auditLabels = {
  'calendar.event.proposed': 'calendar.audit.proposed',
  'calendar.event.published': 'calendar.audit.published',
  'calendar.event.returned': 'calendar.audit.returned',
  'calendar.event.rejected': 'calendar.audit.rejected',
  'calendar.event.edited': 'calendar.audit.edited',
  'calendar.event.cancelled': 'calendar.audit.cancelled',
  'calendar.event.instanceChanged': 'calendar.audit.instanceChanged',
  'calendar.trust.changed': 'calendar.audit.trusted',
} as const satisfies Record<string, MessageKey>;

/** The events calendar: proposals and moderation, list and month views, iCalendar and Atom feeds. */
export default defineModule({
  name: 'calendar',
  routes: [() => import('./pages.ts'), () => import('./feeds.ts'), () => import('./api.ts')],
  abilities,
  messages,
  auditLabels,
  mailTemplates,
  nav: [{ section: 'calendar', href: '/kalendarz', label: 'nav.calendar', position: 50 }],
  workMenu: [
    {
      section: 'calendar-moderation',
      href: '/kalendarz/moderacja',
      label: 'calendar.nav.moderation',
      action: 'calendar.event.moderate',
    },
  ],
  homeSections: [
    {
      id: 'calendar',
      position: 15,
      template: 'modules/calendar/views/homeSection',
      load: lazy(() => import('./sections.ts').then((m) => m.upcomingForHome)),
      maxAgeMs: 60_000,
    },
  ],
  search: [{ kind: 'event', reindex: lazy(() => import('./sections.ts').then((m) => m.eventReindexer)) }],
  provides: {
    clusterProfileSections: [
      { id: 'calendar', load: lazy(() => import('./sections.ts').then((m) => m.clusterEventsSection)) },
    ],
  },
});
