import { fileURLToPath } from 'node:url';
import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import { createSqlNotifier, type SqlNotifier } from '../sync/sql-notifier';
import { pgliteListen } from './pglite-listen';
import { postgresListen } from './postgres-listen';
import * as identitySchema from './identity-schema';
import * as onboardingSchema from './onboarding-schema';
import * as syncSchema from './schema';
import * as sellingSchema from './selling-schema';

const schema = { ...syncSchema, ...identitySchema, ...onboardingSchema, ...sellingSchema };

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type DbKind = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  kind: DbKind;
  /** Realtime pokes across replicas through LISTEN/NOTIFY on this database (sync/change-notifier.ts). */
  notifier: SqlNotifier;
  /** Applies the committed drizzle migrations (idempotent). */
  migrate(): Promise<void>;
  close(): Promise<void>;
}

const migrationsFolder = fileURLToPath(new URL('../../drizzle', import.meta.url));

/**
 * Opens the database: PostgreSQL through the `postgres` driver when a URL is given, otherwise
 * PGlite (PostgreSQL in WASM) with its data in `dataDir`, or in memory when `dataDir` is omitted.
 */
export async function openDatabase(options: {
  url?: string | undefined;
  dataDir?: string | undefined;
  /** Where failures that no request waits for are reported (a lost LISTEN connection, a failed NOTIFY). */
  logError?: ((error: unknown) => void) | undefined;
}): Promise<Database> {
  const { logError } = options;
  if (options.url) {
    const client = postgres(options.url, { max: 10, onnotice: () => undefined });
    const db = drizzlePostgres(client, { schema });
    const listen = postgresListen(options.url, { notify: (channel, payload) => client.notify(channel, payload), logError });
    const notifier = createSqlNotifier(db, listen, { logError });
    return {
      db,
      kind: 'postgres',
      notifier,
      migrate: () => migratePostgres(db, { migrationsFolder }),
      close: async () => {
        await notifier.close();
        await client.end({ timeout: 5 });
      },
    };
  }
  if (options.dataDir) await mkdir(options.dataDir, { recursive: true });
  const client = options.dataDir ? new PGlite(options.dataDir) : new PGlite();
  const db = drizzlePglite(client, { schema });
  const notifier = createSqlNotifier(db, pgliteListen(client), { logError });
  return {
    db,
    kind: 'pglite',
    notifier,
    migrate: () => migratePglite(db, { migrationsFolder }),
    close: async () => {
      await notifier.close();
      await client.close();
    },
  };
}
