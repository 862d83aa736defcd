import type { CommandContext } from '../../platform/commandContext.ts';
import { DomainError, invalid, notFound } from '../../platform/domainError.ts';
import { assertTransition, statesLeadingTo } from '../../platform/workflow.ts';
import { eventMailer } from './eventMails.ts';
import { indexEvent } from './eventRecords.ts';
import { EVENT_WORKFLOW } from './eventWorkflow.ts';

export const DECISIONS = ['publish', 'return', 'reject'] as const;
export type Decision = (typeof DECISIONS)[number];

const STATE_OF = { publish: 'published', return: 'returned', reject: 'rejected' } as const;
const AUDIT_OF = {
  publish: 'calendar.event.published',
  return: 'calendar.event.returned',
  reject: 'calendar.event.rejected',
} as const;
const MAIL_OF = { publish: 'published', return: 'returned', reject: 'rejected' } as const;

/**
 * A moderator decides a proposal: publishes it, returns it with a comment for correction, or rejects
 * it with a reason. The proposer is mailed each decision; the event reaches search when published.
 */
export async function eventModerator(
  context: CommandContext,
  command: { eventId: number; decision: Decision; comment: string },
): Promise<void> {
  const comment = command.comment.trim();
  if (command.decision !== 'publish' && comment.length === 0)
    throw invalid({ comment: 'calendar.error.commentRequired' }, 'calendar.error.summary');
  if (comment.length > 2000) throw invalid({ comment: 'calendar.error.tooLong' }, 'calendar.error.summary');
  const { trx, now } = context;
  const event = await trx
    .selectFrom('calendarEvents')
    .selectAll()
    .where('id', '=', command.eventId)
    .executeTakeFirst();
  if (!event) throw notFound('calendar.notFound');
  const to = STATE_OF[command.decision];
  const refusal = () => new DomainError('conflict', 'not_moderatable', 'calendar.error.notModeratable');
  if (event.state !== 'submitted') throw refusal();
  assertTransition(EVENT_WORKFLOW, event.state, to, refusal);
  const at = now.toISOString();
  const updated = await trx
    .updateTable('calendarEvents')
    .set({
      state: to,
      moderationComment: comment || null,
      updatedAt: at,
      ...(to === 'published' ? { publishedAt: at } : {}),
    })
    .where('id', '=', event.id)
    .where('state', '=', 'submitted')
    .where('state', 'in', statesLeadingTo(EVENT_WORKFLOW, to))
    .returningAll()
    .executeTakeFirst();
  if (!updated) throw refusal();
  await context.services.audit({
    action: AUDIT_OF[command.decision],
    entityType: 'calendar_event',
    entityId: event.id,
    summary: { before: { state: event.state }, after: { state: to, comment: comment || null } },
  });
  await indexEvent(trx, updated);
  await eventMailer(context, updated, MAIL_OF[command.decision], comment || null);
}
