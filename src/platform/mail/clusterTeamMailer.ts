import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { type MailAddressee, type MailedBy, mailEach } from './addressees.ts';
import type { MailParams, MailTemplateName } from './templates/index.ts';

/**
 * A cluster's team as mail addressees, owners first. Read here, below the modules, because the
 * registry, the competition and the status registry all mail a team and statuses sits below the registry.
 */
async function teamAddressees(
  db: Kysely<Database> | Transaction<Database>,
  clusterId: number,
  role?: 'owner' | 'editor',
): Promise<MailAddressee[]> {
  let query = db
    .selectFrom('clusterEditors')
    .innerJoin('users', 'users.id', 'clusterEditors.userId')
    .select(['clusterEditors.userId', 'users.name', 'users.email', 'users.locale', 'clusterEditors.role'])
    .where('clusterEditors.clusterId', '=', clusterId);
  if (role !== undefined) query = query.where('clusterEditors.role', '=', role);
  const rows = await query.orderBy('clusterEditors.createdAt').orderBy('clusterEditors.userId').execute();
  const ordered = [
    ...rows.filter((row) => row.role === 'owner'),
    ...rows.filter((row) => row.role !== 'owner'),
  ];
  return ordered.map(({ userId, name, email, locale }) => ({ userId, name, email, locale }));
}

/**
 * Mails a cluster's team (or only its owners), each person in their own language — the request's
 * when they caused the mail themselves. The cluster's public address can be added to the team
 * (`also`) or used only when the cluster has no team yet (`whenNoTeam`); it is written to in Polish.
 * Every address once; one that is not an address is skipped. Returns how many mails were queued.
 */
export async function clusterTeamMailer<K extends MailTemplateName>(
  trx: Kysely<Database> | Transaction<Database>,
  to: {
    clusterId: number;
    role?: 'owner' | 'editor';
    clusterAddress?: { email: string | null; name: string; use: 'also' | 'whenNoTeam' };
    by?: MailedBy;
  },
  template: K,
  params: (person: MailAddressee) => MailParams[K],
  now: Date,
): Promise<number> {
  const team: MailAddressee[] = await teamAddressees(trx, to.clusterId, to.role);
  const address = to.clusterAddress;
  const clusterPerson: MailAddressee[] =
    address?.email && (address.use === 'also' || team.length === 0)
      ? [{ userId: null, email: address.email, name: address.name, locale: 'pl' }]
      : [];
  return mailEach(trx, [...clusterPerson, ...team], template, params, now, to.by);
}
