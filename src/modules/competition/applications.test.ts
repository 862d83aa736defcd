import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { migratedDatabase, type TestDatabase } from '../../../test/database.ts';
import { clusterWithTeam, person, publishedRound } from '../../../test/factories.ts';
import { commandAs } from '../../platform/commandContext.ts';
import { DomainError } from '../../platform/domainError.ts';
import { warsawToInstant } from '../../platform/time.ts';
import { grantKkk } from '../registry/testing.ts';
import { FORM_FIELDS, fieldsOfStep } from './applicationForm.ts';
import { applicationStarter } from './applicationStarter.ts';
import { applicationSubmitter } from './applicationSubmitter.ts';
import { applicationWithdrawer } from './applicationWithdrawer.ts';
import { attachmentUploader } from './attachmentUploader.ts';
import { draftSaver } from './draftSaver.ts';
import { draftStasher } from './draftStash.ts';
import { formalChecklist } from './formalChecklist.ts';
import { correctionsDeadline, formalDecider } from './formalDecider.ts';
import { expiredCorrectionsRejecter, expiredStashesRemover } from './jobs.ts';
import { applicationById, roundById, snapshotVersions } from './queries.ts';
import { roundUpdater } from './roundRecorder.ts';
import { canonicalJson, sha256Hex } from './snapshot.ts';
import { COMPLETE_ANSWERS, lenientRules, movableClock, PDF, PNG, roundInput, testStore } from './testing.ts';

/** The applicant ticked the declaration, as every submission must. */
const DECLARED = { confirmed: true };
const OPENS = '2026-12-01T08:00:00.000Z';
const CLOSES = '2026-12-15T15:00:00.000Z';

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  assert.fail('expected a refusal');
}

