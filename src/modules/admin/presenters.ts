import { type AuditAction, isAuditAction } from '../../platform/audit/actions.ts';
import type { AuditEventRow } from '../../platform/audit/tables.ts';
import type { MessageKey, Translate } from '../../ui/i18n/messages.ts';
import { roleLabel } from '../accounts/roles.ts';

export { roleLabel };

const ACTION_LABELS: Record<AuditAction, MessageKey> = {
  'user.created': 'admin.action.created',
  'user.registered': 'admin.action.registered',
  'user.email_verified': 'admin.action.emailVerified',
  'user.signed_in': 'admin.action.signedIn',
  'user.role_granted': 'admin.action.roleGranted',
  'user.role_revoked': 'admin.action.roleRevoked',
  'user.email_change_requested': 'admin.action.emailChangeRequested',
  'user.email_changed': 'admin.action.emailChanged',
  'user.password_reset_requested': 'admin.action.passwordResetRequested',
  'user.password_reset': 'admin.action.passwordReset',
  'user.deletion_requested': 'admin.action.deletionRequested',
  'user.two_factor_setup_started': 'admin.action.twoFactorSetupStarted',
  'user.two_factor_enabled': 'admin.action.twoFactorEnabled',
  'user.two_factor_verified': 'admin.action.twoFactorVerified',
  'user.recovery_codes_regenerated': 'admin.action.recoveryCodesRegenerated',
  'user.two_factor_disabled': 'admin.action.twoFactorDisabled',
  'user.locale_changed': 'admin.action.localeChanged',
  'api_token.created': 'admin.action.apiTokenCreated',
  'registration.started': 'admin.action.registrationStarted',
  'registration.saved': 'admin.action.registrationSaved',
  'registration.submitted': 'admin.action.registrationSubmitted',
  'registration.approved': 'admin.action.registrationApproved',
  'registration.returned': 'admin.action.registrationReturned',
  'registration.rejected': 'admin.action.registrationRejected',
  'registry.criterion_created': 'admin.action.criterionCreated',
  'registry.criterion_updated': 'admin.action.criterionUpdated',
  'cluster.profile_updated': 'admin.action.profileUpdated',
  'cluster.change_proposed': 'admin.action.changeProposed',
  'cluster.change_approved': 'admin.action.changeApproved',
  'cluster.change_rejected': 'admin.action.changeRejected',
  'cluster.editor_added': 'admin.action.editorAdded',
  'cluster.editor_invited': 'admin.action.editorInvited',
  'cluster.editor_joined': 'admin.action.editorJoined',
  'cluster.editor_removed': 'admin.action.editorRemoved',
  'cluster.members_change_requested': 'admin.action.membersChangeRequested',
  'cluster.members_changed': 'admin.action.membersChanged',
  'cluster.members_change_approved': 'admin.action.membersChangeApproved',
  'cluster.members_change_rejected': 'admin.action.membersChangeRejected',
  'cluster.data_confirmed': 'admin.action.dataConfirmed',
  'kkk.status.granted': 'admin.action.kkkStatusGranted',
  'kkk.status.revoked': 'admin.action.kkkStatusRevoked',
  'kkk.status.expiryReminded': 'admin.action.kkkStatusExpiryReminded',
  'kkk.status.expired': 'admin.action.kkkStatusExpired',
  'kkk.certificate.issued': 'admin.action.kkkCertificateIssued',
  'competition.programme.create': 'admin.action.programmeCreated',
  'competition.round.create': 'admin.action.roundCreated',
  'competition.round.update': 'admin.action.roundUpdated',
  'competition.round.deadline_extended': 'admin.action.roundDeadlineExtended',
  'competition.round.publish': 'admin.action.roundPublished',
  'competition.application.start': 'admin.action.applicationStarted',
  'competition.application.submit': 'admin.action.applicationSubmitted',
  'competition.application.resubmit': 'admin.action.applicationResubmitted',
  'competition.application.withdraw': 'admin.action.applicationWithdrawn',
  'competition.attachment.upload': 'admin.action.attachmentUploaded',
  'competition.formalCheck.accepted': 'admin.action.formalCheckAccepted',
  'competition.formalCheck.rejected': 'admin.action.formalCheckRejected',
  'competition.formalCheck.corrections': 'admin.action.formalCheckCorrections',
  'competition.formalCheck.correctionsExpired': 'admin.action.formalCheckCorrectionsExpired',
  'assessment.interest.declared': 'admin.action.interestDeclared',
  'assessment.interest.removed': 'admin.action.interestRemoved',
  'assessment.task.assigned': 'admin.action.taskAssigned',
  'assessment.task.removed': 'admin.action.taskRemoved',
  'assessment.task.no_conflict_declared': 'admin.action.taskNoConflictDeclared',
  'assessment.task.conflict_declared': 'admin.action.taskConflictDeclared',
  'assessment.scores.draft_saved': 'admin.action.scoresDraftSaved',
  'assessment.scores.submitted': 'admin.action.scoresSubmitted',
  'assessment.scores.reopened': 'admin.action.scoresReopened',
  'assessment.divergence_found': 'admin.action.divergenceFound',
  'assessment.stage1_decided': 'admin.action.stage1Decided',
  'assessment.panel.member_added': 'admin.action.panelMemberAdded',
  'assessment.panel.no_conflict_declared': 'admin.action.panelNoConflictDeclared',
  'assessment.panel.conflict_declared': 'admin.action.panelConflictDeclared',
  'assessment.panel.presentation_scheduled': 'admin.action.presentationScheduled',
  'assessment.panel.consensus_written': 'admin.action.consensusWritten',
  'assessment.ranking.confirmed': 'admin.action.rankingConfirmed',
  'assessment.ranking.round_confirmed': 'admin.action.roundRankingConfirmed',
  'assessment.ranking.excluded': 'admin.action.rankingExcluded',
  'assessment.decision.recorded': 'admin.action.decisionRecorded',
  'assessment.appeal.filed': 'admin.action.appealFiled',
  'assessment.appeal.dismissed': 'admin.action.appealDismissed',
  'assessment.appeal.reassessment': 'admin.action.appealReassessment',
};

