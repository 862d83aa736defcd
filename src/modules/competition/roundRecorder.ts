import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { auditRecorder } from '../../platform/audit/recorder.ts';
import type { CommandContext } from '../../platform/commandContext.ts';
import { clusterTeamMailer } from '../../platform/mail/clusterTeamMailer.ts';
import { formatDateTime } from '../../platform/time.ts';
import { refusal } from './errors.ts';
import { type Round, roundById } from './queries.ts';
import { type RoundInput, roundInputErrors } from './roundInput.ts';
import { canonicalJson } from './snapshot.ts';

/** What every competition use case is given: the portal's one command context. */
export type RoundCommand = CommandContext;

export type RoundPhase = 'upcoming' | 'open' | 'closed';

/** Where a round is at an instant: applications are taken from opensAt up to and including closesAt. */
export function roundPhase(round: { opensAt: string; closesAt: string }, now: Date): RoundPhase {
  const at = now.getTime();
  if (at < new Date(round.opensAt).getTime()) return 'upcoming';
  if (at <= new Date(round.closesAt).getTime()) return 'open';
  return 'closed';
}

/** The rules and the opening may change until the round opens; after that, the call is what it says. */
export function rulesFrozen(round: { opensAt: string }, now: Date): boolean {
  return now.getTime() >= new Date(round.opensAt).getTime();
}

function checked(input: RoundInput) {
  const { errors, rules } = roundInputErrors(input);
  if (Object.keys(errors).length > 0 || !rules) throw refusal('invalid', errors);
  return { ...input, rules };
}

async function refuseTakenNumber(db: Kysely<Database>, input: RoundInput, exceptId: number | null) {
  let query = db
    .selectFrom('rounds')
    .select('id')
    .where('programmeId', '=', input.programmeId)
    .where('number', '=', input.number);
  if (exceptId !== null) query = query.where('id', '<>', exceptId);
  if (await query.executeTakeFirst()) throw refusal('duplicate_round_number', { number: 'roundNumberTaken' });
}

function columns(input: RoundInput) {
  return {
    programmeId: input.programmeId,
    number: input.number,
    namePl: input.namePl.trim(),
    nameEn: input.nameEn.trim(),
    descriptionPl: input.descriptionPl,
    descriptionEn: input.descriptionEn,
    opensAt: input.opensAt,
    closesAt: input.closesAt,
    formalCheckDueAt: input.formalCheckDueAt,
    assessmentDueAt: input.assessmentDueAt,
    panelDueAt: input.panelDueAt,
    decisionDueAt: input.decisionDueAt,
    rules: JSON.stringify(input.rules),
  };
}

