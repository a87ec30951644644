import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';
import { sql, type SQL } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import { uuidv7 } from '@tillsafe/sync';
import { createTestDatabase } from '../testing/postgres-harness';
import { DRIVERS } from '../testing/test-server';
import type { Db } from './database';

const migrations = fileURLToPath(new URL('../../drizzle', import.meta.url));
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** The migrations folder as it was before 0010, so a database can be made as tills in the field have it. */
async function foldersBeforeAndAfter(): Promise<{ before: string; after: string }> {
  const before = await mkdtemp(path.join(os.tmpdir(), 'tillsafe-migrations-'));
  cleanups.push(() => rm(before, { recursive: true, force: true }));
  await cp(migrations, before, { recursive: true });
  const journalPath = path.join(before, 'meta', '_journal.json');
  const journal = JSON.parse(await readFile(journalPath, 'utf8')) as { entries: { tag: string }[] };
  // Everything from 0010 on: the migrator applies only migrations newer than the last one applied.
  journal.entries = journal.entries.slice(0, journal.entries.findIndex((e) => e.tag === '0010_till_numbers'));
  await writeFile(journalPath, JSON.stringify(journal));
  return { before, after: migrations };
}

async function open(kind: (typeof DRIVERS)[number]): Promise<{ db: Db; migrate: (folder: string) => Promise<void> }> {
  if (kind === 'pglite') {
    const client = new PGlite();
    cleanups.push(() => client.close());
    const db = drizzlePglite(client);
    return { db: db as unknown as Db, migrate: (folder) => migratePglite(db, { migrationsFolder: folder }) };
  }
  const created = await createTestDatabase(inject('pgAdminUrl'));
  const client = postgres(created.url, { max: 1, onnotice: () => undefined });
  cleanups.push(async () => {
    await client.end({ timeout: 5 });
    await created.drop();
  });
  const db = drizzlePostgres(client);
  return { db: db as unknown as Db, migrate: (folder) => migratePostgres(db, { migrationsFolder: folder }) };
}

/** A raw query's rows, whichever driver ran it (postgres-js answers an array, PGlite `{ rows }`). */
async function rows<T>(db: Db, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  return (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as T[];
}

describe.each(DRIVERS)('migration 0010 on %s', (kind) => {
  test('existing channels get codes from their names and existing tills numbers in enrolment order, per channel', async () => {
    const { before, after } = await foldersBeforeAndAfter();
    const { db, migrate } = await open(kind);
    await migrate(before);
    const [tenant, other] = [uuidv7(), uuidv7()];
    // Channel ids are UUID v7, in the order the channels were made: the oldest keeps the plain code.
    const [store, store2, bar, elsewhere] = [1, 2, 3, 4].map((i) => uuidv7(Date.now() + i * 1000)) as [string, string, string, string];
    await db.execute(sql`insert into tenants (id, name) values (${tenant}, 'Cellar & Harbour'), (${other}, 'Other')`);
    for (const [id, tenantId, name] of [
      [store, tenant, 'Corner Cellar'],
      [store2, tenant, 'Corner Cellar Annex'],
      [bar, tenant, 'corner cafe'],
      [elsewhere, other, 'Corner Cellar'],
    ] as const) {
      await db.execute(sql`insert into channels (id, tenant_id, name, kind, currency, locale) values (${id}, ${tenantId}, ${name}, 'store', 'USD', 'en-US')`);
      await db.execute(sql`insert into warehouses (id, tenant_id, channel_id, name) values (${id}, ${tenantId}, ${id}, 'Stock')`);
    }
    const till = (channelId: string, tenantId: string, enrolledAt: string) => {
      const id = uuidv7();
      return db
        .execute(
          sql`insert into devices (id, tenant_id, channel_id, warehouse_id, name, token_hash, enrolled_at) values (${id}, ${tenantId}, ${channelId}, ${channelId}, 'Till', ${id}, ${enrolledAt})`,
        )
        .then(() => id);
    };
    const late = await till(store, tenant, '2026-03-01T10:00:00Z');
    const early = await till(store, tenant, '2026-01-01T10:00:00Z');
    const barTill = await till(bar, tenant, '2026-02-01T10:00:00Z');

    await migrate(after);
    const byId = new Map((await rows<{ id: string; code: string }>(db, sql`select id, code from channels`)).map((r) => [r.id, r.code]));
    expect([byId.get(store), byId.get(store2), byId.get(bar), byId.get(elsewhere)]).toEqual(['CC', 'CCA', 'CC2', 'CC']);
    const tillNumbers = new Map((await rows<{ id: string; till_number: number }>(db, sql`select id, till_number from devices`)).map((r) => [r.id, r.till_number]));
    expect([tillNumbers.get(early), tillNumbers.get(late), tillNumbers.get(barTill)]).toEqual([1, 2, 1]);
    // Two full migration runs: PGlite in WASM takes its time on a busy machine.
  }, 180_000);
});