const ENTITY_LABELS: Record<string, MessageKey> = {
  user: 'admin.entity.user',
  api_token: 'admin.entity.apiToken',
  cluster: 'admin.entity.cluster',
  application: 'admin.entity.application',
  round: 'admin.entity.round',
  programme: 'admin.entity.programme',
  assessment_task: 'admin.entity.assessmentTask',
  appeal: 'admin.entity.appeal',
  kkk_status: 'admin.entity.kkkStatus',
  entry_criterion: 'admin.entity.entryCriterion',
  expert_interest: 'admin.entity.expertInterest',
};

/** The action in plain words; an action this version does not know shows its code. */
export function actionLabel(action: string, t: Translate): string {
  return isAuditAction(action) ? t(ACTION_LABELS[action]) : action;
}

export interface AuditEventView {
  id: number;
  occurredAt: string;
  actor: string;
  action: string;
  actionCode: string;
  entity: string;
  changes: { label: string; text: string }[];
}

/** One row of the audit table: who, what, on what, and the change in plain words. */
export function presentAuditEvent(
  row: AuditEventRow,
  emails: Map<number, string>,
  t: Translate,
): AuditEventView {
  return {
    id: row.id,
    occurredAt: row.occurredAt,
    actor: actorText(row.actorId, emails, t),
    action: actionLabel(row.action, t),
    actionCode: row.action,
    entity: entityText(row, t),
    changes: changesOf(row.summary, t),
  };
}

function actorText(actorId: number | null, emails: Map<number, string>, t: Translate): string {
  if (actorId === null) return t('admin.audit.system');
  return emails.get(actorId) ?? t('admin.audit.deletedActor', { id: actorId });
}

export function entityTypeLabel(entityType: string, t: Translate): string {
  const key = ENTITY_LABELS[entityType];
  return key ? t(key) : entityType;
}

function entityText(row: AuditEventRow, t: Translate): string {
  const type = entityTypeLabel(row.entityType, t);
  return row.entityId === null ? type : `${type} #${row.entityId}`;
}

function changesOf(summary: string, t: Translate): { label: string; text: string }[] {
  const parsed = parseSummary(summary);
  const changes: { label: string; text: string }[] = [];
  if (parsed.before !== undefined)
    changes.push({ label: t('admin.audit.before'), text: plain(parsed.before) });
  if (parsed.after !== undefined) changes.push({ label: t('admin.audit.after'), text: plain(parsed.after) });
  return changes;
}

function parseSummary(summary: string): { before?: unknown; after?: unknown } {
  try {
    const value = JSON.parse(summary);
    return typeof value === 'object' && value !== null ? value : {};
  } catch {
    return {};
  }
}

/** { roles: ['user', 'admin'], email: 'a@b.pl' } → "roles: user, admin; email: a@b.pl". */
function plain(value: unknown): string {
  if (typeof value !== 'object' || value === null) return String(value);
  return Object.entries(value)
    .map(([key, item]) => `${key}: ${valueText(item)}`)
    .join('; ');
}

function valueText(item: unknown): string {
  if (Array.isArray(item)) return item.length > 0 ? item.join(', ') : '—';
  return typeof item === 'object' && item !== null ? JSON.stringify(item) : String(item);
}
