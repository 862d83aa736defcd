import type { AuditEventRow } from '../../platform/audit/tables.ts';
import type { MessageKey, Translate } from '../../ui/i18n/messages.ts';
import { roleLabel } from '../accounts/roles.ts';
import { AUDIT_LABELS } from '../index.ts';

export { roleLabel };

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
export function actionLabel(
  action: string,
  t: Translate,
  labels: Readonly<Record<string, MessageKey>> = AUDIT_LABELS,
): string {
  return Object.hasOwn(labels, action) ? t(labels[action] as MessageKey) : action;
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
  labels: Readonly<Record<string, MessageKey>> = AUDIT_LABELS,
): AuditEventView {
  return {
    id: row.id,
    occurredAt: row.occurredAt,
    actor: actorText(row.actorId, emails, t),
    action: actionLabel(row.action, t, labels),
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
