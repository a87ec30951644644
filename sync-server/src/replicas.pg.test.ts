import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import postgres from 'postgres';
import { PROTOCOL_VERSION, uuidv7, type EnrollResponse } from '@tillsafe/sync';
import { DEMO } from './seed/demo-organisation';
import { decodeCursor } from './sync/change-log';
import { createTestDatabase } from './testing/postgres-harness';
import { sseReader, type SseReader } from './testing/sse-reader';

/**
 * Two real server processes (`tsx src/main.ts`) on one PostgreSQL database, as two replicas
 * behind a load balancer: a till listening on one hears of a change pushed through the other.
 */
const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));
const TSX = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));
const PAIRING_CODE = 'REPLICA-TEST-1';
const CASHIER_ID = DEMO.staff.find((s) => s.role === 'cashier')!.id;
/** Bounded waits for things that should happen at once; not a measure of speed. */
const ARRIVES_MS = 5_000;

interface Replica {
  url: string;
  output: () => string;
  stop(): Promise<void>;
}

describe('pokes across two server processes on one PostgreSQL', () => {
  let created: Awaited<ReturnType<typeof createTestDatabase>>;
  let admin: postgres.Sql;
  const replicas: Replica[] = [];
  let events: SseReader | undefined;

  beforeAll(async () => {
    created = await createTestDatabase(inject('pgAdminUrl'));
    admin = postgres(created.url, { max: 1, onnotice: () => undefined });
    // One after the other: the first migrates and seeds the fresh database.
    replicas.push(await startReplica(created.url));
    replicas.push(await startReplica(created.url));
  });
  afterAll(async () => {
    await events?.close();
    await Promise.all(replicas.map((r) => r.stop()));
    await admin.end({ timeout: 5 });
    await created.drop();
  });

  test('a tab opened through replica A reaches a till listening on replica B as a poke with a newer cursor', async () => {
    const [a, b] = replicas as [Replica, Replica];
    const till = await postJson<EnrollResponse>(`${a.url}/api/v1/devices/enroll`, { pairingCode: PAIRING_CODE, name: 'Bar till' });

    const res = await fetch(`${b.url}/api/v1/sync/events`, { headers: { authorization: `Bearer ${till.deviceToken}` } });
    expect(res.status).toBe(200);
    events = sseReader(res.body!);
    const initial = await events.nextPoke(ARRIVES_MS);
    expect(initial).toMatch(/^p\d+$/);
    // B's LISTEN is up before the change, so the poke can only come through A's NOTIFY (B's
    // catch-up read after LISTEN would otherwise find the change by itself).
    await expect
      .poll(async () => (await admin<{ n: number }[]>`select count(*)::int as n from pg_stat_activity where datname = ${created.name} and query ilike 'listen%'`)[0]!.n, {
        timeout: ARRIVES_MS,
      })
      .toBeGreaterThanOrEqual(1);

    const wall = String(Date.now()).padStart(15, '0');
    const pushed = await postJson<{ results: { status: string }[] }>(
      `${a.url}/api/v1/sync/push`,
      {
        protocolVersion: PROTOCOL_VERSION,
        deviceId: till.deviceId,
        mutations: [
          {
            id: uuidv7(),
            seq: 1,
            name: 'tab.open',
            args: { tabId: uuidv7(), name: 'Window seat', tableNo: null },
            hlc: `${wall}-00000-${till.deviceId}`,
            actorId: CASHIER_ID,
          },
        ],
      },
      till.deviceToken,
    );
    expect(pushed.results).toMatchObject([{ status: 'applied' }]);

    const next = await events.nextPoke(ARRIVES_MS);
    expect(next, `no poke on B within ${ARRIVES_MS} ms\n--- A ---\n${a.output()}\n--- B ---\n${b.output()}`).toBeDefined();
    expect(decodeCursor(next)).toBeGreaterThan(decodeCursor(initial)!);
  });
});

async function postJson<T>(url: string, body: unknown, token?: string): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const json: unknown = await res.json();
  if (!res.ok) throw new Error(`${url} answered ${res.status}: ${JSON.stringify(json)}`);
  return json as T;
}

async function startReplica(databaseUrl: string): Promise<Replica> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', SEED_PAIRING_CODE: PAIRING_CODE };
  delete env.DATA_DIR;
  delete env.TILL_DIR;
  const child = spawn(TSX, ['src/main.ts'], { cwd: PACKAGE_DIR, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const replica: Replica = { url, output: () => output, stop: () => stopProcess(child) };
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}:\n${output}`);
    if (Date.now() > deadline) {
      await replica.stop();
      throw new Error(`the server did not answer /api/health in time:\n${output}`);
    }
    const health = await fetch(`${url}/api/health`).catch(() => undefined);
    if (health?.ok) return replica;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => {
      resolve();
    });
  });
  child.kill('SIGTERM');
  const timer = setTimeout(() => {
    child.kill('SIGKILL');
  }, 5_000);
  await exited;
  clearTimeout(timer);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => {
        resolve(port);
      });
    });
  });
}
