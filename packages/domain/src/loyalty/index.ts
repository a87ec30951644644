// Loyalty: points earned into an immutable ledger, redeemed as a tender, tiers, offline redemption.
export * from './loyalty-ledger';
export * from './loyalty-programme';
export * from './loyalty-tier';
export * from './offline-redemption';
export * from './point-value';
export * from './points-earned';
export * from './reconcile-redemption';
