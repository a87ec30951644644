import type { TestProject } from 'vitest/node';
import { startTestPostgres } from './postgres-harness';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}

/** Vitest global setup: one PostgreSQL for the whole run; each test file makes its own database. */
export default async function setup(project: TestProject) {
  const pg = await startTestPostgres((line) => process.stderr.write(`${line}\n`));
  project.provide('pgAdminUrl', pg.adminUrl);
  return () => pg.stop();
}
