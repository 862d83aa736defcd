import { fastifyCookie } from '@fastify/cookie';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { ApiErrorBody } from '../../errors.ts';
import { DomainError, type FieldProblem, snakeCase } from '../../platform/domainError.ts';
import type { NavEntry } from '../../platform/module.ts';
import { type MessageKey, type Params, type Translate, translator } from '../../ui/i18n/messages.ts';
import { readPreferences } from '../../ui/preferences.ts';
import { renderPage, type SiteInfo } from '../../ui/render.ts';
import { validationFields } from './validationMessages.ts';

interface Problem {
  statusCode: number;
  code: string;
  messageKey: MessageKey;
  params: Params;
  fields: Record<string, string>;
  headers?: Record<string, string>;
}

export function statusOfDomainError(error: DomainError): number {
  return error.statusCode;
}

export function fieldText(error: DomainError, problem: FieldProblem, t: Translate): string {
  const message = error.messageOf(problem);
  return t(message.key, message.params);
}

export interface ErrorSummary {
  status: number;
  /** Field name → message, for the error summary and beside each field. */
  errors: Record<string, string>;
  /** What was refused, in one sentence. */
  refusal: string;
  reasons: string[];
}

/**
 * A domain error as a page shows it: the status, the field messages for the error summary (keyed by
 * the form's field names, which the summary links to) and the sentence that says what was refused.
 * The one way a page renders a refusal; anything else thrown is thrown on.
 */
export function errorSummaryOf(error: unknown, t: Translate): ErrorSummary {
  // Anything but a refusal is not the visitor's to fix: the error handler answers it.
  if (!(error instanceof DomainError)) throw error;
  const errors = Object.fromEntries(
    Object.entries(error.fields).map(([name, problem]) => [name, fieldText(error, problem, t)]),
  );
  return {
    status: statusOfDomainError(error),
    errors,
    refusal: t(error.messageKey, error.params),
    reasons: error.reasons.map((reason) => t(reason.key, reason.params)),
  };
}

/** Maps anything thrown to a status, a code and a message the visitor can read. */
function problemOf(error: FastifyError, t: Translate): Problem {
  if (error instanceof DomainError) {
    const fields = Object.fromEntries(
      Object.entries(error.fields).map(([name, problem]) => [name, fieldText(error, problem, t)]),
    );
    // Reasons behind a refusal (e.g. eligibility) are listed with the fields, each under its index.
    error.reasons.forEach((reason, index) => {
      fields[`reasons[${index}]`] = t(reason.key, reason.params);
    });
    return {
      statusCode: statusOfDomainError(error),
      code: error.code,
      messageKey: error.messageKey,
      params: error.params,
      fields,
      headers: error.headers,
    };
  }
  if (error.validation) {
    return {
      statusCode: 400,
      code: 'validation_failed',
      messageKey: 'api.validation',
      params: {},
      fields: validationFields(error, t),
    };
  }
  const status = error.statusCode ?? 500;
  if (status >= 500) {
    return { statusCode: 500, code: 'internal_error', messageKey: 'api.internal', params: {}, fields: {} };
  }
  return { statusCode: status, ...clientErrorOf(error), params: {}, fields: {} };
}

function clientErrorOf(error: FastifyError): { code: string; messageKey: MessageKey } {
  if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError) {
    return { code: 'invalid_json', messageKey: 'api.invalidJson' };
  }
  if (error.statusCode === 413) return { code: 'payload_too_large', messageKey: 'api.tooLarge' };
  if (error.statusCode === 415)
    return { code: 'unsupported_media_type', messageKey: 'api.unsupportedMediaType' };
  if (error.statusCode === 429) return { code: 'too_many_requests', messageKey: 'api.tooManyRequests' };
  if (error.statusCode === 404) return { code: 'not_found', messageKey: 'api.notFound' };
  return { code: 'bad_request', messageKey: 'api.badRequest' };
}

export function isApiRequest(request: FastifyRequest): boolean {
  return request.url.startsWith('/api/') && !request.url.startsWith('/api/docs');
}

/**
 * The API names every property in snake_case, as its bodies do: a field a use case named in
 * camelCase (`closesAt`, `expertId`) is answered under the request's own name (`closes_at`,
 * `expert_id`); paths (`scores[3].points`, `rules/…`) stay as they are. Pages keep their form names.
 */
