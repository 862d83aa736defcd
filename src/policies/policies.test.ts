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

/** Who may do what, without a particular record (the route-level question). */
const MATRIX: Record<Action, Record<Role | 'anonymous', boolean>> = {
  'account.manage': {
    anonymous: false,
    user: true,
    coordinator: true,
    expert: true,
    operator: true,
    moderator: true,
    admin: true,
  },
  'users.manage': {
    anonymous: false,
    user: false,
    coordinator: false,
    expert: false,
    operator: false,
    moderator: false,
    admin: true,
  },
  'audit.read': {
    anonymous: false,
    user: false,
    coordinator: false,
    expert: false,
    operator: true,
    moderator: false,
    admin: true,
  },
  'cluster.register': {
    anonymous: false,
    user: true,
    coordinator: true,
    expert: true,
    operator: true,
    moderator: true,
    admin: true,
  },
  'cluster.edit': {
    anonymous: false,
    user: true,
    coordinator: true,
    expert: true,
    operator: true,
    moderator: true,
    admin: true,
  },
  'cluster.manageTeam': {
    anonymous: false,
    user: true,
    coordinator: true,
    expert: true,
    operator: true,
    moderator: true,
    admin: true,
  },
  'cluster.review': {
    anonymous: false,
    user: false,
    coordinator: false,
    expert: false,
    operator: true,
    moderator: false,
    admin: true,
  },
  'registry.criteria.edit': {
    anonymous: false,
    user: false,
    coordinator: false,
    expert: false,
    operator: true,
    moderator: false,
    admin: true,
  },
};

describe('policies', () => {
  it('cover every action in the matrix', () => {
    assert.deepEqual(Object.keys(MATRIX).sort(), [...ACTIONS].sort());
  });

  for (const action of ACTIONS) {
    it(`decide "${action}" for every role as the matrix says`, () => {
      assert.equal(can(null, action), MATRIX[action].anonymous, 'anonymous');
      for (const role of ROLES) assert.equal(can(actorWith(role), action), MATRIX[action][role], role);
    });
  }

  it('withhold operator, expert and admin abilities until the second factor', () => {
    assert.equal(can(actorWith('operator', false), 'audit.read'), false);
    assert.equal(can(actorWith('admin', false), 'users.manage'), false);
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

  it('let people manage only their own account, sessions and tokens', () => {
    const actor = actorWith('admin');
    assert.equal(can(actor, 'account.manage', { userId: 7 }), true);
    assert.equal(
      can(actor, 'account.manage', { userId: 8 }),
      false,
      'not even an admin manages another person’s sessions',
    );
  });
});
