export { answers, createTestDatabase, startTestPostgres, type TestPostgres } from './postgres-harness';
