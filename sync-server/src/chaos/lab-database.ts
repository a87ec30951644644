import postgres from 'postgres';
import { openDatabase } from '../db/database';
import { ensureDemoPairingCodes, seedDemoIfEmpty } from '../seed/seed-demo';
import { createTestDatabase } from '../testing/postgres-harness';

export interface LabDatabase {
  url: string;
  /** A plain connection for the tests' own checks, outside any server. */
  sql: postgres.Sql;
  drop(): Promise<void>;
}

/**
 * A fresh PostgreSQL database, migrated and seeded with the demo organisation before any server
 * process starts, so several processes can start on it at once without racing the seed.
 */
export async function prepareLabDatabase(adminUrl: string, pairingCode: string): Promise<LabDatabase> {
  const created = await createTestDatabase(adminUrl, 'tillsafe_chaos');
  const database = await openDatabase({ url: created.url });
  try {
    await database.migrate();
    await seedDemoIfEmpty(database.db);
    await ensureDemoPairingCodes(database.db, pairingCode);
  } finally {
    await database.close();
  }
  const sql = postgres(created.url, { max: 2, onnotice: () => undefined });
  return {
    url: created.url,
    sql,
    drop: async () => {
      await sql.end({ timeout: 5 });
      await created.drop();
    },
  };
}
