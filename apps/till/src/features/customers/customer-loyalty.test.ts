import type { LoyaltyEntry, LoyaltyProgramme } from '@tillsafe/domain';
import { expect, test } from 'vitest';
import { customerLoyalty, pendingRedemptions } from './customer-loyalty';

const programme: LoyaltyProgramme = {
  earn: { points: 1, perMinorUnits: 100 },
  pointValue: { points: 100, value: 100 },
  tiers: [
    { id: 'silver', name: 'Silver', minLifetimePoints: 0, multiplierBp: 10_000 },
    { id: 'gold', name: 'Gold', minLifetimePoints: 1000, multiplierBp: 15_000 },
  ],
  offlineRedemptionLimit: 500,
};
const jordan = { id: '0190a0e0-0000-7000-8000-00000000c501', name: 'Jordan Avery' };
const entry = (n: number, kind: 'earn' | 'redeem', points: number): LoyaltyEntry => {
  const base = { id: `0190a0e0-0000-7000-8000-${n.toString(16).padStart(12, '0')}`, customerId: jordan.id, at: '2026-11-20T10:00:00.000Z', points };
  return kind === 'earn' ? { ...base, kind } : { ...base, kind };
};

const sale = (customerId: string | null, payments: unknown[]) => ({ name: 'sale.complete', args: { v: 2, customerId, payments } });

test('only points payments of unsynced sales to the same customer count as pending redemptions', () => {
  const outbox = [
    sale(jordan.id, [{ kind: 'loyalty', points: 200, value: 200 }, { kind: 'cash', amount: 500 }]),
    sale('0190a0e0-0000-7000-8000-00000000c502', [{ kind: 'loyalty', points: 900, value: 900 }]),
    sale(null, [{ kind: 'cash', amount: 100 }]),
    { name: 'tab.open', args: { customerId: jordan.id } },
    sale(jordan.id, [{ kind: 'loyalty', points: 50, value: 50 }]),
  ];
  expect(pendingRedemptions(outbox, jordan.id)).toEqual([200, 50]);
});

test('the balance shown is the synced ledger less this till’s unsynced redemptions; the tier comes from lifetime earnings', () => {
  const entries = [entry(1, 'earn', 1200), entry(2, 'redeem', -300)];
  const loyalty = customerLoyalty(jordan, entries, [sale(jordan.id, [{ kind: 'loyalty', points: 200, value: 200 }])], programme);
  expect(loyalty).toMatchObject({ syncedBalance: 900, pendingRedeemed: 200, balance: 700 });
  expect(loyalty?.tier?.name).toBe('Gold');
  // The offline limit (500) is shared by this till's unsynced redemptions: 300 are left.
  expect(loyalty?.offer).toEqual({ customerName: 'Jordan Avery', spendablePoints: 300, pointValue: programme.pointValue });
});

test('without a loyalty programme a customer has no points to show or spend', () => {
  expect(customerLoyalty(jordan, [entry(1, 'earn', 50)], [], null)).toBeNull();
});
