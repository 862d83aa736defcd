import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { auditRecorder } from '../../platform/audit/recorder.ts';
import { mailEnqueuer } from '../../platform/mail/outbox.ts';
import { formatDateTime, warsawDate } from '../../platform/time.ts';
import { assertTransition } from '../../platform/workflow.ts';
import { FORM_FIELDS, formProblems, normalisedValue, parseForm } from './applicationForm.ts';
import { APPLICATION_WORKFLOW } from './applicationStates.ts';
import { clusterFacts } from './clusterFacts.ts';
import { editableScope } from './editableScope.ts';
import { eligibilityReasons } from './eligibility.ts';
import { refusal } from './errors.ts';
import { type Application, currentAttachments, latestFormalCheck, type Round, roundById } from './queries.ts';
import { auditBase, type RoundCommand, roundPhase } from './roundRecorder.ts';
import { type ApplicationSnapshot, canonicalJson, sha256Hex } from './snapshot.ts';

export interface Receipt {
  applicationId: number;
  receiptNumber: string;
  submittedAt: string;
  sha256: string;
  version: number;
}

export type SubmitCommand = RoundCommand;

/** The round's next receipt number; the row lock makes concurrent submissions queue here. */
async function nextReceiptNumber(trx: Transaction<Database>, round: Round): Promise<string> {
  const { receiptCounter } = await trx
    .updateTable('rounds')
    .set((eb) => ({ receiptCounter: eb('receiptCounter', '+', 1) }))
    .where('id', '=', round.id)
    .returning('receiptCounter')
    .executeTakeFirstOrThrow();
  const programme = await trx
    .selectFrom('programmes')
    .select('code')
    .where('id', '=', round.programmeId)
    .executeTakeFirstOrThrow();
  return `${programme.code.toUpperCase()}/${round.number}/${String(receiptCounter).padStart(4, '0')}`;
}

/** Refuses a submission the round's calendar or the correction window no longer allows: the server's clock decides. */
async function refuseOutOfTime(
  trx: Transaction<Database>,
  application: Application,
  round: Round,
  now: Date,
) {
  assertTransition(APPLICATION_WORKFLOW, application.state, 'submitted', () => refusal('already_submitted'));
  if (application.state === 'draft') {
    const phase = roundPhase(round, now);
    if (phase === 'closed') throw refusal('round_closed');
    if (phase === 'upcoming') throw refusal('round_not_open');
    return;
  }
  const scope = editableScope(application, await latestFormalCheck(trx, application.id), now);
  if (scope.kind === 'none') throw refusal(scope.reason);
}

/**
 * Submits a draft (or a corrected application): checks completeness and eligibility and that the
 * applicant confirmed the declaration (the data is true, the applicant may act for the cluster), then
 * freezes a snapshot with its SHA-256, gives a receipt number and mails the receipt. Only a request that
 * finds the application still in its state wins, so two concurrent submissions give one receipt.
 */
export async function applicationSubmitter(
  command: SubmitCommand,
  applicationId: number,
  declaration: { confirmed: boolean },
): Promise<Receipt> {
  const { trx } = command;
  const application = await trx
    .selectFrom('applications')
    .selectAll()
    .where('id', '=', applicationId)
    .executeTakeFirst();
  if (!application) throw refusal('not_found');
  const parsed: Application = { ...application, snapshot: null };
  const round = await roundById(trx, application.roundId);
  if (!round) throw refusal('not_found');
  await refuseOutOfTime(trx, parsed, round, command.now);
  const form = parseForm(application.form);
  const problems = formProblems(form);
  if (Object.keys(problems).length > 0) throw refusal('invalid', problems);
  const facts = await clusterFacts(trx, application.clusterId);
  if (!facts) throw refusal('not_found');
  const attachments = await currentAttachments(trx, application.id);
  const reasons = eligibilityReasons(
    round.rules,
    facts,
    warsawDate(command.now),
    new Set(attachments.map((a) => a.code)),
  );
  if (reasons.length > 0) throw refusal('not_eligible', {}, reasons, command.locale);
  if (declaration.confirmed !== true) throw refusal('invalid', { declaration: 'declarationRequired' });

  const receiptNumber = application.receiptNumber ?? (await nextReceiptNumber(trx, round));
  const version = application.snapshotVersion + 1;
  const submittedAt = command.now.toISOString();
  const { status: _status, ...cluster } = facts;
  const snapshot: ApplicationSnapshot = {
    version,
    applicationId: application.id,
    receiptNumber,
    submittedAt,
    kind: application.kind,
    round: {
      id: round.id,
      number: round.number,
      programme: String(round.programmeId),
      namePl: round.namePl,
      nameEn: round.nameEn,
    },
    cluster,
    answers: Object.fromEntries(
      FORM_FIELDS.map((spec) => [spec.name, normalisedValue(spec, form[spec.name])]),
    ),
    attachments: round.rules.eligibility.requiredAttachments.flatMap((required) => {
      const file = attachments.find((a) => a.code === required.code);
      return file
        ? [{ code: file.code, fileName: file.fileName, sizeBytes: file.sizeBytes, sha256: file.sha256 }]
        : [];
    }),
  };
  const json = canonicalJson(snapshot);
  const sha256 = sha256Hex(json);
  const updated = await trx
    .updateTable('applications')
    .set({
      state: 'submitted',
      receiptNumber,
      snapshot: json,
      snapshotSha256: sha256,
      snapshotVersion: version,
      submittedAt,
      updatedAt: submittedAt,
    })
    .where('id', '=', application.id)
    .where('state', '=', application.state)
    .where('snapshotVersion', '=', application.snapshotVersion)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1) throw refusal('already_submitted');
  await trx
    .insertInto('applicationSnapshots')
    .values({ applicationId: application.id, version, snapshot: json, sha256, createdAt: submittedAt })
    .execute();
  await auditRecorder(
    trx,
    {
      ...auditBase(command),
      action: version === 1 ? 'competition.application.submit' : 'competition.application.resubmit',
      entityType: 'application',
      entityId: application.id,
      summary: {
        before: { state: application.state },
        after: { state: 'submitted', receiptNumber, sha256, version },
      },
    },
    command.now,
  );
  await mailReceipt(
    trx,
    command,
    { applicationId: application.id, receiptNumber, submittedAt, sha256, version },
    command.locale === 'en' ? round.nameEn : round.namePl,
  );
  return { applicationId: application.id, receiptNumber, submittedAt, sha256, version };
}

async function mailReceipt(
  trx: Transaction<Database>,
  command: SubmitCommand,
  receipt: Receipt,
  roundName: string,
) {
  if (command.actorId === null) return;
  const person = await trx
    .selectFrom('users')
    .select(['email', 'name'])
    .where('id', '=', command.actorId)
    .executeTakeFirst();
  if (!person) return;
  await mailEnqueuer(
    trx,
    {
      to: person.email,
      locale: command.locale,
      template: 'competitionReceipt',
      params: {
        name: person.name,
        roundName,
        receiptNumber: receipt.receiptNumber,
        submittedAt: formatDateTime(receipt.submittedAt, command.locale),
        sha256: receipt.sha256,
        link: `${command.baseUrl}/konkurs/wnioski/${receipt.applicationId}`,
      },
    },
    command.now,
  );
}
