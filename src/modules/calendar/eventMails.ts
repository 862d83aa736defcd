import type { CommandContext } from '../../platform/commandContext.ts';
import type { MailParams } from '../../platform/mail/templates/index.ts';
import { eventUrl } from './eventRecords.ts';
import type { EventRow } from './tables.ts';

/** Tells the proposer a step of their event, in the language stored with their account. */
export async function eventMailer(
  context: CommandContext,
  event: EventRow,
  step: MailParams['calendarEventUpdate']['step'],
  comment: string | null,
): Promise<void> {
  if (event.proposerId === null) return;
  const proposer = await context.trx
    .selectFrom('users')
    .select(['email', 'name', 'locale'])
    .where('id', '=', event.proposerId)
    .executeTakeFirst();
  if (!proposer) return;
  const locale = proposer.locale === 'en' ? 'en' : 'pl';
  await context.services.mail({
    to: proposer.email,
    locale,
    template: 'calendarEventUpdate',
    params: {
      name: proposer.name || proposer.email,
      title: (locale === 'en' ? event.titleEn : null) ?? event.titlePl,
      step,
      ...(comment ? { comment } : {}),
      link: `${context.baseUrl}${eventUrl(event.id)}`,
    },
  });
}
