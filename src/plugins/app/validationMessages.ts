import type { FastifyError } from 'fastify';
import { jsonPath } from '../../platform/domainError.ts';
import type { MessageKey, Translate } from '../../ui/i18n/messages.ts';

type ValidationIssue = NonNullable<FastifyError['validation']>[number];

/** Turns schema-validation issues into "field → readable message", one message per field. */
export function validationFields(error: FastifyError, t: Translate): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.validation ?? []) {
    const name = fieldName(issue) || error.validationContext || 'body';
    fields[name] ??= t(messageKeyOf(issue), { limit: limitOf(issue) });
  }
  return fields;
}

function fieldName(issue: ValidationIssue): string {
  const params = issue.params as Record<string, unknown>;
  const extra = params.missingProperty ?? params.additionalProperty;
  const segments = issue.instancePath.split('/').slice(1);
  if (typeof extra === 'string') segments.push(extra);
  return jsonPath(segments);
}

const KEYWORD_MESSAGES: Record<string, MessageKey> = {
  required: 'validation.required',
  minimum: 'validation.minimum',
  maximum: 'validation.maximum',
  minLength: 'validation.minLength',
  maxLength: 'validation.maxLength',
  format: 'validation.format',
  pattern: 'validation.pattern',
  enum: 'validation.enum',
  const: 'validation.enum',
  anyOf: 'validation.invalid',
  additionalProperties: 'validation.additional',
};

function messageKeyOf(issue: ValidationIssue): MessageKey {
  if (issue.keyword === 'type') {
    const expected = (issue.params as { type?: string }).type;
    return expected === 'integer' || expected === 'number' ? 'validation.integer' : 'validation.type';
  }
  return KEYWORD_MESSAGES[issue.keyword] ?? 'validation.invalid';
}

function limitOf(issue: ValidationIssue): string {
  const limit = (issue.params as { limit?: number }).limit;
  return limit === undefined ? '' : String(limit);
}
