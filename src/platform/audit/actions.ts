import type { ModuleAuditAction } from '../../modules/index.ts';

/**
 * Every action the audit log records: each module lists its own with their labels (`auditLabels` in
 * its module.ts) and the module list gathers them (`AUDIT_LABELS` in src/modules/index.ts), so the
 * type stays closed. The strings are stored in the hash-chained log, so an existing one is never
 * renamed: an old event would lose its label.
 */
export type AuditAction = ModuleAuditAction;
