import type { FastifyRequest } from 'fastify';
import { errorSummaryOf } from '../../plugins/app/errors.ts';

/** A refusal shown on a form: each field's message, or one message for the whole form. */
export interface FormRefusal {
  status: number;
  errors: Record<string, string>;
  message: string | null;
}

/** Turns a use case's refusal into what the form shows; anything else is not the visitor's doing. */
export function formRefusal(request: FastifyRequest, error: unknown): FormRefusal {
  const summary = errorSummaryOf(error, request.t);
  return {
    status: summary.status,
    errors: summary.errors,
    message: Object.keys(summary.errors).length > 0 ? null : summary.refusal,
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