/** A new draft round (not public until published). */
export async function roundCreator(command: RoundCommand, raw: RoundInput): Promise<{ id: number }> {
  const input = checked(raw);
  const now = command.now.toISOString();
  const { trx } = command;
  await refuseTakenNumber(trx, input, null);
  const { id } = await trx
    .insertInto('rounds')
    .values({ ...columns(input), publishedAt: null, createdAt: now, updatedAt: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  await auditRecorder(
    trx,
    {
      ...auditBase(command),
      action: 'competition.round.create',
      entityType: 'round',
      entityId: id,
      summary: {
        after: {
          number: input.number,
          namePl: input.namePl,
          opensAt: input.opensAt,
          closesAt: input.closesAt,
        },
      },
    },
    command.now,
  );
  return { id };
}

/** Changes a round; once it has opened its rules and opening instant are refused. */
export async function roundUpdater(command: RoundCommand, id: number, raw: RoundInput): Promise<void> {
  const input = checked(raw);
  const { trx } = command;
  const round = await roundById(trx, id);
  if (!round) throw refusal('not_found');
  if (rulesFrozen(round, command.now)) {
    const rulesChanged = canonicalJson(round.rules) !== canonicalJson(input.rules);
    const openingChanged = new Date(round.opensAt).getTime() !== new Date(input.opensAt).getTime();
    if (rulesChanged || openingChanged) throw refusal('rules_frozen');
  }
  const extension = closingChange(round, input, command.now);
  await refuseTakenNumber(trx, input, id);
  await trx
    .updateTable('rounds')
    .set({ ...columns(input), updatedAt: command.now.toISOString() })
    .where('id', '=', id)
    .execute();
  await auditRecorder(
    trx,
    {
      ...auditBase(command),
      action: 'competition.round.update',
      entityType: 'round',
      entityId: id,
      summary: {
        before: { namePl: round.namePl, opensAt: round.opensAt, closesAt: round.closesAt },
        after: { namePl: input.namePl, opensAt: input.opensAt, closesAt: input.closesAt },
      },
    },
    command.now,
  );
  if (extension) await deadlineExtended(trx, command, round, { ...extension, closesAt: input.closesAt });
}

/**
 * Once a round has opened its call may only be extended, with a reason, while it is still open:
 * moving the close earlier (or reopening a closed call) would change what applicants were promised.
 */
function closingChange(round: Round, input: RoundInput, now: Date): { reason: string } | null {
  const before = new Date(round.closesAt).getTime();
  const after = new Date(input.closesAt).getTime();
  if (after === before || !rulesFrozen(round, now)) return null;
  if (roundPhase(round, now) === 'closed') throw refusal('invalid', { closesAt: 'callClosed' });
  if (after < before) throw refusal('invalid', { closesAt: 'deadlineShortened' });
  const reason = (input.closesAtReason ?? '').trim();
  if (reason === '') throw refusal('invalid', { closesAtReason: 'extensionReasonRequired' });
  if (reason.length > 2000) throw refusal('invalid', { closesAtReason: 'tooLong' });
  return { reason };
}

/** The extension audited with its reason, and every team with a draft in the round told the new close. */
async function deadlineExtended(
  trx: Transaction<Database>,
  command: RoundCommand,
  round: Round,
  extension: { reason: string; closesAt: string },
) {
  await auditRecorder(
    trx,
    {
      ...auditBase(command),
      action: 'competition.round.deadline_extended',
      entityType: 'round',
      entityId: round.id,
      summary: {
        before: { closesAt: round.closesAt },
        after: { closesAt: extension.closesAt, reason: extension.reason },
      },
    },
    command.now,
  );
  const drafts = await trx
    .selectFrom('applications')
    .select(['id', 'clusterId'])
    .where('roundId', '=', round.id)
    .where('state', '=', 'draft')
    .execute();
  for (const draft of drafts)
    await clusterTeamMailer(
      trx,
      { clusterId: draft.clusterId, by: { userId: command.actorId, locale: command.locale } },
      'competitionDeadlineExtended',
      (person) => ({
        name: person.name,
        roundName: person.locale === 'en' ? round.nameEn : round.namePl,
        closesAt: formatDateTime(extension.closesAt, person.locale),
        reason: extension.reason,
        link: `${command.baseUrl}/konkurs/wnioski/${draft.id}`,
      }),
      command.now,
    );
}

/** Makes a draft round public; publishing twice changes nothing. */
export async function roundPublisher(command: RoundCommand, id: number): Promise<void> {
  const { trx } = command;
  const round = await roundById(trx, id);
  if (!round) throw refusal('not_found');
  if (round.publishedAt !== null) return;
  await trx
    .updateTable('rounds')
    .set({ publishedAt: command.now.toISOString(), updatedAt: command.now.toISOString() })
    .where('id', '=', id)
    .where('publishedAt', 'is', null)
    .execute();
  await auditRecorder(
    trx,
    { ...auditBase(command), action: 'competition.round.publish', entityType: 'round', entityId: id },
    command.now,
  );
}

export function auditBase(command: Pick<CommandContext, 'actorId' | 'requestId' | 'ip'>) {
  return { actorId: command.actorId, requestId: command.requestId ?? null, ip: command.ip ?? null };
}
