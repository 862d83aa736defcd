import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Kysely, sql } from 'kysely';
import { engineOfUrl, openDatabase } from '../src/db/dialect.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import type { Database } from '../src/db/schema.ts';
import { MODULES } from '../src/modules/index.ts';
import type { IndustryCode } from '../src/modules/registry/industries.ts';
import type { NewCluster, NewOrganisation } from '../src/modules/registry/tables.ts';
import { searchReindexer } from '../src/modules/search/reindexer.ts';
import { systemClock } from '../src/platform/clock.ts';
import { assemblePortal } from '../src/platform/module.ts';
import { pick, seededRandom } from '../src/platform/random.ts';
import { polishSortKey, searchableText, slugify } from '../src/platform/text.ts';
import { seedReference } from '../src/seed/reference.ts';
import { generateRankingRound, type RankingRound } from './assessment.ts';
import { generateCalendarEvents } from './calendar.ts';
import { fillMembers, industryOfSector, type MemberTarget } from './members.ts';
import { shuffle } from './random.ts';
import {
  BRANDS,
  CLUSTER_KINDS,
  DESCRIPTION_ACTIVITIES,
  DESCRIPTION_OPENINGS,
  feminine,
  ORGANISATION_FORMS,
  REGIONS,
  SECTORS,
} from './words.ts';

/** The LARGE data set the project's performance targets are stated for. */
export const LARGE = { clusters: 5000, kkkHolders: 60, memberOrganisations: 200_000 };
const BATCH = 500;
const KKK_ROUNDS = [
  { roundNumber: 2, roundYear: 2016 },
  { roundNumber: 3, roundYear: 2019 },
  { roundNumber: 4, roundYear: 2023 },
];

export interface BenchDatabase {
  engine: 'sqlite' | 'postgres';
  /** What the app opens: a sqlite: URL, or the postgres:// URL together with searchPath. */
  url: string;
  searchPath: string | undefined;
  clusters: number;
  /** A generated cluster with a completed profile and a KKK status, for the profile scenarios. */
  sampleSlug: string;
  /** A round of 2,000 scored applications and an operator's token, for the ranking scenario. */
  ranking: RankingRound;
  /** Removes the temporary file or schema. */
  destroy(): Promise<void>;
}

interface Row {
  organisation: NewOrganisation;
  cluster: Omit<NewCluster, 'coordinatorId'>;
  industries: IndustryCode[];
}

/** A fresh database (SQLite under a temp dir, or a new PostgreSQL schema) filled with the LARGE set. */
export async function generateData(postgresUrl = process.env.BENCH_DATABASE_URL): Promise<BenchDatabase> {
  const target = postgresUrl && engineOfUrl(postgresUrl) === 'postgres' ? postgresUrl : undefined;
  const place = target ? await freshSchema(target) : freshSqliteFile();
  const handle = openDatabase(place.url, place.searchPath ? { searchPath: place.searchPath } : {});
  try {
    await migrateToLatest(handle.db);
    await seedReference(handle.db, systemClock);
    const sampleSlug = await fill(handle.db, LARGE.clusters, LARGE.kkkHolders);
    const ranking = await generateRankingRound(handle.db);
    await generateCalendarEvents(handle.db, systemClock.now());
    // Portal-wide search (and the registry's q filter) find records through the modules' documents.
    await searchReindexer(handle.db, assemblePortal(MODULES).search);
    // A live PostgreSQL has statistics from autovacuum; give the fresh schema the same.
    if (target) await sql`analyze`.execute(handle.db);
    return {
      ...place,
      engine: target ? 'postgres' : 'sqlite',
      clusters: LARGE.clusters,
      sampleSlug,
      ranking,
    };
  } catch (error) {
    await place.destroy();
    throw error;
  } finally {
    await handle.close();
  }
}

