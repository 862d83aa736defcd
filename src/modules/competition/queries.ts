import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { ApplicationState } from './applicationStates.ts';
import type { ChecklistItem } from './formalChecklist.ts';
import type { CompetitionRules } from './rules.ts';
import type { ApplicationSnapshot } from './snapshot.ts';
import type { ApplicationRow, AttachmentRow, RoundRow } from './tables.ts';

type Db = Kysely<Database> | Transaction<Database>;

export type ConfirmedItem = ChecklistItem & { confirmed: boolean };
export type Round = Omit<RoundRow, 'rules'> & { rules: CompetitionRules };
export type Application = Omit<ApplicationRow, 'snapshot'> & { snapshot: ApplicationSnapshot | null };

function parsedRound(row: RoundRow): Round {
  return { ...row, rules: JSON.parse(row.rules) as CompetitionRules };
}

function parsedApplication(row: ApplicationRow): Application {
  return { ...row, snapshot: row.snapshot ? (JSON.parse(row.snapshot) as ApplicationSnapshot) : null };
}

export async function roundById(db: Db, id: number): Promise<Round | undefined> {
  const row = await db.selectFrom('rounds').selectAll().where('id', '=', id).executeTakeFirst();
  return row && parsedRound(row);
}

export async function applicationById(db: Db, id: number): Promise<Application | undefined> {
  const row = await db.selectFrom('applications').selectAll().where('id', '=', id).executeTakeFirst();
  return row && parsedApplication(row);
}

/** A round's applications (optionally only in some states), oldest first. */
export async function applicationsInRound(
  db: Db,
  roundId: number,
  states?: readonly ApplicationState[],
): Promise<Application[]> {
  let query = db.selectFrom('applications').selectAll().where('roundId', '=', roundId);
  if (states) {
    if (states.length === 0) return [];
    query = query.where('state', 'in', states);
  }
  const rows = await query.orderBy('createdAt').orderBy('id').execute();
  return rows.map(parsedApplication);
}

export async function programmeByCode(db: Db, code: string) {
  return db.selectFrom('programmes').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function listProgrammes(db: Db) {
  return db.selectFrom('programmes').selectAll().orderBy('id').execute();
}

export async function roundsOfProgramme(
  db: Db,
  programmeId: number,
  publishedOnly: boolean,
): Promise<Round[]> {
  let query = db.selectFrom('rounds').selectAll().where('programmeId', '=', programmeId);
  if (publishedOnly) query = query.where('publishedAt', 'is not', null);
  const rows = await query.orderBy('opensAt', 'desc').orderBy('id', 'desc').execute();
  return rows.map(parsedRound);
}

export async function allRounds(db: Db): Promise<Round[]> {
  const rows = await db
    .selectFrom('rounds')
    .selectAll()
    .orderBy('opensAt', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map(parsedRound);
}

/** The files an application holds now, one per rules' attachment code (replaced ones left out). */
export async function currentAttachments(db: Db, applicationId: number): Promise<AttachmentRow[]> {
  return db
    .selectFrom('applicationAttachments')
    .selectAll()
    .where('applicationId', '=', applicationId)
    .where('supersededAt', 'is', null)
    .orderBy('id')
    .execute();
}

export async function attachmentById(db: Db, id: number): Promise<AttachmentRow | undefined> {
  return db.selectFrom('applicationAttachments').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The stored files behind a snapshot's attachments (by content hash), to link them: hash → id. */
export async function attachmentIdsByHash(
  db: Db,
  applicationId: number,
  hashes: string[],
): Promise<Map<string, number>> {
  if (hashes.length === 0) return new Map();
  const rows = await db
    .selectFrom('applicationAttachments')
    .select(['id', 'sha256'])
    .where('applicationId', '=', applicationId)
    .where('sha256', 'in', hashes)
    .orderBy('id')
    .execute();
  return new Map(rows.map((row) => [row.sha256, row.id]));
}

export async function snapshotVersions(db: Db, applicationId: number) {
  return db
    .selectFrom('applicationSnapshots')
    .selectAll()
    .where('applicationId', '=', applicationId)
    .orderBy('version')
    .execute();
}

export async function latestFormalCheck(db: Db, applicationId: number) {
  return db
    .selectFrom('formalChecks')
    .selectAll()
    .where('applicationId', '=', applicationId)
    .orderBy('id', 'desc')
    .executeTakeFirst();
}

/** Every formal check of an application, oldest first, with the checklist as the operator confirmed it. */
export async function formalChecksOf(db: Db, applicationId: number) {
  const rows = await db
    .selectFrom('formalChecks')
    .selectAll()
    .where('applicationId', '=', applicationId)
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ ...row, checklist: JSON.parse(row.checklist) as ConfirmedItem[] }));
}

/** The cluster's application in a round that is not withdrawn. */
export async function activeApplicationOf(db: Db, roundId: number, clusterId: number) {
  return db
    .selectFrom('applications')
    .selectAll()
    .where('roundId', '=', roundId)
    .where('clusterId', '=', clusterId)
    .where('state', '<>', 'withdrawn')
    .executeTakeFirst();
}

/** Applications of the clusters whose team the person is on, newest first. */
export async function applicationsOfUser(db: Db, userId: number) {
  return db
    .selectFrom('applications')
    .innerJoin('clusterEditors', 'clusterEditors.clusterId', 'applications.clusterId')
    .innerJoin('clusters', 'clusters.id', 'applications.clusterId')
    .innerJoin('rounds', 'rounds.id', 'applications.roundId')
    .select([
      'applications.id',
      'applications.clusterId',
      'applications.state',
      'applications.kind',
      'applications.receiptNumber',
      'applications.submittedAt',
      'applications.updatedAt',
      'clusters.name as clusterName',
      'rounds.id as roundId',
      'rounds.namePl as roundNamePl',
      'rounds.nameEn as roundNameEn',
      'rounds.closesAt',
    ])
    .where('clusterEditors.userId', '=', userId)
    .orderBy('applications.updatedAt', 'desc')
    .execute();
}

export async function stateCounts(
  db: Db,
  roundId: number,
): Promise<Partial<Record<ApplicationState, number>>> {
  const rows = await db
    .selectFrom('applications')
    .select(['state', db.fn.countAll<number>().as('count')])
    .where('roundId', '=', roundId)
    .groupBy('state')
    .execute();
  return Object.fromEntries(rows.map((row) => [row.state, Number(row.count)]));
}
