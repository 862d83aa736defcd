import type {
  ApiTokensTable,
  EmailTokensTable,
  RecoveryCodesTable,
  SessionsTable,
  UserRolesTable,
  UsersTable,
} from '../modules/accounts/tables.ts';
import type { PagesTable } from '../modules/content/tables.ts';
import type {
  ClusterEditorsTable,
  ClusterIndustriesTable,
  ClusterKisTable,
  ClusterRegionsTable,
  ClustersTable,
  MembershipsTable,
  OrganisationsTable,
} from '../modules/registry/tables.ts';
import type { KkkStatusesTable } from '../modules/statuses/tables.ts';
import type { AuditEventsTable } from '../platform/audit/tables.ts';
import type { MailOutboxTable } from '../platform/mail/tables.ts';
import type { RateLimitsTable } from '../platform/rate-limit/tables.ts';

/** Every table, as the app sees it (camelCase through Kysely's CamelCasePlugin). */
export interface Database {
  organisations: OrganisationsTable;
  clusters: ClustersTable;
  clusterIndustries: ClusterIndustriesTable;
  clusterKis: ClusterKisTable;
  clusterRegions: ClusterRegionsTable;
  memberships: MembershipsTable;
  clusterEditors: ClusterEditorsTable;
  kkkStatuses: KkkStatusesTable;
  users: UsersTable;
  userRoles: UserRolesTable;
  pages: PagesTable;
  sessions: SessionsTable;
  emailTokens: EmailTokensTable;
  apiTokens: ApiTokensTable;
  recoveryCodes: RecoveryCodesTable;
  mailOutbox: MailOutboxTable;
  rateLimits: RateLimitsTable;
  auditEvents: AuditEventsTable;
}
