import { DateTime } from 'luxon';
import type { Validity } from '../competition/rules.ts';

/**
 * The last day a granted status is valid (YYYY-MM-DD). "N years from the document's date" counts the
 * document's day as the first, so the last is the day before the N-th anniversary (2015-09-30 for 3
 * years → 2018-09-29, as the status registry does). A 29 February document's anniversary in a common
 * year is 1 March, so its status ends on 28 February. A round's fixed end date is used as it is.
 */
export function statusValidUntil(validity: Validity, documentDate: string): string {
  if (validity.kind === 'until') return validity.date;
  const start = DateTime.fromISO(documentDate, { zone: 'UTC' });
  if (!start.isValid || !/^\d{4}-\d{2}-\d{2}$/.test(documentDate)) {
    throw new RangeError(`Not a calendar date: ${documentDate}`);
  }
  let anniversary = start.plus({ years: validity.years });
  if (start.month === 2 && start.day === 29 && anniversary.day === 28)
    anniversary = anniversary.plus({ days: 1 });
  return anniversary.minus({ days: 1 }).toISODate() ?? documentDate;
}
