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

/** A field's problem: a message key, with params when the message needs them. */
export type FieldProblem = MessageKey | { key: MessageKey; params?: Params };

export interface DomainErrorOptions {
  params?: Params;
  /** Field name as the request names it (`closes_at`, `scores[3].points`) → its problem. */
  fields?: Record<string, FieldProblem>;
  /** Reasons behind a refusal (e.g. eligibility), each a message key with params. */
  reasons?: { key: MessageKey; params?: Params }[];
  /** Response headers that belong to the refusal, e.g. Retry-After on a 429. */
  headers?: Record<string, string>;
}

/** The one error every module throws for a refusal the visitor caused and can act on. */
export class DomainError extends Error {
  override name = 'DomainError';
  readonly params: Params;
  readonly fields: Record<string, FieldProblem>;
  readonly reasons: { key: MessageKey; params?: Params }[];
  readonly headers: Record<string, string>;

  constructor(
    readonly kind: DomainErrorKind,
    /** The machine-readable code of the API error body, e.g. `round_closed`, `validation_failed`. */
    readonly code: string,
    readonly messageKey: MessageKey,
    options: DomainErrorOptions = {},
  ) {
    super(code);
    this.params = options.params ?? {};
    this.fields = options.fields ?? {};
    this.reasons = options.reasons ?? [];
    this.headers = options.headers ?? {};
  }
}

/** The code of every input-validation refusal, from schemas and from commands alike. */
export const VALIDATION_FAILED = 'validation_failed';

export function invalid(
  fields: Record<string, FieldProblem>,
  messageKey: MessageKey = 'api.validation',
): DomainError {
  return new DomainError('invalid', VALIDATION_FAILED, messageKey, { fields });
}

export function notFound(messageKey: MessageKey = 'api.notFound', params: Params = {}): DomainError {
  return new DomainError('not_found', 'not_found', messageKey, { params });
}
