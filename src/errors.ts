import { Type } from '@sinclair/typebox';

/**
 * The one shape of every API error body (refusals are `DomainError`s from platform/domainError.ts,
 * turned into this shape by the one mapper, plugins/app/errors.ts).
 */
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
