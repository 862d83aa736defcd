import { auditRecorder } from '../../platform/audit/recorder.ts';
import type { CommandContext } from '../../platform/commandContext.ts';
import type { Locale } from '../../platform/time.ts';

export const MAIL_LOCALES: readonly Locale[] = ['pl', 'en'];

export function isMailLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (MAIL_LOCALES as readonly string[]).includes(value);
}

/**
 * Sets the language a person's mail is written in (mail caused by others' actions included);
 * audited with the language before and after. Choosing the language already stored changes nothing.
 */
export async function localeChanger(
  context: CommandContext,
  props: { userId: number; locale: Locale },
): Promise<void> {
  const { trx } = context;
  const user = await trx
    .selectFrom('users')
    .select('locale')
    .where('id', '=', props.userId)
    .executeTakeFirstOrThrow();
  if (user.locale === props.locale) return;
  await trx.updateTable('users').set({ locale: props.locale }).where('id', '=', props.userId).execute();
  await auditRecorder(
    trx,
    {
      actorId: props.userId,
      action: 'user.locale_changed',
      entityType: 'user',
      entityId: String(props.userId),
      summary: { before: { locale: user.locale }, after: { locale: props.locale } },
      requestId: context.requestId,
      ip: context.ip,
    },
    context.now,
  );
}