function freshSqliteFile() {
  const dir = mkdtempSync(path.join(tmpdir(), 'portal-bench-'));
  return {
    url: `sqlite:${path.join(dir, 'bench.db')}`,
    searchPath: undefined,
    destroy: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

async function freshSchema(url: string) {
  const schema = `bench_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const run = async (statement: ReturnType<typeof sql>) => {
    const admin = openDatabase(url, { maxConnections: 1 });
    try {
      await statement.execute(admin.db);
    } finally {
      await admin.close();
    }
  };
  await run(sql`create schema ${sql.id(schema)}`);
  return { url, searchPath: schema, destroy: () => run(sql`drop schema ${sql.id(schema)} cascade`) };
}

async function fill(db: Kysely<Database>, count: number, holders: number): Promise<string> {
  const random = seededRandom(20261127);
  const taken = new Set((await db.selectFrom('clusters').select('slug').execute()).map((row) => row.slug));
  const rows = clusterRows(count, random, taken);
  const holderRows = rows.slice(0, holders);
  for (const row of holderRows) row.cluster.profileCompleted = 1;
  shuffle(rows, random);
  const targets: MemberTarget[] = [];
  await db.transaction().execute(async (trx) => {
    for (let start = 0; start < rows.length; start += BATCH) {
      const batch = rows.slice(start, start + BATCH);
      const ids = await trx
        .insertInto('organisations')
        .values(batch.map((row) => row.organisation))
        .returning('id')
        .execute();
      const clusters = batch.map((row, i) => ({ ...row.cluster, coordinatorId: ids[i]?.id ?? null }));
      const clusterIds = await trx.insertInto('clusters').values(clusters).returning('id').execute();
      const facets = batch.map((row, i) => ({ id: clusterIds[i]?.id ?? 0, row }));
      await trx
        .insertInto('clusterIndustries')
        .values(
          facets.flatMap(({ id, row }) => row.industries.map((industry) => ({ clusterId: id, industry }))),
        )
        .execute();
      await trx
        .insertInto('clusterRegions')
        .values(
          facets.map(({ id, row }) => ({ clusterId: id, voivodeship: row.cluster.voivodeship ?? '14' })),
        )
        .execute();
      for (const { id, row } of facets) {
        if (row.cluster.profileCompleted === 1)
          targets.push({
            clusterId: id,
            voivodeship: row.cluster.voivodeship ?? '14',
            createdAt: row.cluster.createdAt,
          });
      }
    }
    const inserted = await trx
      .selectFrom('clusters')
      .select(['id', 'coordinatorId', 'createdAt'])
      .where(
        'slug',
        'in',
        holderRows.map((row) => row.cluster.slug),
      )
      .execute();
    const statuses = inserted.map((cluster, i) => {
      const round = KKK_ROUNDS[i % KKK_ROUNDS.length] as (typeof KKK_ROUNDS)[number];
      return {
        clusterId: cluster.id,
        representedById: cluster.coordinatorId,
        ...round,
        documentNumber: `DIP-KKK/${round.roundNumber}/${String(i + 1).padStart(3, '0')}`,
        documentDate: `${round.roundYear}-10-15`,
        validUntil: `${round.roundYear + 3}-10-15`,
        createdAt: cluster.createdAt,
      };
    });
    if (statuses.length > 0) await trx.insertInto('kkkStatuses').values(statuses).execute();
  });
  await fillMembers(db, targets, LARGE.memberOrganisations, random);
  return (holderRows[0] ?? (rows[0] as Row)).cluster.slug;
}

/** Unique names: every region × kind × sector and kind × sector × brand, shuffled, as many as asked. */
function clusterRows(count: number, random: () => number, taken: Set<string>): Row[] {
  const names: { name: string; code: string; sector: [string, string] }[] = [];
  const codes = Object.keys(REGIONS);
  for (const sector of SECTORS) {
    for (const { kind, feminine: isFeminine } of CLUSTER_KINDS) {
      for (const code of codes) {
        const adjective = REGIONS[code]?.adjective ?? '';
        const name = `${isFeminine ? feminine(adjective) : adjective} ${kind} ${sector[0]}`;
        names.push({ name, code, sector });
      }
      for (const brand of BRANDS)
        names.push({ name: `${kind} ${sector[0]} „${brand}”`, code: pick(codes, random), sector });
    }
  }
  shuffle(names, random);
  const rows: Row[] = [];
  for (let i = 0; rows.length < count; i += 1) {
    const base = names[i % names.length] as (typeof names)[number];
    const round = Math.floor(i / names.length);
    const name = round === 0 ? base.name : `${base.name} ${round + 1}`;
    const slug = slugify(name);
    if (taken.has(slug)) continue;
    taken.add(slug);
    rows.push(row(name, slug, base.code, base.sector, random));
  }
  return rows;
}

function row(name: string, slug: string, code: string, sector: [string, string], random: () => number): Row {
  const city = pick(REGIONS[code]?.cities ?? ['Warszawa'], random);
  const createdAt = new Date(Date.UTC(2015, 0, 1) + random() * 11 * 365 * 86_400_000).toISOString();
  const completed = random() < 0.6;
  const description = `${pick(DESCRIPTION_OPENINGS, random)} ${sector[1]}. ${pick(DESCRIPTION_ACTIVITIES, random)} ${pick(DESCRIPTION_ACTIVITIES, random)}`;
  const descriptionEn =
    completed && random() < 0.3 ? `A cluster of companies and research bodies (${slug}).` : null;
  const organisationName = pick(ORGANISATION_FORMS, random)(sector[0], city);
  const industry = industryOfSector(sector[0]);
  const second = random() < 0.3 ? industryOfSector(pick(SECTORS, random)[0]) : industry;
  // Confirmed within the last half year mostly; one in ten not for over a year (outdated).
  const confirmedAt = completed
    ? new Date(Date.now() - (random() < 0.1 ? 400 : random() * 180) * 86_400_000).toISOString()
    : null;
  const standards = completed && random() < 0.1;
  return {
    organisation: { name: organisationName, city, voivodeship: code, createdAt },
    industries: [...new Set([industry, second])],
    cluster: {
      slug,
      name,
      nameSort: polishSortKey(name),
      voivodeship: code,
      descriptionPl: completed ? description : null,
      descriptionEn,
      website: completed ? `https://${slug.slice(0, 50)}.example.pl` : null,
      contactPerson: completed ? 'Anna Nowak' : null,
      email: completed ? `biuro@${slug.slice(0, 50)}.example.pl` : null,
      foundedOn: completed ? createdAt.slice(0, 10) : null,
      standardsAssessedOn: standards ? '2025-06-01' : null,
      standardsValidUntil: standards ? '2027-06-01' : null,
      confirmedAt,
      searchText: searchableText(name, organisationName, city, completed ? description : null, descriptionEn),
      profileCompleted: completed ? 1 : 0,
      createdAt,
      updatedAt: createdAt,
    },
  };
}
