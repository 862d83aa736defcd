import { Command } from 'commander';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/dialect.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { portalJobs } from '../jobs.ts';
import { roleChanger } from '../modules/accounts/roleChanger.ts';
import { ROLES } from '../modules/accounts/roles.ts';
import { userCreator } from '../modules/accounts/userCreator.ts';
import { findUserIdByEmail } from '../modules/admin/queries.ts';
import { MODULES } from '../modules/index.ts';
import { FULL_TEXT_MIGRATION, searchReindexer } from '../modules/search/reindexer.ts';
import { auditVerifier } from '../platform/audit/verifier.ts';
import { systemClock } from '../platform/clock.ts';
import { jobRunner } from '../platform/jobs/scheduler.ts';
import { assemblePortal } from '../platform/module.ts';
import { demoLoginLines, removeDemo, seedDemo } from '../seed/demo.ts';
import { seedKkkHistory } from '../seed/kkkHistory.ts';
import { seedReference } from '../seed/reference.ts';
import { startServer } from '../server.ts';
import { portalBackup, portalRestore } from './backup.ts';

/** Runs a command against the configured database and always closes it. */
async function withDatabase<T>(work: (database: ReturnType<typeof openDatabase>) => Promise<T>): Promise<T> {
  const database = openDatabase(loadConfig().databaseUrl);
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

/** Rebuilds portal-wide search from every module's documents; one line per kind. */
async function reindexSearch(db: ReturnType<typeof openDatabase>['db']): Promise<string[]> {
  const counts = await searchReindexer(db, assemblePortal(MODULES).search);
  return counts.map(({ kind, count }) => `${kind}: ${count} record(s) indexed`);
}

/** Migrates; the migration that replaced the search documents is followed by a full reindex. */
async function migrateAndReindex(db: ReturnType<typeof openDatabase>['db']): Promise<string[]> {
  const applied = await migrateToLatest(db);
  if (applied.includes(FULL_TEXT_MIGRATION)) for (const line of await reindexSearch(db)) say(line);
  return applied;
}

async function reindex(): Promise<void> {
  const lines = await withDatabase(({ db }) => reindexSearch(db));
  for (const line of lines) say(line);
}

async function migrate(): Promise<void> {
  const applied = await withDatabase(({ db }) => migrateAndReindex(db));
  say(
    applied.length > 0
      ? `Applied ${applied.length} migration(s): ${applied.join(', ')}`
      : 'The database is up to date.',
  );
}

async function seed(options: { demo?: boolean; removeDemo?: boolean }): Promise<void> {
  await withDatabase(async ({ db }) => {
    await migrateAndReindex(db);
    if (options.removeDemo) {
      say(`Removed ${await removeDemo(db)} demo record(s).`);
      return;
    }
    say(`Reference data: ${await seedReference(db, systemClock)} record(s) added.`);
    say(`KKK history (rounds II and V): ${await seedKkkHistory(db, systemClock)} status(es) added.`);
    if (options.demo)
      say(
        (await seedDemo(db, systemClock, loadConfig().dataDir))
          ? 'Demo data loaded.'
          : 'Demo data was already loaded.',
      );
  });
}

function printDemoLogins(baseUrl: string): void {
  say('');
  say(`Portal Klastrów is running at ${baseUrl}`);
  for (const line of demoLoginLines()) say(line);
  say('Remove the demo data with: npx portal seed --remove-demo');
  say('');
}

async function start(): Promise<void> {
  await seed({ demo: true });
  const config = loadConfig();
  await startServer(config);
  printDemoLogins(config.baseUrl);
}

async function createUser(options: {
  email: string;
  password: string;
  role: string[];
  name?: string;
}): Promise<void> {
  const user = await withDatabase(({ db }) =>
    userCreator({
      db,
      clock: systemClock,
      email: options.email,
      password: options.password,
      name: options.name,
      roles: options.role,
    }),
  );
  say(`Created user ${user.email} (id ${user.id}) with roles: ${user.roles.join(', ')}`);
}

async function changeRole(options: { email: string; add?: string; remove?: string }): Promise<void> {
  if ((options.add === undefined) === (options.remove === undefined)) {
    throw new Error('Give exactly one of --add <role> or --remove <role>');
  }
  const change = options.add !== undefined ? 'grant' : 'revoke';
  const result = await withDatabase(async ({ db }) => {
    const userId = await findUserIdByEmail(db, options.email);
    if (userId === undefined) throw new Error(`No account with the e-mail ${options.email}`);
    // The CLI acts as the system: its audit events have no actor.
    const role = options.add ?? options.remove ?? '';
    return roleChanger({ db, userId, change, role, actorId: null, now: systemClock.now() });
  });
  const done = change === 'grant' ? `Granted role ${result.role} to` : `Revoked role ${result.role} from`;
  say(`${done} ${result.email}; roles now: ${result.after.join(', ') || 'none'}. Their sessions were ended.`);
}

async function verifyAudit(): Promise<void> {
  const verdict = await withDatabase(({ db }) => auditVerifier(db));
  if (!verdict.ok) throw new Error(`audit log broken at event #${verdict.rowId}: ${verdict.reason}`);
  say(`Audit log intact: ${verdict.count} events`);
  if (verdict.head)
    say(`Latest hash: ${verdict.head} (keep a copy elsewhere to detect removed recent events)`);
}

async function runJobs(): Promise<void> {
  const config = loadConfig();
  await withDatabase(async ({ db }) => {
    const log = { info: () => {}, error: () => {} };
    for (const job of await portalJobs(config.baseUrl)) {
      const outcome = await jobRunner(job, { db, clock: systemClock, log });
      say(outcome.ran ? `${job.name}: ${outcome.result}` : `${job.name}: running elsewhere, skipped`);
    }
  });
}

async function backup(file: string): Promise<void> {
  const { databaseUrl, dataDir } = loadConfig();
  for (const line of await portalBackup({ databaseUrl, dataDir, target: file, now: systemClock.now() }))
    say(line);
}

async function restore(file: string): Promise<void> {
  const { databaseUrl, dataDir } = loadConfig();
  for (const line of await portalRestore({ databaseUrl, dataDir, archive: file })) say(line);
}

const collect = (value: string, previous: string[]) => [...previous, value];

export function cli(): Command {
  const program = new Command('portal').description('Portal Klastrów — administration').showHelpAfterError();
  program.command('migrate').description('bring the database schema up to date').action(migrate);
  program
    .command('seed')
    .description('load the publicly known reference data (and demo data with --demo)')
    .option('--demo', 'also load the fictional demo data set')
    .option('--remove-demo', 'delete every demo record and nothing else')
    .action(seed);
  program
    .command('serve')
    .description('start the web server')
    .action(async () => void (await startServer(loadConfig())));
  program.command('start').description('migrate, load demo data and serve (the quick start)').action(start);
  const user = program.command('user').description('manage accounts');
  user
    .command('create')
    .description('create a verified account')
    .requiredOption('--email <email>', 'e-mail address')
    .requiredOption('--password <password>', 'password (at least 12 characters)')
    .option('--role <role>', `role to grant, repeatable: ${ROLES.join(', ')}`, collect, [])
    .option('--name <name>', 'display name')
    .action(createUser);
  user
    .command('role')
    .description("grant or revoke a role (ends the account's sessions; recorded in the audit log)")
    .requiredOption('--email <email>', 'e-mail address of the account')
    .option('--add <role>', `role to grant: ${ROLES.join(', ')}`)
    .option('--remove <role>', 'role to revoke')
    .action(changeRole);
  const audit = program.command('audit').description('the tamper-evident audit log');
  audit.command('verify').description('check that no event was edited or deleted').action(verifyAudit);
  const search = program.command('search').description('portal-wide search');
  search
    .command('reindex')
    .description("rebuild the search index from every module's records (e.g. after an import)")
    .action(reindex);
  const jobs = program.command('jobs').description('the scheduled jobs (the server runs them by itself)');
  jobs.command('run').description('run every scheduled job once now').action(runJobs);
  program
    .command('backup <file>')
    .description(
      'write one archive: the database (SQLite), every file under DATA_DIR, a manifest with checksums',
    )
    .action(backup);
  program
    .command('restore <file>')
    .description(
      'restore an archive of portal backup into an empty DATA_DIR, verifying checksums and the audit log',
    )
    .action(restore);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  try {
    await cli().parseAsync(argv);
  } catch (error) {
    process.stderr.write(`portal: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
