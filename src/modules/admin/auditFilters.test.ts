import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { filterQuery, readAuditFilters } from './auditFilters.ts';

const query = (fields: Record<string, string>) => ({ strona: 1, ...fields });

describe('the audit filter form', () => {
  it('reads dates as whole Warsaw days, both ends included, in winter and in summer', () => {
    const winter = readAuditFilters(query({ od: '2026-11-27', do: '2026-11-27' }));
    assert.deepEqual(winter.errors, {});
    assert.equal(winter.filters.from?.toISOString(), '2026-11-26T23:00:00.000Z');
    assert.equal(winter.filters.until?.toISOString(), '2026-11-27T23:00:00.000Z');
    const summer = readAuditFilters(query({ od: '2026-07-01' }));
    assert.equal(summer.filters.from?.toISOString(), '2026-06-30T22:00:00.000Z');
    // The day the clocks go back has 25 hours.
    const autumn = readAuditFilters(query({ do: '2026-10-25' }));
    assert.equal(autumn.filters.until?.toISOString(), '2026-10-25T23:00:00.000Z');
  });

  it('names the field it cannot use and why', () => {
    assert.deepEqual(readAuditFilters(query({ od: '2026-02-30', do: 'wczoraj' })).errors, {
      od: 'admin.audit.invalidDate',
      do: 'admin.audit.invalidDate',
    });
    const reversed = readAuditFilters(query({ od: '2026-11-27', do: '2026-11-26' }));
    assert.deepEqual(reversed.errors, { do: 'admin.audit.rangeReversed' });
    assert.equal(reversed.filters.until, undefined);
  });

  it('keeps the other filters and the actor’s address in lower case', () => {
    const form = readAuditFilters(query({ akcja: ' user.created ', typ: 'user', aktor: 'Ala@Example.PL' }));
    assert.deepEqual(form.filters, { action: 'user.created', entityType: 'user' });
    assert.equal(form.actorEmail, 'ala@example.pl');
  });

  it('builds page links that keep only the filters in use', () => {
    assert.equal(filterQuery({ akcja: 'user.created', typ: '' }, 2), '?akcja=user.created&strona=2');
    assert.equal(filterQuery({ akcja: '' }, 1), '');
  });
});
