import type { FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from '../../errors.ts';
import type { Locale } from '../../platform/time.ts';
import type { ApplicationAccess } from '../../policies/competition.ts';
import { can } from '../../policies/index.ts';
import type { MessageKey, Translate } from '../../ui/i18n/messages.ts';
import { competition } from '../../ui/i18n/pl/competition.ts';
import type { Actor } from '../accounts/actor.ts';
import { clusterAccessOf } from '../registry/team.ts';
import { attachmentStore } from './attachmentStore.ts';
import type { CompetitionError, CompetitionProblem, Reason } from './errors.ts';
import { type Application, applicationById } from './queries.ts';

const STATUS: Record<CompetitionProblem, number> = {
  invalid: 400,
  not_found: 404,
  rules_frozen: 409,
  round_not_open: 409,
  round_closed: 409,
  cluster_not_published: 409,
  already_applied: 409,
  not_editable: 409,
  not_eligible: 422,
  already_submitted: 409,
  not_withdrawable: 409,
  not_in_formal_check: 409,
  correction_window_closed: 409,
  field_not_requested: 409,
  duplicate_round_number: 409,
};

/** Who acts, when, and the app's services: what every competition command is given by a route. */
export function commandOf(request: FastifyRequest) {
  const app = request.server;
  return {
    db: app.db,
    actorId: request.actor?.userId ?? null,
    now: app.clock.now(),
    requestId: request.id,
    ip: request.ip,
    locale: request.locale,
    baseUrl: app.config.baseUrl,
    store: attachmentStore(app.config.dataDir),
  };
}

export function statusOf(error: CompetitionError): number {
  return STATUS[error.problem];
}

export const refusalKey = (problem: CompetitionProblem) => `competition.refusal.${problem}` as MessageKey;

/** A field problem in the visitor's language; rule-editor problems come as English sentences. */
export function fieldMessage(t: Translate, problem: string): string {
  const key = `competition.problem.${problem}`;
  return isMessage(key) ? t(key) : t('competition.problem.rules', { message: problem });
}

function isMessage(key: string): key is MessageKey {
  return Object.hasOwn(competition, key);
}

export function fieldMessages(t: Translate, problems: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(problems).map(([name, problem]) => [name, fieldMessage(t, problem)]),
  );
}

export function reasonText(t: Translate, reason: Reason, locale: Locale): string {
  const params = { ...reason.params };
  // An attachment's name comes in both languages; the message shows the visitor's.
  if ('namePl' in params) params.name = String(locale === 'en' ? params.nameEn : params.namePl);
  return t(`competition.reason.${reason.code}` as MessageKey, params);
}

/** The competition's refusal as the API's error (field problems as message keys). */
export function apiError(error: CompetitionError): HttpError {
  const fields = Object.fromEntries(
    Object.entries(error.fields).map(([name, problem]) => {
      const key = `competition.problem.${problem}`;
      return [name, isMessage(key) ? key : ('competition.refusal.invalid' as MessageKey)];
    }),
  );
  return new HttpError(statusOf(error), error.problem, refusalKey(error.problem), {}, fields);
}

export async function applicationAccess(
  request: FastifyRequest,
  application: Application,
): Promise<ApplicationAccess> {
  const access = await clusterAccessOf(request.server.db, request.actor, application.clusterId);
  return { teamRole: access.teamRole };
}

/**
 * The application if the actor may do the action on it; otherwise 404, so nobody learns which
 * applications of other clusters exist.
 */
export async function authorizedApplication(
  request: FastifyRequest,
  id: number,
  action: 'applications.apply' | 'applications.read',
): Promise<{ application: Application; access: ApplicationAccess }> {
  const application = await applicationById(request.server.db, id);
  if (!application) throw new HttpError(404, 'not_found', 'api.notFound');
  const access = await applicationAccess(request, application);
  if (!can(request.actor, action, access)) throw new HttpError(404, 'not_found', 'api.notFound');
  return { application, access };
}

/**
 * Who may download an application's attachments: the cluster's team, the operators, and experts
 * assigned to it. Whether an expert is assigned is told by the modules that assign them (the
 * assessment, under `provides.attachmentReaders` in its module.ts).
 */
export type AssignedExpertCheck = (
  db: FastifyRequest['server']['db'],
  userId: number,
  applicationId: number,
) => Promise<boolean>;

declare module '../../platform/module.ts' {
  interface Provisions {
    attachmentReaders: AssignedExpertCheck;
  }
}

async function assignedExpertCheck(request: FastifyRequest, userId: number, applicationId: number) {
  for (const check of request.server.portal.provided('attachmentReaders')) {
    if (await check(request.server.db, userId, applicationId)) return true;
  }
  return false;
}

export async function attachmentReadableBy(
  request: FastifyRequest,
  actor: Actor | null,
  application: Application,
): Promise<boolean> {
  if (!actor) return false;
  const access = await applicationAccess(request, application);
  const assignedExpert =
    actor.roles.includes('expert') && (await assignedExpertCheck(request, actor.userId, application.id));
  return can(actor, 'applications.readAttachment', { ...access, assignedExpert });
}

export function noStore(reply: FastifyReply): FastifyReply {
  return reply.header('cache-control', 'no-store');
}
