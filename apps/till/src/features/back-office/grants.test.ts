import { describe, expect, test } from 'vitest';
import { allows, channelsAllowing, grantableRoles, grantableScopes, mayGrant } from './grants';
import type { Channel, Membership } from './office-schemas';

const store: Channel = { id: 'store', name: 'Corner Cellar', kind: 'store', currency: 'USD', warehouses: [] };
const bar: Channel = { id: 'bar', name: 'Harbour Bar', kind: 'bar', currency: 'USD', warehouses: [] };
const role = (r: Membership['role'], channelId: string | null): Membership => ({ organisationId: 'o', organisationName: 'Org', approval: 'approved', channelId, role: r });

describe('what a back-office user is offered', () => {
  test('an owner everywhere manages tills in every channel and grants any role in any scope', () => {
    const owner = [role('owner', null)];
    expect(channelsAllowing(owner, 'device.manage', [store, bar])).toEqual([store, bar]);
    expect(grantableRoles(owner, null)).toEqual(['owner', 'manager', 'cashier', 'bartender', 'driver']);
    expect(grantableScopes(owner, [store, bar])).toEqual([null, 'store', 'bar']);
  });

  test('a store manager manages the store’s tills only and grants the roles below theirs, there only', () => {
    const manager = [role('manager', 'store')];
    expect(channelsAllowing(manager, 'device.manage', [store, bar])).toEqual([store]);
    expect(grantableRoles(manager, 'store')).toEqual(['cashier', 'bartender', 'driver']);
    expect(grantableRoles(manager, 'bar')).toEqual([]);
    expect(grantableRoles(manager, null)).toEqual([]);
    expect(grantableScopes(manager, [store, bar])).toEqual(['store']);
    expect(mayGrant(manager, 'owner', 'store')).toBe(false);
  });

  test('a cashier is offered nothing to manage', () => {
    const cashier = [role('cashier', 'store')];
    expect(allows(cashier, 'device.manage', 'store')).toBe(false);
    expect(grantableScopes(cashier, [store, bar])).toEqual([]);
  });
});
