/**
 * Redeeming points while the till is offline. The till only knows the balance it last synced,
 * and other tills may be redeeming from the same customer at the same time, so an offline
 * redemption is capped twice: by the cached balance less what this till has already redeemed
 * for the customer since (its unsynced redemptions), and by the programme's offline limit on
 * those unsynced redemptions together. What still goes wrong — two tills spending the same
 * points — is caught on sync (reconcile-redemption.ts), never lost.
 */
export type OfflineRedemptionCheck =
  | { ok: true; available: number }
  | { ok: false; error: { code: 'INVALID_POINTS' | 'INSUFFICIENT_POINTS' | 'OFFLINE_LIMIT_EXCEEDED'; message: string; available: number } };

/**
 * @param cachedBalance the balance the till last synced
 * @param pendingRedemptions points (positive) of this till's unsynced redemptions for the customer
 * @param request points the customer asks to redeem now
 * @param offlineLimit the programme's `offlineRedemptionLimit`
 * @returns `available`: what could still be redeemed offline after this one (or now, when refused)
 */
export function canRedeemOffline(cachedBalance: number, pendingRedemptions: readonly number[], request: number, offlineLimit: number): OfflineRedemptionCheck {
  const pending = pendingRedemptions.reduce((sum, p) => sum + Math.abs(p), 0);
  const byBalance = Math.max(0, cachedBalance - pending);
  const byLimit = Math.max(0, offlineLimit - pending);
  const available = Math.min(byBalance, byLimit);
  if (!Number.isSafeInteger(request) || request < 1) {
    return { ok: false, error: { code: 'INVALID_POINTS', message: `A redemption is a whole number of points, at least 1, not ${request}.`, available } };
  }
  if (request > byBalance) {
    return { ok: false, error: { code: 'INSUFFICIENT_POINTS', message: `Only ${byBalance} points are left to redeem (as last synced).`, available } };
  }
  if (request > byLimit) {
    return { ok: false, error: { code: 'OFFLINE_LIMIT_EXCEEDED', message: `Offline, at most ${offlineLimit} points may be redeemed until the till syncs; ${byLimit} are left.`, available } };
  }
  return { ok: true, available: available - request };
}
