import { canRedeemOffline, type LoyaltyProgramme } from '@tillsafe/domain';
import type { LoyaltyOffer } from './payment-state';

/**
 * The customer's points as the payment screen offers them: what this till may let them spend
 * now — the balance it last synced less its own unsynced redemptions, capped by the programme's
 * offline limit. The rule is the domain's `canRedeemOffline`; asked about zero points it always
 * refuses, with what is available now.
 */
export function loyaltyOffer(customerName: string, cachedBalance: number, unsyncedRedemptions: readonly number[], programme: Pick<LoyaltyProgramme, 'pointValue' | 'offlineRedemptionLimit'>): LoyaltyOffer {
  const check = canRedeemOffline(cachedBalance, unsyncedRedemptions, 0, programme.offlineRedemptionLimit);
  const spendablePoints = check.ok ? check.available : check.error.available;
  return { customerName, spendablePoints, pointValue: programme.pointValue };
}