describe('applications', () => {
  let database: TestDatabase;
  const time = movableClock('2026-11-20T10:00:00.000Z');
  const store = testStore();
  const command = () => ({
    db: database.db,
    actorId: null as number | null,
    now: time.clock.now(),
    locale: 'pl' as const,
    baseUrl: 'http://localhost:3000',
    store,
  });

  before(async () => {
    database = await migratedDatabase();
  });
  after(async () => database.destroy());

  /** A draft with every answer and attachment, in a round open now. */
  async function completeDraft(options: { members?: number; foundedOn?: string } = {}) {
    time.set('2026-11-20T10:00:00.000Z');
    const roundId = await publishedRound(database.db, time.clock.now(), { opensAt: OPENS, closesAt: CLOSES });
    const user = await person(database.db, time.clock, ['coordinator']);
    const cluster = await clusterWithTeam(database.db, user.id, options.members ?? 6, options.foundedOn);
    time.set('2026-12-02T09:00:00.000Z');
    const actor = { ...command(), actorId: user.id };
    const { id } = await commandAs(actor, applicationStarter, { roundId, clusterId: cluster.id });
    await commandAs(actor, draftSaver, { applicationId: id, fields: FORM_FIELDS, input: COMPLETE_ANSWERS });
    for (const code of ['agreement', 'strategy', 'members'])
      await commandAs(actor, attachmentUploader, {
        applicationId: id,
        code,
        fileName: `${code}.pdf`,
        data: PDF,
      });
    return { roundId, user, cluster, id, actor };
  }

  it('keep what was typed in a draft even when it is wrong, and report the problems', async () => {
    const { id, actor } = await completeDraft();
    const saved = await commandAs({ ...actor, now: time.clock.now() }, draftSaver, {
      applicationId: id,
      fields: fieldsOfStep('figures'),
      input: { employment: 'dużo', patents: '3' },
    });
    assert.equal(saved.problems.employment, 'integer');
    const application = await applicationById(database.db, id);
    assert.match(application?.form ?? '', /"employment":"dużo"/);
  });

  it('accept a PDF by its content only: a PNG named .pdf and an oversized file are refused', async () => {
    const { id, actor } = await completeDraft();
    const png = await refusal(
      commandAs(actor, attachmentUploader, {
        applicationId: id,
        code: 'strategy',
        fileName: 'strategia.pdf',
        data: PNG,
      }),
    );
    assert.deepEqual(png.fields, { strategy: 'notPdf' });
    const big = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]);
    const oversize = await refusal(
      commandAs(actor, attachmentUploader, {
        applicationId: id,
        code: 'strategy',
        fileName: 'duzy.pdf',
        data: big,
      }),
    );
    assert.deepEqual(oversize.fields, { strategy: 'tooLarge' });
  });

  it('accept a submission at the closing instant and refuse one a second later', async () => {
    const first = await completeDraft();
    time.set(CLOSES);
    const receipt = await commandAs(
      { ...first.actor, now: time.clock.now() },
      applicationSubmitter,
      first.id,
      DECLARED,
    );
    assert.match(receipt.receiptNumber, /^KKK\/\d+\/0001$/);
    assert.equal(receipt.submittedAt, CLOSES);

    const late = await completeDraft();
    time.set('2026-12-15T15:00:01.000Z');
    const refused = await refusal(
      commandAs({ ...late.actor, now: time.clock.now() }, applicationSubmitter, late.id, DECLARED),
    );
    assert.equal(refused.code, 'round_closed');
    assert.equal((await applicationById(database.db, late.id))?.state, 'draft');
  });

  it('give exactly one receipt when the same application is submitted twice at once', async () => {
    const { id, actor } = await completeDraft();
    const results = await Promise.allSettled([
      commandAs(actor, applicationSubmitter, id, DECLARED),
      commandAs(actor, applicationSubmitter, id, DECLARED),
      commandAs(actor, applicationSubmitter, id, DECLARED),
    ]);
    const won = results.filter((r) => r.status === 'fulfilled');
    assert.equal(won.length, 1);
    for (const lost of results.filter((r) => r.status === 'rejected'))
      assert.equal(((lost as PromiseRejectedResult).reason as DomainError).code, 'already_submitted');
    assert.equal((await snapshotVersions(database.db, id)).length, 1);
  });

  it('freeze a snapshot whose SHA-256 matches its content, with the attachments’ hashes', async () => {
    const { id, actor } = await completeDraft();
    const receipt = await commandAs(actor, applicationSubmitter, id, DECLARED);
    const application = await applicationById(database.db, id);
    assert.ok(application?.snapshot);
    assert.equal(sha256Hex(canonicalJson(application.snapshot)), receipt.sha256);
    assert.equal(application.snapshotSha256, receipt.sha256);
    assert.deepEqual(
      application.snapshot.attachments.map((a) => a.sha256),
      [sha256Hex(PDF), sha256Hex(PDF), sha256Hex(PDF)],
    );
    assert.equal(application.snapshot.answers.revenue, 350000000.5);
    const again = await refusal(
      commandAs(actor, draftSaver, { applicationId: id, fields: FORM_FIELDS, input: { employment: '1' } }),
    );
    assert.equal(again.code, 'not_editable');
    const mail = await database.db
      .selectFrom('mailOutbox')
      .select(['subject', 'textBody'])
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    assert.ok(mail.subject.includes(receipt.receiptNumber));
    assert.ok(mail.textBody.includes(receipt.sha256));
  });

  it('refuse a submission without the declaration, at its field, writing nothing', async () => {
    const { id, actor } = await completeDraft();
    const refused = await refusal(commandAs(actor, applicationSubmitter, id, { confirmed: false }));
    assert.equal(refused.code, 'validation_failed');
    assert.deepEqual(Object.keys(refused.fields), ['declaration']);
    assert.equal(
      refused.messageOf(refused.fields.declaration ?? '').key,
      'competition.problem.declarationRequired',
    );
    const application = await applicationById(database.db, id);
    assert.equal(application?.state, 'draft');
    assert.equal(application?.receiptNumber, null);
    assert.equal((await snapshotVersions(database.db, id)).length, 0);
  });

  it('refuse an ineligible cluster with every reason', async () => {
    const { id, actor } = await completeDraft({ members: 3, foundedOn: '2026-06-01' });
    const refused = await refusal(commandAs(actor, applicationSubmitter, id, DECLARED));
    assert.equal(refused.code, 'not_eligible');
    assert.deepEqual(refused.reasons.map((r) => r.code).sort(), ['minMembers', 'yearsOperating']);
    assert.deepEqual(refused.reasons.find((r) => r.code === 'minMembers')?.params, {
      required: 5,
      actual: 3,
    });
  });

  it('refuse a submission without the required attachments, naming them', async () => {
    time.set('2026-11-20T10:00:00.000Z');
    const roundId = await publishedRound(database.db, time.clock.now(), { opensAt: OPENS, closesAt: CLOSES });
    const user = await person(database.db, time.clock);
    const cluster = await clusterWithTeam(database.db, user.id);
    time.set('2026-12-02T09:00:00.000Z');
    const actor = { ...command(), actorId: user.id };
    const { id } = await commandAs(actor, applicationStarter, { roundId, clusterId: cluster.id });
    await commandAs(actor, draftSaver, { applicationId: id, fields: FORM_FIELDS, input: COMPLETE_ANSWERS });
    const refused = await refusal(commandAs(actor, applicationSubmitter, id, DECLARED));
    assert.equal(refused.reasons.filter((r) => r.code === 'missingAttachment').length, 3);
  });

  it('make a cluster that ever held KKK status apply for renewal, and one application per round', async () => {
    time.set('2026-11-20T10:00:00.000Z');
    const roundId = await publishedRound(database.db, time.clock.now(), { opensAt: OPENS, closesAt: CLOSES });
    const user = await person(database.db, time.clock);
    const cluster = await clusterWithTeam(database.db, user.id);
    await grantKkk(database.db, cluster.id, { roundNumber: 5, validUntil: '2024-12-31' });
    const early = await refusal(
      commandAs({ ...command(), actorId: user.id }, applicationStarter, { roundId, clusterId: cluster.id }),
    );
    assert.equal(early.code, 'round_not_open');
    time.set('2026-12-02T09:00:00.000Z');
    const { id } = await commandAs({ ...command(), actorId: user.id }, applicationStarter, {
      roundId,
      clusterId: cluster.id,
    });
    assert.equal((await applicationById(database.db, id))?.kind, 'renewal');
    const twice = await refusal(
      commandAs({ ...command(), actorId: user.id }, applicationStarter, { roundId, clusterId: cluster.id }),
    );
    assert.equal(twice.code, 'already_applied');
  });

  it('freeze the rules and the opening once the round opens', async () => {
    time.set('2026-11-20T10:00:00.000Z');
    const input = roundInput({ opensAt: OPENS, closesAt: CLOSES });
    const roundId = await publishedRound(database.db, time.clock.now(), input);
    const changed = lenientRules();
    changed.thresholds.final = 90;
    await commandAs(command(), roundUpdater, roundId, { ...input, rules: changed });
    assert.equal((await roundById(database.db, roundId))?.rules.thresholds.final, 90);
    time.set(OPENS);
    const frozen = await refusal(
      commandAs(command(), roundUpdater, roundId, { ...input, rules: lenientRules() }),
    );
    assert.equal(frozen.code, 'rules_frozen');
    const moved = await refusal(
      commandAs(command(), roundUpdater, roundId, {
        ...input,
        rules: changed,
        opensAt: '2026-12-05T08:00:00.000Z',
      }),
    );
    assert.equal(moved.code, 'rules_frozen');
    await commandAs(command(), roundUpdater, roundId, {
      ...input,
      rules: changed,
      closesAt: '2026-12-20T15:00:00.000Z',
      closesAtReason: 'Awaria systemu przez dwa dni.',
    });
    assert.equal((await roundById(database.db, roundId))?.closesAt, '2026-12-20T15:00:00.000Z');
  });

  it('only extend an open call, with a reason, audited and mailed to every team with a draft', async () => {
    const { roundId, id, user } = await completeDraft();
    const round = await roundById(database.db, roundId);
    assert.ok(round);
    const input = { ...roundInput(), ...round, rules: round.rules };
    const earlier = await refusal(
      commandAs(command(), roundUpdater, roundId, { ...input, closesAt: '2026-12-10T15:00:00.000Z' }),
    );
    assert.deepEqual(earlier.fields, { closesAt: 'deadlineShortened' });
    const noReason = await refusal(
      commandAs(command(), roundUpdater, roundId, {
        ...input,
        closesAt: '2026-12-22T15:00:00.000Z',
        closesAtReason: ' ',
      }),
    );
    assert.deepEqual(noReason.fields, { closesAtReason: 'extensionReasonRequired' });
    assert.equal((await roundById(database.db, roundId))?.closesAt, CLOSES, 'nothing changed');
    await commandAs(command(), roundUpdater, roundId, {
      ...input,
      closesAt: '2026-12-22T15:00:00.000Z',
      closesAtReason: 'Awaria ePUAP w ostatnim tygodniu naboru.',
    });
    assert.equal((await roundById(database.db, roundId))?.closesAt, '2026-12-22T15:00:00.000Z');
    const audited = await database.db
      .selectFrom('auditEvents')
      .select(['summary'])
      .where('action', '=', 'competition.round.deadline_extended')
      .where('entityId', '=', String(roundId))
      .executeTakeFirstOrThrow();
    assert.match(String(audited.summary), /Awaria ePUAP/);
    assert.match(String(audited.summary), new RegExp(CLOSES));
    const mails = await database.db
      .selectFrom('mailOutbox')
      .select(['toAddress', 'subject', 'textBody'])
      .where('subject', 'like', 'Przedłużono nabór%')
      .where('toAddress', '=', user.email)
      .execute();
    assert.equal(mails.length, 1, 'the team with a draft is told');
    assert.match(mails[0]?.textBody ?? '', /22 grudnia 2026.*16:00/);
    assert.match(mails[0]?.textBody ?? '', new RegExp(`/konkurs/wnioski/${id}`));
    time.set('2026-12-22T15:00:01.000Z');
    const closed = await refusal(
      commandAs(command(), roundUpdater, roundId, {
        ...input,
        closesAt: '2026-12-29T15:00:00.000Z',
        closesAtReason: 'Jeszcze tydzień.',
      }),
    );
    assert.deepEqual(closed.fields, { closesAt: 'callClosed' });
  });

  it('let the operator ask for corrections: only those fields change, within the window, as a new version', async () => {
    const { id, actor } = await completeDraft();
    const first = await commandAs(actor, applicationSubmitter, id, DECLARED);
    const operator = await person(database.db, time.clock, ['operator']);
    const decided = await commandAs({ ...command(), actorId: operator.id }, formalDecider, id, {
      decision: 'corrections',
      confirmed: [],
      comment: 'Uzupełnij zatrudnienie i strategię.',
      correctionFields: ['employment'],
      correctionAttachments: ['strategy'],
    });
    assert.equal(decided.correctionsDueAt, correctionsDeadline(time.clock.now(), 7));
    assert.equal(decided.correctionsDueAt, '2026-12-09T22:59:59.999Z', 'the end of 9 December in Warsaw');
    const other = await refusal(
      commandAs(actor, draftSaver, {
        applicationId: id,
        fields: FORM_FIELDS,
        input: { ...COMPLETE_ANSWERS, patents: '99' },
      }),
    );
    assert.deepEqual(other.fields, { patents: 'notRequested' });
    const otherFile = await refusal(
      commandAs(actor, attachmentUploader, {
        applicationId: id,
        code: 'agreement',
        fileName: 'a.pdf',
        data: PDF,
      }),
    );
    assert.equal(otherFile.code, 'field_not_requested');
    await commandAs(actor, draftSaver, {
      applicationId: id,
      fields: FORM_FIELDS,
      input: { ...COMPLETE_ANSWERS, employment: '1300' },
    });
    await commandAs(actor, attachmentUploader, {
      applicationId: id,
      code: 'strategy',
      fileName: 'strategia-2.pdf',
      data: Buffer.concat([PDF, Buffer.from('v2')]),
    });
    const second = await commandAs(actor, applicationSubmitter, id, DECLARED);
    assert.equal(second.receiptNumber, first.receiptNumber, 'the receipt number stays');
    assert.equal(second.version, 2);
    const versions = await snapshotVersions(database.db, id);
    assert.deepEqual(
      versions.map((v) => v.sha256),
      [first.sha256, second.sha256],
    );
    assert.match(versions[0]?.snapshot ?? '', /"employment":1200/);
    assert.match(versions[1]?.snapshot ?? '', /"employment":1300/);
    const accepting = await refusal(
      commandAs({ ...command(), actorId: operator.id }, formalDecider, id, {
        decision: 'accepted',
        confirmed: ['nonsense-key'],
        comment: '',
        correctionFields: [],
        correctionAttachments: [],
      }),
    );
    assert.deepEqual(accepting.fields, {
      'confirmed[0]': 'unknownChecklistItem',
      confirmed: 'checklistIncomplete',
    });
    assert.equal((await applicationById(database.db, id))?.state, 'submitted', 'nothing decided');
    const submitted = await applicationById(database.db, id);
    const round = submitted && (await roundById(database.db, submitted.roundId));
    const every = formalChecklist(round?.rules ?? lenientRules(), submitted?.snapshot ?? assert.fail());
    await commandAs({ ...command(), actorId: operator.id }, formalDecider, id, {
      decision: 'accepted',
      confirmed: every.map((item) => item.key),
      comment: '',
      correctionFields: [],
      correctionAttachments: [],
    });
    assert.equal((await applicationById(database.db, id))?.state, 'formally_accepted');
  });

  it('refuse corrections after the window and reject the application then', async () => {
    const { id, actor } = await completeDraft();
    await commandAs(actor, applicationSubmitter, id, DECLARED);
    const decided = await commandAs({ ...command(), actorId: null }, formalDecider, id, {
      decision: 'corrections',
      confirmed: [],
      comment: 'Popraw zatrudnienie.',
      correctionFields: ['employment'],
      correctionAttachments: [],
    });
    time.set(new Date(new Date(decided.correctionsDueAt ?? '').getTime() + 1).toISOString());
    const late = await refusal(
      commandAs({ ...actor, now: time.clock.now() }, draftSaver, {
        applicationId: id,
        fields: FORM_FIELDS,
        input: { employment: '5' },
      }),
    );
    assert.equal(late.code, 'correction_window_closed');
    const lateSubmit = await refusal(
      commandAs({ ...actor, now: time.clock.now() }, applicationSubmitter, id, DECLARED),
    );
    assert.equal(lateSubmit.code, 'correction_window_closed');
    assert.ok((await expiredCorrectionsRejecter({ db: database.db, clock: time.clock })) >= 1);
    assert.equal(await expiredCorrectionsRejecter({ db: database.db, clock: time.clock }), 0, 'idempotent');
    assert.equal((await applicationById(database.db, id))?.state, 'formally_rejected');
  });

  it('reject with reasons, and need reasons to reject', async () => {
    const { id, actor } = await completeDraft();
    await commandAs(actor, applicationSubmitter, id, DECLARED);
    const noReason = await refusal(
      commandAs({ ...command(), actorId: null }, formalDecider, id, {
        decision: 'rejected',
        confirmed: [],
        comment: ' ',
        correctionFields: [],
        correctionAttachments: [],
      }),
    );
    assert.deepEqual(noReason.fields, { comment: 'reasonsRequired' });
    await commandAs({ ...command(), actorId: null }, formalDecider, id, {
      decision: 'rejected',
      confirmed: [],
      comment: 'Brak porozumienia.',
      correctionFields: [],
      correctionAttachments: [],
    });
    assert.equal((await applicationById(database.db, id))?.state, 'formally_rejected');
    const withdraw = await refusal(commandAs(actor, applicationWithdrawer, id));
    assert.equal(withdraw.code, 'not_withdrawable');
  });

  it('let the team withdraw before a decision, audited', async () => {
    const { id, actor } = await completeDraft();
    await commandAs(actor, applicationSubmitter, id, DECLARED);
    await commandAs(actor, applicationWithdrawer, id);
    assert.equal((await applicationById(database.db, id))?.state, 'withdrawn');
    const event = await database.db
      .selectFrom('auditEvents')
      .select('action')
      .where('entityId', '=', String(id))
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    assert.equal(event.action, 'competition.application.withdraw');
  });

  it("mail the formal decision to an English-speaking coordinator in English, whatever the operator's language", async () => {
    const { id, actor, user } = await completeDraft();
    await commandAs(actor, applicationSubmitter, id, DECLARED);
    await database.db.updateTable('users').set({ locale: 'en' }).where('id', '=', user.id).execute();
    const submitted = await applicationById(database.db, id);
    const round = submitted && (await roundById(database.db, submitted.roundId));
    const every = formalChecklist(round?.rules ?? lenientRules(), submitted?.snapshot ?? assert.fail());
    await commandAs({ ...command(), actorId: null, locale: 'pl' }, formalDecider, id, {
      decision: 'accepted',
      confirmed: every.map((item) => item.key),
      comment: '',
      correctionFields: [],
      correctionAttachments: [],
    });
    const mail = await database.db
      .selectFrom('mailOutbox')
      .select(['subject', 'textBody'])
      .where('toAddress', '=', user.email)
      .where('template', '=', 'competitionFormalDecision')
      .executeTakeFirstOrThrow();
    assert.match(mail.subject, /^Formal check of application /);
    assert.match(mail.textBody, /Test call/);
    assert.doesNotMatch(mail.textBody, /Dzień dobry|Nabór testowy/);
  });

  it('let the team withdraw during the Expert Panel, but refuse moves the workflow has not got', async () => {
    const atPanel = await completeDraft();
    await commandAs(atPanel.actor, applicationSubmitter, atPanel.id, DECLARED);
    const moveTo = (id: number, state: 'panel' | 'refused' | 'formally_accepted') =>
      database.db.updateTable('applications').set({ state }).where('id', '=', id).execute();
    await moveTo(atPanel.id, 'panel');
    await commandAs(atPanel.actor, applicationWithdrawer, atPanel.id);
    assert.equal((await applicationById(database.db, atPanel.id))?.state, 'withdrawn');

    const decided = await completeDraft();
    await commandAs(decided.actor, applicationSubmitter, decided.id, DECLARED);
    await moveTo(decided.id, 'refused');
    assert.equal(
      (await refusal(commandAs(decided.actor, applicationWithdrawer, decided.id))).code,
      'not_withdrawable',
    );
    assert.equal(
      (await refusal(commandAs(decided.actor, applicationSubmitter, decided.id, DECLARED))).code,
      'already_submitted',
    );
    await moveTo(decided.id, 'formally_accepted');
    const again = await refusal(
      commandAs({ ...command(), actorId: null }, formalDecider, decided.id, {
        decision: 'accepted',
        confirmed: [],
        comment: '',
        correctionFields: [],
        correctionAttachments: [],
      }),
    );
    assert.equal(again.code, 'not_in_formal_check');
    assert.equal((await applicationById(database.db, decided.id))?.state, 'formally_accepted');
  });

  it('close a round set to 02:30 Warsaw time on 25 October 2026 at the first (summer-time) 02:30', async () => {
    time.set('2026-10-01T10:00:00.000Z');
    const closesAt = warsawToInstant('2026-10-25T02:30').toISOString();
    assert.equal(closesAt, '2026-10-25T00:30:00.000Z');
    const roundId = await publishedRound(database.db, time.clock.now(), {
      opensAt: '2026-10-02T08:00:00.000Z',
      closesAt,
    });
    const user = await person(database.db, time.clock);
    const cluster = await clusterWithTeam(database.db, user.id);
    time.set('2026-10-10T10:00:00.000Z');
    const actor = { ...command(), actorId: user.id };
    const onTime = await commandAs(actor, applicationStarter, { roundId, clusterId: cluster.id });
    const other = await clusterWithTeam(database.db, user.id);
    const late = await commandAs(actor, applicationStarter, { roundId, clusterId: other.id });
    for (const { id } of [onTime, late]) {
      await commandAs(actor, draftSaver, { applicationId: id, fields: FORM_FIELDS, input: COMPLETE_ANSWERS });
      for (const code of ['agreement', 'strategy', 'members'])
        await commandAs(actor, attachmentUploader, {
          applicationId: id,
          code,
          fileName: `${code}.pdf`,
          data: PDF,
        });
    }
    time.set('2026-10-25T00:30:00.000Z');
    assert.ok(
      await commandAs({ ...actor, now: time.clock.now() }, applicationSubmitter, onTime.id, DECLARED),
    );
    time.set('2026-10-25T01:30:00.000Z');
    const second = await refusal(
      commandAs({ ...actor, now: time.clock.now() }, applicationSubmitter, late.id, DECLARED),
    );
    assert.equal(second.code, 'round_closed', 'the second 02:30 (winter time) is an hour too late');
  });

  it('keep at most five stashes of typed values per application, each for a day', async () => {
    const { id } = await completeDraft();
    for (let i = 0; i < 7; i++) {
      time.set(new Date(Date.parse('2026-12-02T10:00:00.000Z') + i * 1000).toISOString());
      assert.ok(
        await draftStasher(
          database.db,
          { applicationId: id, input: { employment: String(i) } },
          time.clock.now(),
        ),
      );
    }
    assert.equal(
      await draftStasher(
        database.db,
        { applicationId: 999999, input: { employment: '1' } },
        time.clock.now(),
      ),
      null,
    );
    const kept = await database.db
      .selectFrom('draftStashes')
      .select('form')
      .where('applicationId', '=', id)
      .execute();
    assert.equal(kept.length, 5);
    time.set('2026-12-03T10:00:07.000Z');
    assert.equal(await expiredStashesRemover({ db: database.db, clock: time.clock }), 5);
  });
});
