import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Eta } from 'eta';
import { formatMoney, formatNumber } from '../platform/formats.ts';
import type { NavEntry, WorkMenuEntry } from '../platform/module.ts';
import { toRoman } from '../platform/roman.ts';
import { formatCalendarDate, formatDate, formatDateTime, type Locale } from '../platform/time.ts';
import { assetUrl } from './assets.ts';
import { helpers } from './components/helpers.ts';
import type { ComponentName, ComponentParams } from './components/index.ts';
import type { Translate } from './i18n/messages.ts';
import { htmlClasses, type Preferences, preferenceLink, TEXT_SIZES } from './preferences.ts';

const SRC_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// Templates escape every <%= %> by default; <%~ %> is kept for HTML the server built and sanitised.
const eta = new Eta({ views: SRC_DIR, cache: process.env.NODE_ENV !== 'development', autoEscape: true });

export interface SiteInfo {
  contactEmail: string;
  socialLinks: { name: string; url: string }[];
}

/** A role's work page in the main menu: shown to those who can do the action. */
export type WorkLink = WorkMenuEntry;

export interface PageRequest {
  t: Translate;
  locale: Locale;
  prefs: Preferences;
  /** The path and query of the current page, for the switches to come back to. */
  currentUrl: string;
  requestId: string;
  site: SiteInfo;
  /** The main navigation, from the module list. */
  nav: readonly NavEntry[];
  /** The signed-in person, for the account links in the header and their work pages in the menu. */
  actor: {
    name: string;
    canReadAudit: boolean;
    canManageUsers: boolean;
    workLinks: readonly WorkLink[];
  } | null;
  /** A CSRF token for forms on the page (the header's sign-out form among them). */
  csrfToken: () => string;
}

export interface PageOptions {
  title: string;
  /** Main-navigation entry to mark as current. */
  section?: string;
}

/**
 * Renders a component of src/ui/components with its params, in the page's language. Templates call it as
 * it.component('button', { text: it.t('…') }); code (presenters, tests) may call it directly.
 */
export function renderComponent<N extends ComponentName>(
  name: N,
  params: ComponentParams[N],
  t: Translate,
  locale: Locale,
): string {
  return eta.render(`ui/components/${name}/template`, { params, t, locale, h: helpers });
}

/** Helpers every template gets as it.h, it.t and so on. */
function viewContext(request: PageRequest) {
  const { t, locale, prefs, currentUrl } = request;
  return {
    component: <N extends ComponentName>(name: N, params: ComponentParams[N]) =>
      renderComponent(name, params, t, locale),
    /** Escaping and class helpers, for the HTML a template hands to a component's html param. */
    h: helpers,
    t,
    locale,
    prefs,
    currentUrl,
    requestId: request.requestId,
    site: request.site,
    nav: request.nav,
    actor: request.actor,
    csrfToken: request.csrfToken,
    asset: assetUrl,
    textSizes: TEXT_SIZES,
    prefLink: (param: 'kontrast' | 'tekst' | 'lang', value: string) =>
      preferenceLink(param, value, currentUrl),
    date: (instant: string) => formatDate(instant, locale),
    dateTime: (instant: string) => formatDateTime(instant, locale),
    calendarDate: (isoDate: string) => formatCalendarDate(isoDate, locale),
    number: (value: number) => formatNumber(value, locale),
    money: (value: number) => formatMoney(value, locale),
    roman: toRoman,
  };
}

export type ViewContext = ReturnType<typeof viewContext>;

/** Renders a module's template (path relative to src/, without .eta) inside the portal layout. */
export function renderPage(
  template: string,
  data: Record<string, unknown>,
  request: PageRequest,
  options: PageOptions,
): string {
  const context = { ...viewContext(request), ...data };
  const body = eta.render(template, context);
  return eta.render('ui/views/layout', {
    ...context,
    body,
    title: options.title,
    section: options.section ?? '',
    htmlClass: htmlClasses(request.prefs),
  });
}

/** Renders a fragment (path relative to src/, without .eta) with only the data given, e.g. a section of a page. */
export function renderPartial(template: string, data: Record<string, unknown>): string {
  const t = data.t as Translate | undefined;
  const locale = (data.locale as Locale | undefined) ?? 'pl';
  const component = t
    ? <N extends ComponentName>(name: N, params: ComponentParams[N]) =>
        renderComponent(name, params, t, locale)
    : undefined;
  return eta.render(template, { component, h: helpers, ...data });
}
