/**
 * Every action the audit log records. The strings are stored in the hash-chained log, so an existing
 * one is never renamed: an old event would lose its label. A new action is added here, and the type
 * checker then asks for its label in the admin module.
 */
export const AUDIT_ACTIONS = [
  // accounts
  'user.created',
  'user.registered',
  'user.email_verified',
  'user.signed_in',
  'user.role_granted',
  'user.role_revoked',
  'user.email_change_requested',
  'user.email_changed',
  'user.password_reset_requested',
  'user.password_reset',
  'user.deletion_requested',
  'user.two_factor_setup_started',
  'user.two_factor_enabled',
  'user.two_factor_verified',
  'user.recovery_codes_regenerated',
  'user.two_factor_disabled',
  'user.locale_changed',
  'api_token.created',
  // cluster registry: registration, profile, team, members, freshness
  'registration.started',
  'registration.saved',
  'registration.submitted',
  'registration.approved',
  'registration.returned',
  'registration.rejected',
  'registry.criterion_created',
  'registry.criterion_updated',
  'cluster.profile_updated',
  'cluster.change_proposed',
  'cluster.change_approved',
  'cluster.change_rejected',
  'cluster.editor_added',
  'cluster.editor_invited',
  'cluster.editor_joined',
  'cluster.editor_removed',
  'cluster.members_change_requested',
  'cluster.members_changed',
  'cluster.members_change_approved',
  'cluster.members_change_rejected',
  'cluster.data_confirmed',
  // KKK statuses
  'kkk.status.granted',
  'kkk.status.revoked',
  'kkk.status.expiryReminded',
  'kkk.status.expired',
  'kkk.certificate.issued',
  // competition
  'competition.programme.create',
  'competition.round.create',
  'competition.round.update',
  'competition.round.publish',
  'competition.round.deadline_extended',
  'competition.application.start',
  'competition.application.submit',
  'competition.application.resubmit',
  'competition.application.withdraw',
  'competition.attachment.upload',
  'competition.formalCheck.accepted',
  'competition.formalCheck.rejected',
  'competition.formalCheck.corrections',
  'competition.formalCheck.correctionsExpired',
  // assessment
  'assessment.interest.declared',
  'assessment.interest.removed',
  'assessment.task.assigned',
  'assessment.task.removed',
  'assessment.task.no_conflict_declared',
  'assessment.task.conflict_declared',
  'assessment.scores.draft_saved',
  'assessment.scores.submitted',
  'assessment.scores.reopened',
  'assessment.divergence_found',
  'assessment.stage1_decided',
  'assessment.panel.member_added',
  'assessment.panel.no_conflict_declared',
  'assessment.panel.conflict_declared',
  'assessment.panel.presentation_scheduled',
  'assessment.panel.consensus_written',
  'assessment.ranking.confirmed',
  'assessment.ranking.round_confirmed',
  'assessment.ranking.excluded',
  'assessment.decision.recorded',
  'assessment.appeal.filed',
  'assessment.appeal.dismissed',
  'assessment.appeal.reassessment',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

const KNOWN: ReadonlySet<string> = new Set(AUDIT_ACTIONS);

/** A stored action string is one this version knows (old logs may hold others). */
export function isAuditAction(value: string): value is AuditAction {
  return KNOWN.has(value);
}
