export * from './money';
export * from './ean13';
export * from './catalog';
export * from './sale-pricing';
export * from './tender';
export * from './staff';
export * from './permissions';
export * from './pricing';
