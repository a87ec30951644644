import { expect, test } from 'vitest';
import { loyaltyOffer } from './loyalty-offer';

const programme = { pointValue: { points: 100, value: 100 }, offlineRedemptionLimit: 5000 };

test("the points offered are the synced balance less this till's unsynced redemptions, capped by the offline limit", () => {
  expect(loyaltyOffer('Jordan', 2340, [], programme)).toEqual({ customerName: 'Jordan', spendablePoints: 2340, pointValue: { points: 100, value: 100 } });
  expect(loyaltyOffer('Jordan', 2340, [500, -300], programme).spendablePoints).toBe(1540);
  expect(loyaltyOffer('Jordan', 90_000, [], programme).spendablePoints).toBe(5000);
  expect(loyaltyOffer('Jordan', 90_000, [4800], programme).spendablePoints).toBe(200);
  expect(loyaltyOffer('Jordan', 100, [400], programme).spendablePoints).toBe(0);
});
