import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Actor, effectiveRoles } from '../modules/accounts/actor.ts';
import { ROLES, type Role } from '../modules/accounts/roles.ts';
import { ACTIONS, type Action, can } from './index.ts';

function actorWith(role: Role, twoFactor = true): Actor {
  return {
    userId: 7,
    email: 'a@b.pl',
    name: 'A',
    via: 'session',
    ...effectiveRoles(['user', role], twoFactor),
  };
}

const COLUMNS = ['anonymous', ...ROLES] as const;

/**
 * Who may do what, without a particular record (the route-level question): one row per action, one
 * column per kind of person, in the order of COLUMNS.
 */
//                                  anon   user  coord  expert  oper  moder  admin
// biome-ignore format: a table reads best aligned
const MATRIX: Record<Action, string> = {
  'account.manage':              '   -     yes    yes    yes    yes    yes    yes',
  'users.manage':                '   -      -      -      -      -      -     yes',
  'audit.read':                  '   -      -      -      -     yes     -     yes',
  'cluster.register':            '   -     yes    yes    yes    yes    yes    yes',
  'cluster.edit':                '   -     yes    yes    yes    yes    yes    yes',
  'cluster.manageTeam':          '   -     yes    yes    yes    yes    yes    yes',
  'cluster.review':              '   -      -      -      -     yes     -     yes',
  'registry.criteria.edit':      '   -      -      -      -     yes     -     yes',
  'rounds.manage':               '   -      -      -      -     yes     -     yes',
  'applications.apply':          '   -     yes    yes    yes    yes    yes    yes',
  'applications.read':           '   -     yes    yes    yes    yes    yes    yes',
  'applications.readAttachment': '   -     yes    yes    yes    yes    yes    yes',
  'applications.formalCheck':    '   -      -      -      -     yes     -     yes',
  'rounds.listApplications':     '   -      -      -      -     yes     -     yes',
  'kkk.status.revoke':           '   -      -      -      -     yes     -     yes',
  'assessment.manage':           '   -      -      -      -     yes     -     yes',
  'assessment.listExperts':      '   -      -      -      -     yes     -     yes',
  'assessment.removeAssignment': '   -      -      -      -     yes     -     yes',
  'assessment.listAppeals':      '   -      -      -      -     yes     -     yes',
  'assessment.interests':        '   -      -      -     yes     -      -      -',
  'assessment.declare':          '   -      -      -     yes     -      -      -',
  'assessment.viewApplication':  '   -      -      -     yes     -      -      -',
  'assessment.score':            '   -      -      -     yes     -      -      -',
  'assessment.viewScores':       '   -      -      -     yes    yes     -     yes',
  'panel.declare':               '   -      -      -     yes     -      -      -',
  'assessment.results':          '   -     yes    yes    yes    yes    yes    yes',
  'assessment.appeal':           '   -     yes    yes    yes    yes    yes    yes',
  'calendar.event.propose':      '   -     yes    yes    yes    yes    yes    yes',
  'calendar.event.moderate':     '   -      -      -      -      -     yes    yes',
  'calendar.event.publishDirectly': '-      -      -      -      -     yes    yes',
  'calendar.event.edit':         '   -     yes    yes    yes    yes    yes    yes',
  'calendar.event.cancel':       '   -     yes    yes    yes    yes    yes    yes',
  'calendar.event.view':         ' yes     yes    yes    yes    yes    yes    yes',
  'calendar.trust.manage':       '   -      -      -      -     yes     -     yes',
};

function allowed(action: Action, who: (typeof COLUMNS)[number]): boolean {
  return MATRIX[action].trim().split(/\s+/)[COLUMNS.indexOf(who)] === 'yes';
}

