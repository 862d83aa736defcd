import type { MessageKey, Params } from '../ui/i18n/messages.ts';

/**
 * What kind of refusal it is; the one error mapper (`plugins/app/errors.ts`) turns the kind into an
 * HTTP status, so no command or handler names a status code.
 */
export type DomainErrorKind =
  | 'invalid' // 400: the input is wrong; `fields` says where
  | 'unauthenticated' // 401
  | 'forbidden' // 403
  | 'not_found' // 404
  | 'conflict' // 409: the record's state does not allow it now
  | 'gone' // 410
  | 'too_large' // 413
  | 'unprocessable' // 422: well-formed, but the rules refuse it
  | 'too_many_requests'; // 429

/**
 * A field's problem: a message key, with params when the message needs them, or a module's own
 * problem code that the error's `messageOfCode` turns into a message.
 */
export type FieldProblem = MessageKey | { key: MessageKey; params?: Params } | (string & {});

export interface Message {
  key: MessageKey;
  params?: Params;
}

/** The HTTP status of each kind: read only by the one error mapper (plugins/app/errors.ts). */
const STATUS_OF_KIND: Record<DomainErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  gone: 410,
  too_large: 413,
  unprocessable: 422,
  too_many_requests: 429,
};

/** A reason behind a refusal: its machine-readable code, and its message with params. */
export interface Reason {
  code?: string;
  key: MessageKey;
  params?: Params;
}

export interface DomainErrorOptions {
  params?: Params;
  /** Field name as the request names it (`closes_at`, `scores[3].points`) → its problem. */
  fields?: Record<string, FieldProblem>;
  /** Reasons behind a refusal (e.g. eligibility), each a message key with params. */
  reasons?: Reason[];
  /** Response headers that belong to the refusal, e.g. Retry-After on a 429. */
  headers?: Record<string, string>;
  /** A sentence for logs and the console (the CLI prints it); defaults to the code. */
  detail?: string;
  /** Turns a field's problem code into its message (by default the code is the message key). */
  messageOfCode?: (code: string) => Message;
}

/** The one error every module throws for a refusal the visitor caused and can act on. */
export class DomainError extends Error {
  override name = 'DomainError';
  readonly params: Params;
  readonly fields: Record<string, FieldProblem>;
  readonly reasons: Reason[];
  readonly headers: Record<string, string>;
  readonly #messageOfCode: (code: string) => Message;

  constructor(
    readonly kind: DomainErrorKind,
    /** The machine-readable code of the API error body, e.g. `round_closed`, `validation_failed`. */
    readonly code: string,
    readonly messageKey: MessageKey,
    options: DomainErrorOptions = {},
  ) {
    super(options.detail ?? code);
    this.params = options.params ?? {};
    this.fields = options.fields ?? {};
    this.reasons = options.reasons ?? [];
    this.headers = options.headers ?? {};
    this.#messageOfCode = options.messageOfCode ?? ((code) => ({ key: code as MessageKey }));
  }

  /** The status the kind stands for (the mapper answers with it). */
  get statusCode(): number {
    return STATUS_OF_KIND[this.kind];
  }

  /** A field's problem as a message with its params. */
  messageOf(problem: FieldProblem): Message {
    return typeof problem === 'string' ? this.#messageOfCode(problem) : problem;
  }

  get messageOfCode(): (code: string) => Message {
    return this.#messageOfCode;
  }
}

/** The code of every input-validation refusal, from schemas and from commands alike. */
export const VALIDATION_FAILED = 'validation_failed';

export function invalid(
  fields: Record<string, FieldProblem>,
  messageKey: MessageKey = 'api.validation',
  detail?: string,
): DomainError {
  return new DomainError('invalid', VALIDATION_FAILED, messageKey, { fields, detail });
}

export function notFound(messageKey: MessageKey = 'api.notFound', params: Params = {}): DomainError {
  return new DomainError('not_found', 'not_found', messageKey, { params });
}

/** Path segments as the JSON path a client writes: `scores[3].points`, `answers.website`. */
export function jsonPath(segments: readonly (string | number)[]): string {
  return segments
    .map((segment, index) => {
      const name = String(segment).replaceAll('~1', '/').replaceAll('~0', '~');
      if (/^\d+$/.test(name)) return `[${name}]`;
      return index === 0 ? name : `.${name}`;
    })
    .join('');
}

/** The same refusal with its field keys renamed, e.g. from a command's names to the request's. */
export function withFieldNames(error: DomainError, rename: (name: string) => string): DomainError {
  const fields = Object.fromEntries(
    Object.entries(error.fields).map(([name, problem]) => [rename(name), problem]),
  );
  return new DomainError(error.kind, error.code, error.messageKey, {
    params: error.params,
    fields,
    reasons: error.reasons,
    headers: error.headers,
    messageOfCode: error.messageOfCode,
  });
}

/** A camelCase name as the API's property name: `closesAt` → `closes_at`. */
export function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

export function forbidden(messageKey: MessageKey = 'auth.forbidden'): DomainError {
  return new DomainError('forbidden', 'forbidden', messageKey);
}

export function unauthenticated(messageKey: MessageKey = 'auth.signInRequired'): DomainError {
  return new DomainError('unauthenticated', 'unauthorized', messageKey);
}
