import type { FastifyRequest } from 'fastify';
import { HttpError } from '../../errors.ts';
import type { MessageKey } from '../../ui/i18n/messages.ts';

/** A refusal shown on a form: each field's message, or one message for the whole form. */
export interface FormRefusal {
  status: number;
  errors: Record<string, string>;
  message: string | null;
}

/** Turns a use case's refusal into what the form shows; anything else is not the visitor's doing. */
export function formRefusal(request: FastifyRequest, error: unknown): FormRefusal {
  if (!(error instanceof HttpError) || error.statusCode >= 500) throw error;
  const errors = Object.fromEntries(
    Object.entries(error.fields).map(([field, key]) => [field, request.t(key as MessageKey)]),
  );
  return {
    status: error.statusCode,
    errors,
    message: Object.keys(errors).length > 0 ? null : request.t(error.messageKey, error.params),
  };
}

export function text(body: Record<string, unknown>, name: string): string {
  const value = body[name];
  return typeof value === 'string' ? value : '';
}

export function positiveId(value: unknown): number | null {
  const id = Number(value);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}
