export { answers, createTestDatabase, startTestPostgres, type TestPostgres } from './postgres-harness';
/** For tools that seed large data sets (the bench): record their rows in the pull change log. */
export { recordChanges } from '../sync/change-log';
