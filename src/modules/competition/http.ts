import type { FastifyReply } from 'fastify';
import type { Translate } from '../../ui/i18n/messages.ts';
import { fieldProblem } from './errors.ts';

/** A field's problem code (a draft's, reported but not refused) in the visitor's language. */
export function fieldMessage(t: Translate, problem: string): string {
  const message = fieldProblem(problem);
  return t(message.key, message.params);
}

export function fieldMessages(t: Translate, problems: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(problems).map(([name, problem]) => [name, fieldMessage(t, problem)]),
  );
}

export function noStore(reply: FastifyReply): FastifyReply {
  return reply.header('cache-control', 'no-store');
}
