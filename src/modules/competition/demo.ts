import type { Kysely, Transaction } from 'kysely';
import { DateTime } from 'luxon';
import type { Database } from '../../db/schema.ts';
import type { Clock } from '../../platform/clock.ts';
import { commandAs } from '../../platform/commandContext.ts';
import { DomainError } from '../../platform/domainError.ts';
import { PORTAL_ZONE } from '../../platform/time.ts';
import { teamMemberAdder } from '../registry/team.ts';
import { FORM_FIELDS } from './applicationForm.ts';
import { applicationStarter } from './applicationStarter.ts';
import { applicationSubmitter } from './applicationSubmitter.ts';
import { attachmentStore } from './attachmentStore.ts';
import { attachmentUploader } from './attachmentUploader.ts';
import { draftSaver } from './draftSaver.ts';
import { roundCreator, roundPublisher } from './roundRecorder.ts';
import { rulesFromTemplate } from './rules.ts';

// The demo competition: round VII of the national programme, open now (closing in three weeks),
// with the latest template, the demo coordinator's draft and two submitted applications.

const DEMO_COORDINATOR = 'koordynator@demo.klastry.example';
const DEMO_PDF = Buffer.from(
  '%PDF-1.4\n% Demo attachment of Portal Klastrów\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);

function demoAnswers(index: number) {
  return {
    contactPerson: ['Karol Koordynator', 'Beata Biuro', 'Cezary Ciesielski'][index % 3] ?? '',
    contactEmail: `biuro${index + 1}@demo.klastry.example`,
    contactPhone: '+48 22 100 00 00',
    website: `https://klaster${index + 1}.demo.klastry.example`,
    employment: String(1800 + index * 450),
    revenue: String(420000000 + index * 35000000),
    exports: String(160000000 + index * 12000000),
    rdSpending: String(9500000 + index * 800000),
    patents: String(14 + index * 3),
    jointProjects: String(9 + index),
    strategySummary:
      'Strategia rozwoju klastra na lata 2027–2030 (dane demonstracyjne): wzrost eksportu członków, wspólne projekty B+R i umiędzynarodowienie.',
    actionPlan:
      'Plan działań (dane demonstracyjne): misje gospodarcze, wspólne stoiska targowe, program szkoleń i wspólne laboratorium.',
  };
}

const atWarsaw = (day: DateTime, hour: number) =>
  day.setZone(PORTAL_ZONE).set({ hour, minute: 0, second: 0, millisecond: 0 }).toUTC().toISO() ?? '';

/** Loads the demo competition unless a demo round is there already. */
export async function seedCompetitionDemo(
  db: Kysely<Database>,
  clock: Clock,
  dataDir: string,
): Promise<void> {
  if (await db.selectFrom('rounds').select('id').where('isDemo', '=', 1).executeTakeFirst()) return;
  const now = clock.now();
  const today = DateTime.fromJSDate(now, { zone: PORTAL_ZONE });
  const command = { db, actorId: null, now };
  const number =
    7 +
    Number(
      (await db.selectFrom('rounds').select(db.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n,
    );
  const { id: roundId } = await commandAs(command, roundCreator, {
    programmeId: 1,
    number,
    namePl: `${number === 7 ? 'VII' : number}. nabór o status KKK (demonstracyjny)`,
    nameEn: `Call ${number === 7 ? 'VII' : number} for KKK status (demo)`,
    descriptionPl:
      'Nabór demonstracyjny: zasady według szablonu ostatniego naboru (pięć obszarów, 150 pkt, próg 100).',
    descriptionEn:
      'A demo call: rules from the latest round’s template (five areas, 150 points, threshold 100).',
    opensAt: atWarsaw(today.minus({ days: 7 }), 9),
    closesAt: atWarsaw(today.plus({ days: 21 }), 15),
    formalCheckDueAt: atWarsaw(today.plus({ days: 35 }), 15),
    assessmentDueAt: atWarsaw(today.plus({ days: 63 }), 15),
    panelDueAt: atWarsaw(today.plus({ days: 77 }), 15),
    decisionDueAt: atWarsaw(today.plus({ days: 91 }), 15),
    rules: rulesFromTemplate('LATEST_ROUND_RULES'),
  });
  await commandAs(command, roundPublisher, roundId);
  await db.updateTable('rounds').set({ isDemo: 1 }).where('id', '=', roundId).execute();

  const clusters = await db
    .selectFrom('clusters')
    .select('id')
    .where('isDemo', '=', 1)
    .where('status', '=', 'published')
    .where('profileCompleted', '=', 1)
    .orderBy('memberCount', 'desc')
    .orderBy('id')
    .limit(3)
    .execute();
  const coordinator = await db
    .selectFrom('users')
    .select('id')
    .where('email', '=', DEMO_COORDINATOR)
    .executeTakeFirst();
  const store = attachmentStore(dataDir);
  const applyingNow = {
    db,
    actorId: coordinator?.id ?? null,
    now,
    locale: 'pl' as const,
    baseUrl: '',
    store,
  };
  for (const [index, cluster] of clusters.entries()) {
    if (index === 0 && coordinator)
      await teamMemberAdder(
        db,
        { clusterId: cluster.id, userId: coordinator.id, role: 'owner', addedBy: null },
        now.toISOString(),
      );
    const { id } = await commandAs(
      { ...applyingNow, actorId: index === 0 ? applyingNow.actorId : null },
      applicationStarter,
      { roundId, clusterId: cluster.id },
    );
    const answers = demoAnswers(index);
    // The demo coordinator's own application is a draft half filled in; the others are submitted.
    const typed =
      index === 0
        ? Object.fromEntries(
            FORM_FIELDS.filter((f) => f.step !== 'strategy').map((f) => [
              f.name,
              answers[f.name as keyof typeof answers],
            ]),
          )
        : answers;
    await commandAs(applyingNow, draftSaver, { applicationId: id, fields: FORM_FIELDS, input: typed });
    if (index === 0) continue;
    for (const code of ['agreement', 'strategy', 'members'])
      await commandAs(applyingNow, attachmentUploader, {
        applicationId: id,
        code,
        fileName: `${code}-demo.pdf`,
        data: DEMO_PDF,
      });
    try {
      await commandAs({ ...applyingNow, actorId: null }, applicationSubmitter, id, { confirmed: true });
    } catch (error) {
      // A demo cluster that does not meet the rules stays a draft; that too is worth seeing.
      if (!(error instanceof DomainError)) throw error;
    }
  }
}

/** Deletes the demo competition (demo rounds, and every application of a demo cluster); returns how many rows went. */
export async function removeCompetitionDemo(trx: Transaction<Database>): Promise<number> {
  const demoRounds = trx.selectFrom('rounds').select('id').where('isDemo', '=', 1);
  const demoClusters = trx.selectFrom('clusters').select('id').where('isDemo', '=', 1);
  const applications = trx
    .selectFrom('applications')
    .select('id')
    .where((eb) => eb.or([eb('roundId', 'in', demoRounds), eb('clusterId', 'in', demoClusters)]));
  const results = [
    await trx.deleteFrom('formalChecks').where('applicationId', 'in', applications).executeTakeFirst(),
    await trx
      .deleteFrom('applicationSnapshots')
      .where('applicationId', 'in', applications)
      .executeTakeFirst(),
    await trx
      .deleteFrom('applicationAttachments')
      .where('applicationId', 'in', applications)
      .executeTakeFirst(),
  ];
  const ids = (await applications.execute()).map((row) => row.id);
  if (ids.length > 0)
    results.push(await trx.deleteFrom('applications').where('id', 'in', ids).executeTakeFirst());
  results.push(await trx.deleteFrom('rounds').where('isDemo', '=', 1).executeTakeFirst());
  return results.reduce((sum, result) => sum + Number(result.numDeletedRows), 0);
}
