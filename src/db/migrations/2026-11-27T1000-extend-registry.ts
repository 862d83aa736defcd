import type { Kysely } from 'kysely';
import { idColumn, instant } from '../migrationSupport.ts';

// The registry grows from "name and coordinator" to the Mapa Klastrów data model: organisations with
// identifiers and a type, clusters with dates, contacts, offer and needs, controlled-list facets in
// join tables, memberships, a derived member count and a folded search column.
//
// NIP, REGON and KRS are unique where given: a plain unique index does that on both engines, since
// SQLite and PostgreSQL both let any number of rows hold NULL in a unique column.

const ORGANISATION_COLUMNS = [
  ['legal_form', 'text'],
  ['nip', 'text'],
  ['regon', 'text'],
  ['krs', 'text'],
  ['address', 'text'],
  // enterprise | university | research_institute | business_support | public_administration | ngo | other
  ['type', 'text'],
  // micro | small | medium | large, enterprises only
  ['size', 'text'],
  ['employees', 'integer'],
] as const;

const CLUSTER_TEXT_COLUMNS = [
  'founded_on',
  'formalised_on',
  'contact_person',
  'email',
  'phone',
  'offer_pl',
  'offer_en',
  'needs_pl',
  'needs_en',
  'standards_assessed_on',
  'standards_valid_until',
] as const;

const CLUSTER_INDEXES = [
  ['clusters_published_name_idx', ['name_sort', 'id']],
  ['clusters_published_members_idx', ['member_count desc', 'name_sort', 'id']],
  ['clusters_published_created_idx', ['created_at', 'id']],
  ['clusters_published_voivodeship_idx', ['voivodeship', 'name_sort', 'id']],
  ['clusters_published_standards_idx', ['standards_valid_until']],
] as const;

const FACET_TABLES = [
  ['cluster_industries', 'industry'],
  ['cluster_kis', 'kis'],
  ['cluster_regions', 'voivodeship'],
] as const;

// biome-ignore lint/suspicious/noExplicitAny: frozen migration
export async function up(db: Kysely<any>): Promise<void> {
  // SQLite adds one column per ALTER TABLE statement.
  for (const [name, type] of ORGANISATION_COLUMNS) {
    await db.schema.alterTable('organisations').addColumn(name, type).execute();
  }
  for (const column of ['nip', 'regon', 'krs']) {
    await db.schema
      .createIndex(`organisations_${column}_idx`)
      .on('organisations')
      .column(column)
      .unique()
      .execute();
  }

  for (const name of CLUSTER_TEXT_COLUMNS) {
    await db.schema.alterTable('clusters').addColumn(name, 'text').execute();
  }
  await db.schema
    .alterTable('clusters')
    .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .alterTable('clusters')
    .addColumn('member_count', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('clusters').addColumn('confirmed_at', instant).execute();
  await db.schema
    .alterTable('clusters')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('published'))
    .execute();

  // Public views read published clusters only: each index starts with the status, so lists, pages,
  // counts and facet counts are answered from the index alone, without reading the wide rows.
  for (const [name, columns] of CLUSTER_INDEXES) {
    await db.schema
      .createIndex(name)
      .on('clusters')
      .columns(['status', ...columns])
      .execute();
  }

  for (const [table, column] of FACET_TABLES) {
    await db.schema
      .createTable(table)
      .addColumn('cluster_id', 'integer', (c) => c.notNull().references('clusters.id').onDelete('cascade'))
      .addColumn(column, 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint(`${table}_pkey`, ['cluster_id', column])
      .execute();
    await db.schema.createIndex(`${table}_${column}_idx`).on(table).columns([column, 'cluster_id']).execute();
  }

  await db.schema
    .createTable('memberships')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('cluster_id', 'integer', (c) => c.notNull().references('clusters.id').onDelete('cascade'))
    .addColumn('organisation_id', 'integer', (c) => c.notNull().references('organisations.id'))
    .addColumn('joined_on', 'text')
    .addColumn('left_on', 'text')
    .execute();
  await db.schema
    .createIndex('memberships_cluster_idx')
    .on('memberships')
    .columns(['cluster_id', 'left_on'])
    .execute();
  await db.schema
    .createIndex('memberships_organisation_idx')
    .on('memberships')
    .column('organisation_id')
    .execute();

  await fillSearchText(db);
}

/** The folding of the day this migration was written; the app refreshes the column itself afterwards. */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[łŁ]/g, 'l')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// biome-ignore lint/suspicious/noExplicitAny: frozen migration
async function fillSearchText(db: Kysely<any>): Promise<void> {
  const rows = await db
    .selectFrom('clusters')
    .leftJoin('organisations', 'organisations.id', 'clusters.coordinator_id')
    .select([
      'clusters.id',
      'clusters.name',
      'clusters.description_pl',
      'clusters.description_en',
      'organisations.name as coordinator_name',
      'organisations.city',
    ])
    .execute();
  for (const row of rows) {
    const parts = [row.name, row.coordinator_name, row.city, row.description_pl, row.description_en];
    const searchText = fold(parts.filter(Boolean).join(' '));
    await db.updateTable('clusters').set({ search_text: searchText }).where('id', '=', row.id).execute();
  }
}

// biome-ignore lint/suspicious/noExplicitAny: frozen migration
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('memberships').execute();
  for (const [table] of FACET_TABLES) await db.schema.dropTable(table).execute();
  for (const index of [
    ...CLUSTER_INDEXES.map(([name]) => name),
    'organisations_nip_idx',
    'organisations_regon_idx',
    'organisations_krs_idx',
  ]) {
    await db.schema.dropIndex(index).execute();
  }
  for (const name of [...CLUSTER_TEXT_COLUMNS, 'search_text', 'member_count', 'confirmed_at', 'status']) {
    await db.schema.alterTable('clusters').dropColumn(name).execute();
  }
  for (const [name] of ORGANISATION_COLUMNS) {
    await db.schema.alterTable('organisations').dropColumn(name).execute();
  }
}
