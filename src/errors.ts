import { Type } from '@sinclair/typebox';
import type { MessageKey, Params } from './ui/i18n/messages.ts';

/** An error the visitor caused and can act on; rendered as a 4xx, never as a 500. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    readonly messageKey: MessageKey,
    readonly params: Params = {},
    /** Field name → message key, for validation errors. */
    readonly fields: Record<string, MessageKey> = {},
    /** Response headers that belong to the refusal, e.g. Retry-After on a 429. */
    readonly headers: Record<string, string> = {},
  ) {
    super(code);
    this.name = 'HttpError';
  }
}

export function notFound(messageKey: MessageKey = 'api.notFound', params: Params = {}): HttpError {
  return new HttpError(404, 'not_found', messageKey, params);
}

/** The one shape of every API error body. */
export interface ApiErrorBody {
  error: { code: string; message: string; fields?: Record<string, string> };
}

/** The same shape as a schema, for every route's 4xx responses in the OpenAPI document. */
export const ApiErrorSchema = Type.Object(
  {
    error: Type.Object({
      code: Type.String({ examples: ['validation_failed'] }),
      message: Type.String(),
      fields: Type.Optional(Type.Record(Type.String(), Type.String())),
    }),
  },
  { title: 'ApiError' },
);

/** The error responses a route may give, for its schema: `response: { 200: Thing, ...apiErrors(400, 404) }`. */
export function apiErrors<const S extends number>(...statuses: S[]): Record<S, typeof ApiErrorSchema> {
  return Object.fromEntries(statuses.map((status) => [status, ApiErrorSchema])) as Record<
    S,
    typeof ApiErrorSchema
  >;
}
