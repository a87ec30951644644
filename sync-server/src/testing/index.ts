export { answers, createTestDatabase, startTestPostgres, type TestPostgres } from './postgres-harness';
/** For tools that seed large data sets (the bench): record their rows in the pull change log. */
export { recordChanges } from '../sync/change-log';
/** For browser tests and tools that set up pricing rules and selling settings the way the back office does. */
export { saveSellingRules, type SellingRulesWrite } from '../sync/selling-rules';
