import { DateTime } from 'luxon';
import type { AuditFilters } from '../../platform/audit/queries.ts';
import { warsawToInstant } from '../../platform/time.ts';
import type { MessageKey } from '../../ui/i18n/messages.ts';
import type { AuditQuery } from './schemas.ts';

export interface AuditFilterForm {
  /** What the visitor typed, to show again in the form. */
  values: { akcja: string; typ: string; aktor: string; od: string; do: string };
  /** Field name → message key for what could not be used. */
  errors: Record<string, MessageKey>;
  filters: AuditFilters;
  /** An e-mail address to narrow by; the caller resolves it to an account. */
  actorEmail?: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads the filter form; dates are Warsaw calendar days, both ends included. */
export function readAuditFilters(query: AuditQuery): AuditFilterForm {
  const values = {
    akcja: query.akcja?.trim() ?? '',
    typ: query.typ?.trim() ?? '',
    aktor: query.aktor?.trim() ?? '',
    od: query.od?.trim() ?? '',
    do: query.do?.trim() ?? '',
  };
  const errors: Record<string, MessageKey> = {};
  const filters: AuditFilters = {};
  if (values.akcja) filters.action = values.akcja;
  if (values.typ) filters.entityType = values.typ;
  const from = values.od ? startOfWarsawDay(values.od) : undefined;
  const until = values.do ? startOfWarsawDay(values.do, 1) : undefined;
  if (from === null) errors.od = 'admin.audit.invalidDate';
  else if (from) filters.from = from;
  if (until === null) errors.do = 'admin.audit.invalidDate';
  else if (until && filters.from && until <= filters.from) errors.do = 'admin.audit.rangeReversed';
  else if (until) filters.until = until;
  return { values, errors, filters, ...(values.aktor ? { actorEmail: values.aktor.toLowerCase() } : {}) };
}

/** The instant a Warsaw calendar day (plus some days) begins, or null when the text is not a date. */
function startOfWarsawDay(text: string, plusDays = 0): Date | null {
  if (!ISO_DATE.test(text)) return null;
  const day = DateTime.fromISO(text, { zone: 'UTC' });
  if (!day.isValid) return null;
  return warsawToInstant(`${day.plus({ days: plusDays }).toISODate()}T00:00`);
}

/** The query string of the current filters, for pagination links. */
export function filterQuery(values: Record<string, string>, page: number): string {
  const params = new URLSearchParams(Object.entries(values).filter(([, value]) => value !== ''));
  if (page > 1) params.set('strona', String(page));
  const query = params.toString();
  return query ? `?${query}` : '';
}