function inApiNames(fields: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(fields).map(([name, message]) => [
      /^[a-z][A-Za-z0-9]*$/.test(name) ? snakeCase(name) : name,
      message,
    ]),
  );
}

/** A heading and a sentence for the error page; 401, 403 and 429 say exactly what happened. */
function htmlErrorTexts(problem: Problem, t: Translate): { heading: string; text: string } {
  switch (problem.statusCode) {
    case 401:
      return { heading: t('error.unauthorizedTitle'), text: t(problem.messageKey, problem.params) };
    case 403:
      return { heading: t('error.forbiddenTitle'), text: t(problem.messageKey, problem.params) };
    case 404:
      return { heading: t('error.notFoundTitle'), text: t('error.notFoundText') };
    case 429:
      return { heading: t('error.badRequestTitle'), text: t(problem.messageKey, problem.params) };
    default:
      return problem.statusCode >= 500
        ? { heading: t('error.serverTitle'), text: t('error.serverText') }
        : { heading: t('error.badRequestTitle'), text: t('error.badRequestText') };
  }
}

function sendProblem(problem: Problem, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const t = request.t;
  reply.code(problem.statusCode).header('cache-control', 'no-store');
  if (problem.headers) reply.headers(problem.headers);
  if (isApiRequest(request)) {
    const message = t(problem.messageKey, { ...problem.params, requestId: request.id });
    const body: ApiErrorBody = { error: { code: problem.code, message } };
    if (Object.keys(problem.fields).length > 0) body.error.fields = inApiNames(problem.fields);
    return reply.send(body);
  }
  if (problem.statusCode === 401 && request.method === 'GET') {
    return reply.redirect(`/konto/logowanie?${new URLSearchParams({ wroc: request.url })}`, 303);
  }
  const { heading, text } = htmlErrorTexts(problem, t);
  try {
    return reply.page(
      'ui/views/errors/error',
      { heading, text, showRequestId: problem.statusCode >= 500 },
      { title: heading },
    );
  } catch (renderError) {
    // The layout itself failed: still answer in plain words, never with internals.
    request.log.error({ err: renderError }, 'error page could not be rendered');
    return reply
      .type('text/plain; charset=utf-8')
      .send(`${heading}\n${text}\n${t('error.requestId')}: ${request.id}\n`);
  }
}

/**
 * A URL whose percent-encoding is malformed (`/klastry/%ED%A0%80`) is refused by the router before any
 * hook runs: Fastify's `frameworkErrors` hands it here, to be answered in the portal's shape — the API
 * error body, or the 400 page in the visitor's language (read from the cookie, as on every page).
 */
export function badUrlAnswer(site: SiteInfo, nav: readonly NavEntry[]) {
  return (_error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply => {
    const prefs = readPreferences(fastifyCookie.parse(request.headers.cookie ?? ''));
    const t = translator(prefs.locale);
    const url = request.raw.url ?? '/';
    reply.code(400).header('cache-control', 'no-store');
    if (url.startsWith('/api/') && !url.startsWith('/api/docs')) {
      const body: ApiErrorBody = { error: { code: 'bad_url', message: t('api.badUrl') } };
      return reply.send(body);
    }
    const heading = t('error.badRequestTitle');
    const html = renderPage(
      'ui/views/errors/error',
      { heading, text: t('api.badUrl'), showRequestId: false },
      {
        t,
        locale: prefs.locale,
        prefs,
        currentUrl: '/',
        requestId: request.id,
        site,
        nav,
        actor: null,
        csrfToken: () => '',
      },
      { title: heading },
    );
    return reply.header('content-language', prefs.locale).type('text/html; charset=utf-8').send(html);
  };
}

export default fp(
  async (app: FastifyInstance) => {
    app.setErrorHandler((error: FastifyError, request, reply) => {
      const problem = problemOf(error, request.t);
      if (problem.statusCode >= 500) request.log.error({ err: error }, 'request failed');
      else request.log.info({ code: problem.code, status: problem.statusCode }, 'request refused');
      return sendProblem(problem, request, reply);
    });

    app.setNotFoundHandler((request, reply) => {
      const problem: Problem = {
        statusCode: 404,
        code: 'not_found',
        messageKey: isApiRequest(request) ? 'api.routeNotFound' : 'api.notFound',
        params: { method: request.method, url: request.url.split('?')[0] ?? '' },
        fields: {},
      };
      return sendProblem(problem, request, reply);
    });
  },
  { name: 'errors', dependencies: ['page-context'] },
);
