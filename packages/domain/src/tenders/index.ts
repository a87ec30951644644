// Tenders: how a sale is paid and settled. The older cash-only `tender.ts` stays as it is for its callers.
export * from './payment';
export * from './payment-terminal';
export * from './quick-cash';
export * from './settle';
