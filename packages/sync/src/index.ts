export * from './protocol';
export * from './ids';
export * from './hlc';
export * from './wire';
export * from './records';
export * from './mutator';
export * from './sale-complete';
export * from './mutators';
