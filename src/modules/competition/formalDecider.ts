import type { Transaction } from 'kysely';
import { DateTime } from 'luxon';
import type { Database } from '../../db/schema.ts';
import { auditRecorder } from '../../platform/audit/recorder.ts';
import { clusterTeamMailer } from '../../platform/mail/clusterTeamMailer.ts';
import { formatDateTime, type Locale, PORTAL_ZONE } from '../../platform/time.ts';
import { assertTransition } from '../../platform/workflow.ts';
import { FIELD_NAMES } from './applicationForm.ts';
import { APPLICATION_WORKFLOW } from './applicationStates.ts';
import { refusal } from './errors.ts';
import { formalChecklist } from './formalChecklist.ts';
import { type Application, applicationById, roundById } from './queries.ts';
import { auditBase, type RoundCommand } from './roundRecorder.ts';
import type { FormalDecision } from './tables.ts';

export interface FormalDecisionInput {
  decision: FormalDecision;
  /** Checklist keys the operator found met. */
  confirmed: readonly string[];
  comment: string;
  correctionFields: readonly string[];
  correctionAttachments: readonly string[];
}

const NEXT_STATE = {
  accepted: 'formally_accepted',
  rejected: 'formally_rejected',
  corrections: 'corrections_requested',
} as const;

/** The end of the Warsaw day `days` days after `now`: the last instant a correction is accepted. */
export function correctionsDeadline(now: Date, days: number): string {
  const end = DateTime.fromJSDate(now, { zone: PORTAL_ZONE }).plus({ days }).endOf('day');
  return end.toUTC().toISO() ?? '';
}

function inputErrors(
  input: FormalDecisionInput,
  attachmentCodes: readonly string[],
  checklistKeys: readonly string[],
): Record<string, string> {
  const errors: Record<string, string> = {};
  input.confirmed.forEach((key, index) => {
    if (!checklistKeys.includes(key)) errors[`confirmed[${index}]`] = 'unknownChecklistItem';
  });
  // Accepting says every condition of the round's checklist was checked and met.
  if (input.decision === 'accepted' && checklistKeys.some((key) => !input.confirmed.includes(key)))
    errors.confirmed = 'checklistIncomplete';
  if (input.decision !== 'accepted' && input.comment.trim() === '') errors.comment = 'reasonsRequired';
  if (input.comment.length > 5000) errors.comment = 'tooLong';
  if (input.decision === 'corrections') {
    if (input.correctionFields.length + input.correctionAttachments.length === 0)
      errors.correctionFields = 'correctionsRequired';
    if (input.correctionFields.some((name) => !FIELD_NAMES.includes(name)))
      errors.correctionFields = 'unknownField';
    if (input.correctionAttachments.some((code) => !attachmentCodes.includes(code)))
      errors.correctionAttachments = 'unknownAttachment';
  }
  return errors;
}

/** Records the operator's formal decision on the submitted version, moves the state and mails the team. */
export async function formalDecider(
  command: RoundCommand & { locale: Locale; baseUrl: string },
  applicationId: number,
  input: FormalDecisionInput,
): Promise<{ correctionsDueAt: string | null }> {
  const { trx } = command;
  const application = await applicationById(trx, applicationId);
  if (!application?.snapshot) throw refusal('not_found');
  // The formal check decides on the submitted version only; the table says where each decision leads.
  if (application.state !== 'submitted') throw refusal('not_in_formal_check');
  assertTransition(APPLICATION_WORKFLOW, application.state, NEXT_STATE[input.decision], () =>
    refusal('not_in_formal_check'),
  );
  const round = await roundById(trx, application.roundId);
  if (!round) throw refusal('not_found');
  const items = formalChecklist(round.rules, application.snapshot);
  const errors = inputErrors(
    input,
    round.rules.eligibility.requiredAttachments.map((a) => a.code),
    items.map((item) => item.key),
  );
  if (Object.keys(errors).length > 0) throw refusal('invalid', errors);
  const checklist = items.map((item) => ({ ...item, confirmed: input.confirmed.includes(item.key) }));
  const correctionsDueAt =
    input.decision === 'corrections'
      ? correctionsDeadline(command.now, round.rules.correctionWindowDays)
      : null;
  const updated = await trx
    .updateTable('applications')
    .set({ state: NEXT_STATE[input.decision], updatedAt: command.now.toISOString() })
    .where('id', '=', applicationId)
    .where('state', '=', application.state)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1) throw refusal('not_in_formal_check');
  await trx
    .insertInto('formalChecks')
    .values({
      applicationId,
      snapshotVersion: application.snapshotVersion,
      decision: input.decision,
      checklist: JSON.stringify(checklist),
      reasons: input.comment.trim(),
      correctionFields: JSON.stringify(input.decision === 'corrections' ? input.correctionFields : []),
      correctionAttachments: JSON.stringify(
        input.decision === 'corrections' ? input.correctionAttachments : [],
      ),
      correctionsDueAt,
      decidedBy: command.actorId,
      createdAt: command.now.toISOString(),
    })
    .execute();
  await auditRecorder(
    trx,
    {
      ...auditBase(command),
      action: `competition.formalCheck.${input.decision}`,
      entityType: 'application',
      entityId: applicationId,
      summary: {
        before: { state: 'submitted' },
        after: {
          state: NEXT_STATE[input.decision],
          correctionsDueAt,
          correctionFields: input.correctionFields,
          correctionAttachments: input.correctionAttachments,
        },
      },
    },
    command.now,
  );
  await mailTeam(trx, command, application, {
    decision: input.decision,
    comment: input.comment.trim(),
    correctionsDueAt,
    round,
  });
  return { correctionsDueAt };
}

/** Everyone on the cluster's team hears the outcome. */
async function mailTeam(
  trx: Transaction<Database>,
  command: RoundCommand & { locale: Locale; baseUrl: string },
  application: Application,
  outcome: {
    decision: FormalDecision;
    comment: string;
    correctionsDueAt: string | null;
    round: { namePl: string; nameEn: string };
  },
) {
  await clusterTeamMailer(
    trx,
    { clusterId: application.clusterId, by: { userId: command.actorId, locale: command.locale } },
    'competitionFormalDecision',
    (person) => ({
      name: person.name,
      roundName: person.locale === 'en' ? outcome.round.nameEn : outcome.round.namePl,
      receiptNumber: application.receiptNumber ?? '',
      decision: outcome.decision,
      comment: outcome.comment,
      dueAt: outcome.correctionsDueAt ? formatDateTime(outcome.correctionsDueAt, person.locale) : null,
      link: `${command.baseUrl}/konkurs/wnioski/${application.id}`,
    }),
    command.now,
  );
}
