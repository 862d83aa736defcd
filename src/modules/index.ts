import { assemblePortal, type PortalModule } from '../platform/module.ts';
import type { MessageKey } from '../ui/i18n/messages.ts';
import * as accounts from './accounts/module.ts';
import * as admin from './admin/module.ts';
import * as apiDocs from './apiDocs/module.ts';
import * as assessment from './assessment/module.ts';
import * as calendar from './calendar/module.ts';
import * as certificates from './certificates/module.ts';
import * as competition from './competition/module.ts';
import * as content from './content/module.ts';
import * as registry from './registry/module.ts';
import * as search from './search/module.ts';
import * as statuses from './statuses/module.ts';
import * as system from './system/module.ts';

/**
 * Every module of the portal, in the order their routes are registered. A new module is its folder
 * (with a module.ts) and one line here; its messages, abilities, audit actions and mail templates then join the
 * closed types below, so a text, ability, label or mail that is missing fails the type check.
 */
const LIST = [
  system,
  apiDocs,
  content,
  search,
  registry,
  statuses,
  certificates,
  accounts,
  admin,
  competition,
  assessment,
  calendar,
] as const;

export const MODULES: readonly PortalModule[] = LIST.map((entry) => entry.default);
const PORTAL = assemblePortal(MODULES);

type Entry = (typeof LIST)[number];
type Merged<U> = (U extends unknown ? (part: U) => void : never) extends (part: infer I) => void ? I : never;
type MessagesOf<E> = E extends { messages: { pl: infer P } } ? P : never;
type RulesOf<E> = E extends { abilities: infer R } ? R : never;
type AuditActionsOf<E> = E extends { auditLabels: infer L } ? keyof L & string : never;
type MailTemplatesOf<E> = E extends { mailTemplates: { pl: infer T } } ? T : never;
type ModuleMailTemplates = Merged<MailTemplatesOf<Entry>>;

/** The Polish catalogue of every module, merged: its keys are the modules' message keys. */
export type ModuleMessages = Merged<MessagesOf<Entry>>;
/** Every module's abilities, merged: keys are the actions, values the rules with their resource types. */
export type ModuleRules = Merged<RulesOf<Entry>>;
/** Every audit action a module records. */
export type ModuleAuditAction = AuditActionsOf<Entry>;

/** Every mail template's name with the params it takes, from the modules' `mailTemplates`. */
export type ModuleMailParams = {
  [K in keyof ModuleMailTemplates]: ModuleMailTemplates[K] extends (params: infer P) => unknown ? P : never;
};

/** Every module's mail templates, per language: what the outbox renders. */
export const MAIL_TEMPLATES = PORTAL.mailTemplates;

/** Every recorded action with the message that names it, from the modules' `auditLabels`. */
export const AUDIT_LABELS = PORTAL.auditLabels as Readonly<Record<ModuleAuditAction, MessageKey>>;
export const AUDIT_ACTIONS = Object.keys(AUDIT_LABELS) as ModuleAuditAction[];
