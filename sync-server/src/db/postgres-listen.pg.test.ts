import { createServer, connect, type AddressInfo, type Socket } from 'node:net';
import { afterAll, afterEach, beforeAll, expect, inject, test } from 'vitest';
import postgres from 'postgres';
import { createTestDatabase } from '../testing/postgres-harness';
import { postgresListen } from './postgres-listen';

const CHANNEL = 'listen_test';

let created: Awaited<ReturnType<typeof createTestDatabase>>;
let pool: postgres.Sql;
let admin: postgres.Sql;
let stops: (() => Promise<void>)[] = [];

beforeAll(async () => {
  created = await createTestDatabase(inject('pgAdminUrl'));
  pool = postgres(created.url, { max: 1, onnotice: () => undefined });
  admin = postgres(inject('pgAdminUrl'), { max: 1, onnotice: () => undefined });
  await pool`select 1`; // the pool's connection is open before any test refuses new ones
});
afterEach(async () => {
  await admin.unsafe(`alter database "${created.name}" allow_connections true`);
  await Promise.all(stops.map((stop) => stop()));
  stops = [];
});
afterAll(async () => {
  await pool.end({ timeout: 5 });
  await admin.end({ timeout: 5 });
  await created.drop();
});

async function startListening(url = created.url) {
  const heard: string[] = [];
  const errors: unknown[] = [];
  let listens = 0;
  const listen = postgresListen(url, {
    notify: (channel, payload) => pool.notify(channel, payload),
    logError: (error) => errors.push(error),
    pingEveryMs: 100,
    pingTimeoutMs: 300,
  });
  const stop = await listen(CHANNEL, (payload) => heard.push(payload), () => (listens += 1));
  stops.push(stop);
  return { heard, errors, listens: () => listens };
}

const killListener = () => admin`select pg_terminate_backend(pid) from pg_stat_activity where datname = ${created.name} and query ilike 'listen%'`;

test('notifications arrive; pings of the watchdog are not passed on', async () => {
  const { heard, listens } = await startListening();
  expect(listens()).toBe(1);
  await pool.notify(CHANNEL, 'one');
  await expect.poll(() => heard, { timeout: 5_000 }).toEqual(['one']);
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(heard).toEqual(['one']);
});

test('when the LISTEN connection is killed, it listens again and says so, so the caller can catch up', async () => {
  const { heard, listens } = await startListening();
  await killListener();
  await expect.poll(listens, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
  await pool.notify(CHANNEL, 'after');
  await expect.poll(() => heard, { timeout: 5_000 }).toContain('after');
});

test('when the database refuses connections for a while, it listens again once it accepts them', async () => {
  const { heard, listens } = await startListening();
  await admin.unsafe(`alter database "${created.name}" allow_connections false`);
  await killListener();
  await new Promise((resolve) => setTimeout(resolve, 500));
  await admin.unsafe(`alter database "${created.name}" allow_connections true`);
  await expect.poll(listens, { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
  await pool.notify(CHANNEL, 'back');
  await expect.poll(() => heard, { timeout: 5_000 }).toContain('back');
});

test('when the LISTEN connection goes silent without closing, the watchdog notices and listens on a new one', async () => {
  const proxy = await startProxy(new URL(created.url));
  stops.push(proxy.close);
  const via = new URL(created.url);
  via.port = String(proxy.port);
  const { heard, errors, listens } = await startListening(via.toString());
  proxy.blackhole();
  await pool.notify(CHANNEL, 'lost');
  await expect.poll(listens, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
  await pool.notify(CHANNEL, 'heard again');
  await expect.poll(() => heard, { timeout: 5_000 }).toContain('heard again');
  expect(heard).not.toContain('lost');
  expect(errors.map(String).join('\n')).toMatch(/No NOTIFY heard/);
});

/** A TCP proxy to PostgreSQL whose open connections can be made to go silent, like a dropped NAT entry. */
async function startProxy(target: URL) {
  const all: Socket[] = [];
  const open: { client: Socket; upstream: Socket }[] = [];
  const server = createServer((client) => {
    const upstream = connect(Number(target.port || 5432), target.hostname);
    for (const socket of [client, upstream]) socket.on('error', () => undefined);
    client.pipe(upstream).on('close', () => upstream.destroy());
    upstream.pipe(client).on('close', () => client.destroy());
    open.push({ client, upstream });
    all.push(client, upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    blackhole() {
      for (const { client, upstream } of open.splice(0)) {
        client.unpipe(upstream);
        upstream.unpipe(client);
        client.pause();
        upstream.pause();
      }
    },
    close: async () => {
      for (const socket of all) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
