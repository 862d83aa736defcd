import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Action } from '../policies/index.ts';
import type { MessageKey, MessageValue, Translate } from '../ui/i18n/messages.ts';
import type { Job } from './jobs/scheduler.ts';
import type { MailTemplateMap } from './mail/templates/content.ts';
import type { Locale } from './time.ts';

/**
 * The contract every module folder fulfils in its `module.ts`: everything the rest of the portal needs
 * from it, as data. `src/modules/index.ts` lists the modules in order; the app, the catalogues, the
 * abilities, the audit labels, the jobs, the menus and the account and home pages are built from it.
 *
 * A module's code (routes, sections, jobs) is reached through `import()` inside functions, so that
 * `module.ts` itself imports only data (catalogues, rules, labels): the policies and the catalogues are
 * assembled from the module list, and route files import the policies.
 */
export interface PortalModule {
  /** The folder's name, for messages about the module. */
  name: string;
  /** Route plugins (pages and API), registered in this order; each gets `{ baseUrl }` as options. */
  routes?: readonly RoutePlugin[];
  /** Abilities the module adds to `can()`, one rule each (usually a `policies/<resource>.ts` object). */
  abilities?: Readonly<Record<string, Rule>>;
  /** UI texts; English has exactly the Polish keys. */
  messages?: { pl: Readonly<Record<string, MessageValue>>; en: Readonly<Record<string, MessageValue>> };
  /**
   * The mails it sends (`MailTemplates<Params>` from platform/mail): per language, one function per
   * template; the outbox renders every module's, and their names and params join `MailParams`.
   */
  mailTemplates?: MailTemplateMap;
  /** The audit actions the module records, each with the message that names it in the audit log. */
  auditLabels?: Readonly<Record<string, MessageKey>>;
  /** Scheduled jobs; every instance runs them, a lease per job keeps runs apart. */
  jobs?: (context: JobContext) => Promise<readonly Job[]>;
  /** Entries of the main navigation, ordered by position across modules. */
  nav?: readonly NavEntry[];
  /** Work pages in the main menu, shown to those who can do the action. */
  workMenu?: readonly WorkMenuEntry[];
  /** Sections of the account page (/konto), ordered by position. */
  accountSections?: readonly AccountSectionEntry[];
  /** Cards of the home page, ordered by position, each with its own data. */
  homeSections?: readonly HomeSection[];
  /** The kinds of document the module hands to portal-wide search, and how to rebuild them. */
  search?: readonly SearchSource[];
  /** What the module gives to extension points other modules open (see `Provisions`). */
  provides?: { readonly [K in keyof Provisions]?: readonly Provisions[K][] };
}

/** A route plugin, loaded when the app is built. */
export type RoutePlugin = () => Promise<{ default: FastifyPluginAsync<RouteOptions> }>;
export interface RouteOptions {
  baseUrl: string;
}

// biome-ignore lint/suspicious/noExplicitAny: a rule's resource type is its own; can() keeps it typed.
export type Rule = (actor: any, resource?: any) => boolean;

export interface JobContext {
  baseUrl: string;
}

export interface NavEntry {
  /** Marks the entry as current when a page names this section. */
  section: string;
  href: string;
  label: MessageKey;
  /** Order across modules: lower first. */
  position: number;
  /** The language of the page behind the link, when it is always one language. */
  lang?: Locale;
}

export interface WorkMenuEntry {
  section: string;
  href: string;
  label: MessageKey;
  action: Action;
}

/** An account-page section: HTML of its own, or '' to show nothing. */
export type AccountSection = (request: FastifyRequest, reply: FastifyReply) => Promise<string>;
export interface AccountSectionEntry {
  id: string;
  position: number;
  render: AccountSection;
}

/**
 * A home-page card (an `<li class="portal-card">`): a template (path under src/, no .eta) rendered with t and
 * what load() returns, or a render function given the same.
 */
export interface HomeSection {
  id: string;
  position: number;
  template?: string;
  render?: (data: Record<string, unknown> & { t: Translate }) => string;
  load?: (db: Kysely<Database>) => Promise<Record<string, unknown>>;
  /** How long the loaded data may be reused (per instance); 0 or absent: loaded for each page. */
  maxAgeMs?: number;
}

/** A kind of document in portal-wide search, and how to rebuild all of them (e.g. after an import). */
export interface SearchSource {
  kind: string;
  /** The kind's name in the search page's type facets (e.g. "Klastry"). */
  label?: MessageKey;
  reindex: (db: Kysely<Database>) => Promise<number>;
}

