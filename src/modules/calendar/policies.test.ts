import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EventAccess } from '../../policies/calendar.ts';
import { type Action, can } from '../../policies/index.ts';
import { type Actor, effectiveRoles } from '../accounts/actor.ts';
import type { Role } from '../accounts/roles.ts';

const actor = (roles: Role[], userId = 7): Actor => ({
  userId,
  email: 'a@b.pl',
  name: 'A',
  via: 'session',
  ...effectiveRoles(['user', ...roles], true),
});
const event = (overrides: Partial<EventAccess>): EventAccess => ({
  state: 'submitted',
  proposerId: 99,
  onOrganiserTeam: false,
  organiserTrusted: false,
  ...overrides,
});

const WHO = {
  anonymous: null,
  stranger: actor([]),
  proposer: actor([], 99),
  trustedTeam: actor([], 50),
  moderator: actor(['moderator']),
  operator: actor(['operator']),
} as const;
type Who = keyof typeof WHO;
const COLUMNS = Object.keys(WHO) as Who[];

/** Each row: the action, the event, then for each column who may (in COLUMNS order). */
//                                                                 anon stranger proposer team  moder oper
// biome-ignore format: a table reads best aligned
const MATRIX: [Action, EventAccess, string][] = [
  ['calendar.event.view',    event({ state: 'submitted' }),          ' -     -        yes      -     yes   - '],
  ['calendar.event.view',    event({ state: 'published' }),          'yes   yes       yes     yes    yes  yes'],
  ['calendar.event.view',    event({ state: 'rejected' }),           ' -     -        yes      -     yes   - '],
  ['calendar.event.edit',    event({ state: 'submitted' }),          ' -     -        yes      -     yes   - '],
  ['calendar.event.edit',    event({ state: 'returned' }),           ' -     -        yes      -     yes   - '],
  ['calendar.event.edit',    event({ state: 'rejected' }),           ' -     -         -       -     yes   - '],
  ['calendar.event.edit',    event({ state: 'published' }),          ' -     -         -      yes    yes   - '],
  ['calendar.event.cancel',  event({ state: 'published' }),          ' -     -         -      yes    yes   - '],
  ['calendar.event.cancel',  event({ state: 'submitted' }),          ' -     -         -       -      -    - '],
  ['calendar.event.publishDirectly', event({ state: 'submitted' }),  ' -     -         -      yes    yes   - '],
];

describe('who may do what with an event', () => {
  for (const [action, resource, row] of MATRIX) {
    it(`${action} on a ${resource.state} event`, () => {
      const cells = row.trim().split(/\s+/);
      for (const [index, who] of COLUMNS.entries()) {
        const person = WHO[who];
        // The team column is on the organiser's team of a trusted cluster.
        const access =
          who === 'trustedTeam' ? { ...resource, onOrganiserTeam: true, organiserTrusted: true } : resource;
        assert.equal(
          can(person, action, access as never),
          cells[index] === 'yes',
          `${who} ${action} ${resource.state}`,
        );
      }
    });
  }

  it('does not let a team publish directly when its cluster is not trusted', () => {
    assert.equal(
      can(WHO.trustedTeam, 'calendar.event.publishDirectly', event({ onOrganiserTeam: true })),
      false,
    );
    assert.equal(can(WHO.operator, 'calendar.trust.manage'), true);
    assert.equal(can(WHO.moderator, 'calendar.trust.manage'), false);
  });
});
