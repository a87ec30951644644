import { describe, expect, test } from 'vitest';
import { settle } from '../tenders/settle';
import { balanceOf, lifetimePointsOf, loyaltyEntrySchema, type LoyaltyEntry } from './loyalty-ledger';
import { loyaltyProgrammeSchema } from './loyalty-programme';
import { tierOf } from './loyalty-tier';
import { canRedeemOffline } from './offline-redemption';
import { checkLoyaltyPayment, loyaltyPaymentFor, pointsForValue, valueOfPoints } from './point-value';
import { earnableAmount, pointsEarned } from './points-earned';
import { reconcileRedemption } from './reconcile-redemption';
import { at, customer, earn, programme, redeem, uuid } from './loyalty-test-fixtures';

describe('earning points', () => {
  test('a sale earns on what was paid for goods: not deposits, not the part paid with points', () => {
    expect(earnableAmount({ total: 5250, depositTotal: 600, loyaltyPaid: 1000 })).toBe(3650);
    expect(pointsEarned(3650, programme, null)).toBe(36);
  });

  test('a higher tier earns faster, always in whole points rounded down', () => {
    expect(pointsEarned(3650, programme, tierOf(1000, programme))).toBe(45); // 36.5 × 1.25 = 45.625
    expect(pointsEarned(3650, programme, tierOf(5000, programme))).toBe(54); // 54.75
    expect(pointsEarned(99, programme, null)).toBe(0);
    expect(pointsEarned(-500, programme, null)).toBe(0);
  });

  test('tiers are reached by lifetime points, which refunds of earnings bring down and redemptions do not', () => {
    const entries: LoyaltyEntry[] = [earn(800), earn(300), redeem(900)];
    expect(lifetimePointsOf(entries)).toBe(1100);
    expect(tierOf(lifetimePointsOf(entries), programme)?.id).toBe('silver');
    const reversal: LoyaltyEntry = { id: uuid(0xe1), customerId: customer, at, kind: 'reverse', points: -300, reversesId: entries[1]!.id, reversedKind: 'earn' };
    expect(tierOf(lifetimePointsOf([...entries, reversal]), programme)).toBeNull();
    expect(tierOf(999_999, programme)?.id).toBe('gold');
  });
});

describe('the ledger', () => {
  test('the balance is what was earned less what was redeemed, adjusted and reversed', () => {
    const entries: LoyaltyEntry[] = [
      earn(500),
      redeem(200),
      { id: uuid(0xad), customerId: customer, at, kind: 'adjust', points: 50, reason: 'goodwill for a broken bottle', actorId: uuid(0x602) },
      { id: uuid(0xe2), customerId: customer, at, kind: 'reverse', points: 200, reversesId: uuid(0x5a1f), reversedKind: 'redeem' },
    ];
    expect(balanceOf(entries)).toBe(550);
    for (const entry of entries) expect(loyaltyEntrySchema.parse(entry)).toEqual(entry);
  });

  test('entries carry their sign: an earning adds, a redemption takes, a reversal goes the other way', () => {
    expect(loyaltyEntrySchema.safeParse({ ...earn(10), points: -10 }).success).toBe(false);
    expect(loyaltyEntrySchema.safeParse({ ...redeem(10), points: 10 }).success).toBe(false);
    expect(loyaltyEntrySchema.safeParse({ id: uuid(0xe3), customerId: customer, at, kind: 'reverse', points: 10, reversesId: uuid(1), reversedKind: 'earn' }).success).toBe(false);
    expect(loyaltyEntrySchema.safeParse({ id: uuid(0xad), customerId: customer, at, kind: 'adjust', points: 0, reason: 'none', actorId: uuid(0x602) }).success).toBe(false);
  });
});

describe('points as a tender', () => {
  test('paying part of a bill with points costs the points it is worth, and settles like any tender', () => {
    const halfCent = { pointValue: { points: 2, value: 1 } };
    expect(pointsForValue(1001, halfCent)).toBe(2002);
    expect(valueOfPoints(2003, halfCent)).toBe(1001);
    const payment = loyaltyPaymentFor(1000, programme);
    expect(payment).toEqual({ kind: 'loyalty', points: 1000, value: 1000 });
    expect(checkLoyaltyPayment(payment, programme)).toEqual({ ok: true });
    expect(settle(2500, [payment, { kind: 'cash', amount: 2000 }])).toMatchObject({ ok: true, value: { nonCash: 1000, change: 500 } });
  });

  test('a loyalty payment that claims more value than its points is refused', () => {
    expect(checkLoyaltyPayment({ kind: 'loyalty', points: 900, value: 1000 }, programme)).toEqual({
      ok: false,
      error: { code: 'POINTS_VALUE_MISMATCH', message: 'Paying 1000 with points takes 1000 points, not 900.', expectedPoints: 1000 },
    });
  });

  test('a programme with two tiers at the same lifetime points is refused', () => {
    expect(loyaltyProgrammeSchema.safeParse(programme).success).toBe(true);
    expect(loyaltyProgrammeSchema.safeParse({ ...programme, tiers: [programme.tiers[0], { ...programme.tiers[1], minLifetimePoints: 1000 }] }).success).toBe(false);
    expect(loyaltyProgrammeSchema.safeParse({ ...programme, earn: { points: 1, perMinorUnits: 0 } }).success).toBe(false);
  });
});

describe('redeeming offline', () => {
  test('capped by the balance last synced less what this till already redeemed offline', () => {
    expect(canRedeemOffline(300, [100], 150, 500)).toEqual({ ok: true, available: 50 });
    expect(canRedeemOffline(300, [100], 250, 500)).toEqual({
      ok: false,
      error: { code: 'INSUFFICIENT_POINTS', message: 'Only 200 points are left to redeem (as last synced).', available: 200 },
    });
  });

  test('capped by the offline limit across this till’s unsynced redemptions', () => {
    expect(canRedeemOffline(5000, [300], 250, 500)).toEqual({
      ok: false,
      error: { code: 'OFFLINE_LIMIT_EXCEEDED', message: 'Offline, at most 500 points may be redeemed until the till syncs; 200 are left.', available: 200 },
    });
    expect(canRedeemOffline(5000, [], 500, 500)).toEqual({ ok: true, available: 0 });
  });

  test('nothing, or a fraction of a point, is not a redemption', () => {
    expect(canRedeemOffline(5000, [], 0, 500)).toMatchObject({ ok: false, error: { code: 'INVALID_POINTS' } });
    expect(canRedeemOffline(5000, [], 1.5, 500)).toMatchObject({ ok: false, error: { code: 'INVALID_POINTS' } });
  });
});

describe('reconciling a redemption on sync', () => {
  test('covered by the balance it applies', () => {
    const redemption = redeem(200);
    expect(reconcileRedemption(500, redemption)).toEqual({ status: 'applied', entry: redemption, balanceAfter: 300 });
  });

  test('two tills spent the same points: the sale stands, the ledger goes negative by the shortfall and the manager is told', () => {
    const redemption = redeem(400);
    expect(reconcileRedemption(150, redemption)).toEqual({
      status: 'over_redeemed',
      entry: redemption,
      balanceAfter: -250,
      shortfall: 250,
      flag: { id: redemption.id, kind: 'over_redemption', customerId: customer, saleId: uuid(0x5a1f), redeemed: 400, balanceBefore: 150, shortfall: 250, at },
    });
  });

  test('on a balance already below zero, the whole redemption is short', () => {
    expect(reconcileRedemption(-50, redeem(100))).toMatchObject({ status: 'over_redeemed', balanceAfter: -150, shortfall: 100 });
  });
});
