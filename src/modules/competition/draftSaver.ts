import {
  type ApplicationForm,
  type FieldProblem,
  type FieldSpec,
  formProblems,
  parseForm,
  pickFields,
} from './applicationForm.ts';
import { editableScope, mayEditField } from './editableScope.ts';
import { refusal } from './errors.ts';
import { applicationById, latestFormalCheck } from './queries.ts';
import type { RoundCommand } from './roundRecorder.ts';

/**
 * Keeps what was typed in the fields given, whatever its quality (problems are reported, not refused),
 * so nothing typed is lost. In a correction only the fields asked for change; others are refused.
 */
export async function draftSaver(
  command: RoundCommand,
  props: { applicationId: number; fields: readonly FieldSpec[]; input: Record<string, unknown> },
): Promise<{ form: ApplicationForm; problems: Record<string, FieldProblem> }> {
  const { trx } = command;
  const application = await applicationById(trx, props.applicationId);
  if (!application) throw refusal('not_found');
  const scope = editableScope(application, await latestFormalCheck(trx, application.id), command.now);
  if (scope.kind === 'none') throw refusal(scope.reason);
  const posted = pickFields(props.input, props.fields);
  const refused = Object.keys(posted).filter((name) => !mayEditField(scope, name));
  const current = parseForm(application.form);
  if (refused.length > 0 && scope.kind === 'corrections') {
    const changed = refused.filter((name) => (posted[name] ?? '') !== (current[name] ?? ''));
    if (changed.length > 0)
      throw refusal('field_not_requested', Object.fromEntries(changed.map((name) => [name, 'notRequested'])));
    for (const name of refused) delete posted[name];
  }
  const form = { ...current, ...posted };
  await trx
    .updateTable('applications')
    .set({ form: JSON.stringify(form), updatedAt: command.now.toISOString() })
    .where('id', '=', application.id)
    .where('state', '=', application.state)
    .execute();
  return { form, problems: formProblems(form, props.fields) };
}
