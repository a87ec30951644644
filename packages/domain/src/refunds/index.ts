// Refunds: what is left to refund of a sale, and a refund's lines, amounts and tenders.
export * from './plan-refund';
export * from './refund-record';
export * from './refund-tenders';
export * from './refundable';
