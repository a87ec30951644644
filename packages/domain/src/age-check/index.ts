// Age verification for restricted items: the rule, the record kept on the sale, and ID scans.
export * from './aamva-date-of-birth';
export * from './age';
export * from './age-check-record';
export * from './age-gate';
export * from './check-age';
export * from './local-date';
export * from './minimum-age';
