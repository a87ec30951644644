import type { LoyaltyEntry, LoyaltyRedeemEntry } from './loyalty-ledger';
import type { LoyaltyProgramme } from './loyalty-programme';

/** A valid, readable UUID for tests: uuid(0xa1) → 00000000-0000-4000-8000-0000000000a1. */
export const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
export const customer = uuid(0xc1);
export const at = '2026-11-21T18:00:00+01:00';

/** A point per 1.00 spent, a cent a point; Silver earns 1.25×, Gold 1.5×; 500 points offline. */
export const programme: LoyaltyProgramme = {
  earn: { points: 1, perMinorUnits: 100 },
  pointValue: { points: 1, value: 1 },
  tiers: [
    { id: 'silver', name: 'Silver', minLifetimePoints: 1000, multiplierBp: 12_500 },
    { id: 'gold', name: 'Gold', minLifetimePoints: 5000, multiplierBp: 15_000 },
  ],
  offlineRedemptionLimit: 500,
};

let next = 0x1000;
export function earn(points: number): LoyaltyEntry {
  return { id: uuid(++next), customerId: customer, saleId: uuid(0x5a1e), at, kind: 'earn', points };
}
export function redeem(points: number): LoyaltyRedeemEntry {
  return { id: uuid(++next), customerId: customer, saleId: uuid(0x5a1f), at, kind: 'redeem', points: -points };
}