/**
 * Extension points: a module that lets others add to it declares a key here (by declaration merging,
 * in its own folder) with the shape of one contribution; contributors list theirs under `provides`,
 * and the module reads them all from `app.portal.provided(key)`.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging in the modules.
export interface Provisions {}

/** Declares a module; only gives the object its type. */
export function defineModule(module: PortalModule): PortalModule {
  return module;
}

/**
 * A function that loads its module on first call: lets `module.ts` name code without importing it,
 * e.g. `lazy(() => import('./queries.ts').then((m) => m.countClusters))`.
 */
export function lazy<Args extends unknown[], Result>(
  load: () => Promise<(...args: Args) => Promise<Result>>,
): (...args: Args) => Promise<Result> {
  return async (...args) => (await load())(...args);
}

/** What the app is built from: the modules' contributions gathered in list order. */
export interface Portal {
  modules: readonly PortalModule[];
  rules: Readonly<Record<string, Rule>>;
  /** Whether the actor may do the action (any module's); an unknown action is refused. */
  can(actor: unknown, action: string, resource?: unknown): boolean;
  auditLabels: Readonly<Record<string, MessageKey>>;
  /** Every module's mail templates, per language. */
  mailTemplates: MailTemplateMap;
  nav: readonly NavEntry[];
  workMenu: readonly WorkMenuEntry[];
  accountSections: readonly AccountSectionEntry[];
  homeSections: readonly HomeSection[];
  search: readonly SearchSource[];
  /** Every contribution to an extension point, in module order. */
  provided<K extends keyof Provisions>(key: K): readonly Provisions[K][];
  /** Every module's jobs. */
  jobs(context: JobContext): Promise<Job[]>;
}

function byPosition<T extends { position: number }>(entries: T[]): T[] {
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => a.entry.position - b.entry.position || a.index - b.index)
    .map(({ entry }) => entry);
}

/**
 * Gathers the modules' contributions; refuses two modules claiming the same ability, label, mail
 * template or job.
 */
export function assemblePortal(modules: readonly PortalModule[]): Portal {
  const rules: Record<string, Rule> = {};
  const auditLabels: Record<string, MessageKey> = {};
  const mailTemplates = { pl: {}, en: {} } as Record<Locale, Record<string, MailTemplateMap[Locale][string]>>;
  for (const module of modules) {
    for (const locale of ['pl', 'en'] as const) {
      for (const [name, template] of Object.entries(module.mailTemplates?.[locale] ?? {})) {
        if (name in mailTemplates[locale])
          throw new Error(`Module ${module.name} declares the mail template ${name} again`);
        mailTemplates[locale][name] = template;
      }
    }
    for (const [action, rule] of Object.entries(module.abilities ?? {})) {
      if (action in rules) throw new Error(`Module ${module.name} declares the ability ${action} again`);
      rules[action] = rule;
    }
    for (const [action, label] of Object.entries(module.auditLabels ?? {})) {
      if (action in auditLabels)
        throw new Error(`Module ${module.name} declares the audit action ${action} again`);
      auditLabels[action] = label;
    }
  }
  const all = <T>(pick: (module: PortalModule) => readonly T[] | undefined): T[] =>
    modules.flatMap((module) => pick(module) ?? []);
  return {
    modules,
    rules,
    can: (actor, action, resource) => rules[action]?.(actor, resource) ?? false,
    auditLabels,
    mailTemplates,
    nav: byPosition(all((module) => module.nav)),
    workMenu: all((module) => module.workMenu),
    accountSections: byPosition(all((module) => module.accountSections)),
    homeSections: byPosition(all((module) => module.homeSections)),
    search: all((module) => module.search),
    provided: (key) => all((module) => module.provides?.[key]),
    async jobs(context) {
      const lists = await Promise.all(modules.map((module) => module.jobs?.(context) ?? []));
      const jobs = lists.flat();
      const names = new Set(jobs.map((job) => job.name));
      if (names.size !== jobs.length) throw new Error('Two scheduled jobs share a name');
      return jobs;
    },
  };
}

/** One language's catalogue: the portal's own texts, then each module's. */
export function catalogueOf(
  modules: readonly PortalModule[],
  locale: Locale,
  base: Readonly<Record<string, MessageValue>>,
): Record<string, MessageValue> {
  const catalogue: Record<string, MessageValue> = { ...base };
  for (const module of modules) Object.assign(catalogue, module.messages?.[locale]);
  return catalogue;
}