describe('policies', () => {
  it('cover every action in the matrix', () => {
    assert.deepEqual(Object.keys(MATRIX).sort(), [...ACTIONS].sort());
  });

  for (const action of ACTIONS) {
    it(`decide "${action}" for every role as the matrix says`, () => {
      assert.equal(can(null, action), allowed(action, 'anonymous'), 'anonymous');
      for (const role of ROLES) assert.equal(can(actorWith(role), action), allowed(action, role), role);
    });
  }

  it('withhold operator, expert and admin abilities until the second factor', () => {
    assert.equal(can(actorWith('operator', false), 'audit.read'), false);
    assert.equal(can(actorWith('admin', false), 'users.manage'), false);
    for (const action of [
      'rounds.listApplications',
      'assessment.listExperts',
      'assessment.removeAssignment',
      'assessment.listAppeals',
    ] as const) {
      assert.equal(can(actorWith('operator', false), action), false, action);
    }
    assert.deepEqual(actorWith('expert', false).rolesAwaitingTwoFactor, ['expert']);
    assert.equal(
      can(actorWith('coordinator', false), 'account.manage'),
      true,
      'coordinator needs no second factor',
    );
  });

  it("let a cluster's team edit only that cluster, and only its owner manage the team", () => {
    const coordinator = actorWith('coordinator');
    assert.equal(can(coordinator, 'cluster.edit', { teamRole: 'editor' }), true);
    assert.equal(can(coordinator, 'cluster.edit', { teamRole: null }), false, 'an editor of another cluster');
    assert.equal(can(coordinator, 'cluster.manageTeam', { teamRole: 'owner' }), true);
    assert.equal(can(coordinator, 'cluster.manageTeam', { teamRole: 'editor' }), false);
    assert.equal(can(actorWith('operator'), 'cluster.edit', { teamRole: null }), false);
    assert.equal(can(null, 'cluster.edit', { teamRole: 'owner' }), false);
  });

  it("keep an application to its cluster's team, the operators and the experts assigned to it", () => {
    const coordinator = actorWith('coordinator');
    const operator = actorWith('operator');
    const expert = actorWith('expert');
    assert.equal(can(coordinator, 'applications.apply', { teamRole: 'editor' }), true);
    assert.equal(can(coordinator, 'applications.apply', { teamRole: null }), false, 'another cluster');
    assert.equal(can(operator, 'applications.apply', { teamRole: null }), false, 'operators do not apply');
    assert.equal(can(coordinator, 'applications.read', { teamRole: null }), false);
    assert.equal(can(operator, 'applications.read', { teamRole: null }), true);
    assert.equal(can(coordinator, 'applications.readAttachment', { teamRole: null }), false);
    assert.equal(can(coordinator, 'applications.readAttachment', { teamRole: 'owner' }), true);
    assert.equal(can(expert, 'applications.readAttachment', { teamRole: null, assignedExpert: true }), true);
    assert.equal(
      can(expert, 'applications.readAttachment', { teamRole: null, assignedExpert: false }),
      false,
    );
    assert.equal(
      can(actorWith('expert', false), 'applications.readAttachment', {
        teamRole: null,
        assignedExpert: true,
      }),
      false,
      'an expert without the second factor',
    );
    assert.equal(can(operator, 'applications.readAttachment', { teamRole: null }), true);
    assert.equal(can(actorWith('operator', false), 'applications.formalCheck'), false);
  });

  it('let people manage only their own account, sessions and tokens', () => {
    const actor = actorWith('admin');
    assert.equal(can(actor, 'account.manage', { userId: 7 }), true);
    assert.equal(
      can(actor, 'account.manage', { userId: 8 }),
      false,
      'not even an admin manages another person’s sessions',
    );
  });
  it('keep an application from an expert until they declare no conflict, and others’ scores until they submit', () => {
    const expert = actorWith('expert');
    const assigned = { own: true, declared: false, submitted: false };
    assert.equal(can(expert, 'assessment.declare', assigned), true);
    assert.equal(
      can(expert, 'assessment.viewApplication', assigned),
      false,
      'nothing before the declaration',
    );
    assert.equal(can(expert, 'assessment.score', assigned), false);
    const declared = { own: true, declared: true, submitted: false };
    assert.equal(can(expert, 'assessment.viewApplication', declared), true);
    assert.equal(can(expert, 'assessment.score', declared), true);
    assert.equal(
      can(expert, 'assessment.score', { ...declared, submitted: true }),
      false,
      'a submitted sheet is locked',
    );
    assert.equal(can(expert, 'assessment.declare', declared), false, 'declared once');
    const someoneElses = { own: false, declared: true, submitted: false };
    assert.equal(can(expert, 'assessment.viewApplication', someoneElses), false, 'not assigned');
    assert.equal(can(expert, 'assessment.viewScores', { ownSubmitted: false }), false);
    assert.equal(can(expert, 'assessment.viewScores', { ownSubmitted: true }), true);
    assert.equal(can(actorWith('operator'), 'assessment.viewScores', { ownSubmitted: false }), true);
    assert.equal(
      can(actorWith('operator'), 'assessment.viewApplication', declared),
      false,
      'operators read it elsewhere',
    );
  });

  it('show results and take appeals only from the applicant’s team', () => {
    const coordinator = actorWith('coordinator');
    assert.equal(can(coordinator, 'assessment.results', { teamRole: 'owner' }), true);
    assert.equal(
      can(coordinator, 'assessment.results', { teamRole: null }),
      false,
      'another cluster’s coordinator',
    );
    assert.equal(can(coordinator, 'assessment.appeal', { teamRole: 'editor' }), true);
    assert.equal(can(coordinator, 'assessment.appeal', { teamRole: null }), false);
    assert.equal(can(actorWith('operator'), 'assessment.results', { teamRole: null }), true);
    assert.equal(can(actorWith('operator'), 'assessment.appeal', { teamRole: null }), false);
    assert.equal(
      can(actorWith('expert'), 'panel.declare', { member: false }),
      false,
      'not on the round’s panel',
    );
  });
});
