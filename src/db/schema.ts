import type {
  ApiTokensTable,
  EmailTokensTable,
  RecoveryCodesTable,
  SessionsTable,
  UserRolesTable,
  UsersTable,
} from '../modules/accounts/tables.ts';
import type {
  AppealsTable,
  AssessmentDecisionsTable,
  AssessmentScoresTable,
  AssessmentSumsTable,
  AssessmentTasksTable,
  ExpertInterestsTable,
  PanelConsensusScoresTable,
  PanelMembersTable,
  PanelPresentationsTable,
  PanelReportsTable,
  RankingExclusionsTable,
} from '../modules/assessment/tables.ts';
import type { CertificateIssuesTable, CertificateSigningKeysTable } from '../modules/certificates/tables.ts';
import type {
  ApplicationAttachmentsTable,
  ApplicationSnapshotsTable,
  ApplicationsTable,
  DraftStashesTable,
  FormalChecksTable,
  ProgrammesTable,
  RoundsTable,
} from '../modules/competition/tables.ts';
import type { PagesTable } from '../modules/content/tables.ts';
import type { FreshnessRemindersTable } from '../modules/registry/freshness/tables.ts';
import type { MemberChangesTable, MemberImportsTable } from '../modules/registry/members/tables.ts';
import type {
  ClusterChangesTable,
  ClusterLogosTable,
  ClusterRegistrationsTable,
  EntryCriteriaTable,
  RegistrationAnswersTable,
  RegistrationDecisionsTable,
} from '../modules/registry/registration/tables.ts';
import type {
  ClusterEditorsTable,
  ClusterIndustriesTable,
  ClusterKisTable,
  ClusterRegionsTable,
  ClustersTable,
  MembershipsTable,
  OrganisationsTable,
} from '../modules/registry/tables.ts';
import type { TeamInvitationsTable } from '../modules/registry/team/tables.ts';
import type { KkkStatusesTable } from '../modules/statuses/tables.ts';
import type { AuditEventsTable } from '../platform/audit/tables.ts';
import type { JobRunsTable } from '../platform/jobs/tables.ts';
import type { MailOutboxTable } from '../platform/mail/tables.ts';
import type { RateLimitsTable } from '../platform/rateLimit/tables.ts';

/** Every table, as the app sees it (camelCase through Kysely's CamelCasePlugin). */
export interface Database {
  organisations: OrganisationsTable;
  clusters: ClustersTable;
  clusterIndustries: ClusterIndustriesTable;
  clusterKis: ClusterKisTable;
  clusterRegions: ClusterRegionsTable;
  memberships: MembershipsTable;
  clusterEditors: ClusterEditorsTable;
  entryCriteria: EntryCriteriaTable;
  clusterRegistrations: ClusterRegistrationsTable;
  registrationAnswers: RegistrationAnswersTable;
  registrationDecisions: RegistrationDecisionsTable;
  clusterChanges: ClusterChangesTable;
  clusterLogos: ClusterLogosTable;
  teamInvitations: TeamInvitationsTable;
  memberImports: MemberImportsTable;
  memberChanges: MemberChangesTable;
  freshnessReminders: FreshnessRemindersTable;
  kkkStatuses: KkkStatusesTable;
  certificateSigningKeys: CertificateSigningKeysTable;
  certificateIssues: CertificateIssuesTable;
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
  jobRuns: JobRunsTable;
  programmes: ProgrammesTable;
  rounds: RoundsTable;
  applications: ApplicationsTable;
  applicationSnapshots: ApplicationSnapshotsTable;
  applicationAttachments: ApplicationAttachmentsTable;
  formalChecks: FormalChecksTable;
  draftStashes: DraftStashesTable;
  expertInterests: ExpertInterestsTable;
  assessmentTasks: AssessmentTasksTable;
  assessmentScores: AssessmentScoresTable;
  assessmentSums: AssessmentSumsTable;
  panelMembers: PanelMembersTable;
  panelPresentations: PanelPresentationsTable;
  panelReports: PanelReportsTable;
  panelConsensusScores: PanelConsensusScoresTable;
  assessmentDecisions: AssessmentDecisionsTable;
  appeals: AppealsTable;
  rankingExclusions: RankingExclusionsTable;
}
