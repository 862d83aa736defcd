import type { CommandContext } from '../../platform/commandContext.ts';
import { DomainError } from '../../platform/domainError.ts';
import type { ApplicationForm, FieldProblem } from './applicationForm.ts';
import { FORM_FIELDS } from './applicationForm.ts';
import { draftSaver } from './draftSaver.ts';
import { stashTaker } from './draftStash.ts';

export type StashRestoration =
  | { kind: 'none' }
  | { kind: 'saved'; form: ApplicationForm; problems: Record<string, FieldProblem> }
  /** The draft may no longer change: what was typed is shown, not saved; the stash is used up all the same. */
  | { kind: 'refused'; stashed: ApplicationForm; refusal: DomainError };

/**
 * Puts back what was typed before the session expired, once (the stash is deleted as it is taken),
 * saving it into the draft where it may still change. Like a one-time link, following it is the act.
 */
export async function stashRestorer(
  context: CommandContext,
  props: { applicationId: number; token: string },
): Promise<StashRestoration> {
  const stashed = await stashTaker(context.trx, props, context.now);
  if (!stashed) return { kind: 'none' };
  try {
    const saved = await draftSaver(context, {
      applicationId: props.applicationId,
      fields: FORM_FIELDS,
      input: stashed,
    });
    return { kind: 'saved', ...saved };
  } catch (error) {
    // draftSaver refuses before it writes, so taking the stash still commits.
    if (!(error instanceof DomainError)) throw error;
    return { kind: 'refused', stashed, refusal: error };
  }
}
