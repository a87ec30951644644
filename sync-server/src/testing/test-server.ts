import { inject } from 'vitest';
import { pullResponseV2Schema, uuidv7, PROTOCOL_VERSION, type ChangeV2, type EnrollResponse, type Mutation } from '@tillsafe/sync';
import { createApp, type AuthOptions } from '../app';
import { openDatabase, type Database, type DbKind } from '../db/database';
import { DEMO } from '../seed/demo-organisation';
import { ensureDemoPairingCodes, seedDemoIfEmpty } from '../seed/seed-demo';
import { ensureDemoOnboarded } from '../seed/demo-onboarding';
import { ensureDemoUsers } from '../seed/demo-users';
import { createTestDatabase } from './postgres-harness';

export const DRIVERS: readonly DbKind[] = ['pglite', 'postgres'];
export const STORE_CODE = 'TEST-STORE-1';

export interface TestServer {
  database: Database;
  app: ReturnType<typeof createApp>;
  close(): Promise<void>;
}

/** The real app on a fresh, migrated and seeded database of the given kind. */
export async function startTestServer(kind: DbKind, options: { auth?: AuthOptions; corsOrigins?: readonly string[]; tillHistoryDays?: number } = {}): Promise<TestServer> {
  const created = kind === 'postgres' ? await createTestDatabase(inject('pgAdminUrl')) : undefined;
  const database = await openDatabase({ url: created?.url });
  await database.migrate();
  await seedDemoIfEmpty(database.db);
  await ensureDemoUsers(database.db);
  await ensureDemoOnboarded(database.db);
  await ensureDemoPairingCodes(database.db, STORE_CODE);
  const app = createApp({ database, version: 'test', auth: options.auth, corsOrigins: options.corsOrigins, tillHistoryDays: options.tillHistoryDays });
  return {
    database,
    app,
    close: async () => {
      await database.close();
      await created?.drop();
    },
  };
}

export async function postJson(server: TestServer, path: string, body: unknown, token?: string) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await server.app.request(path, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

export async function enrollTill(server: TestServer, code = STORE_CODE): Promise<EnrollResponse> {
  const res = await postJson(server, '/api/v1/devices/enroll', { pairingCode: code, name: 'Test till' });
  if (res.status !== 201) throw new Error(`enrol failed: ${JSON.stringify(res.body)}`);
  return res.body as unknown as EnrollResponse;
}

/**
 * Every change a till pulls from the start, page by page (5,000 a page, with `protocolVersion`).
 * Each page must answer 200 with JSON, and parse as a pull response.
 */
export async function pullAllChanges(server: Pick<TestServer, 'app'>, till: Pick<EnrollResponse, 'deviceToken'>, protocolVersion = 2): Promise<ChangeV2[]> {
  const changes: ChangeV2[] = [];
  for (let cursor = ''; ; ) {
    const res = await server.app.request(`/api/v1/sync/pull?limit=5000&protocolVersion=${protocolVersion}${cursor ? `&cursor=${cursor}` : ''}`, { headers: { authorization: `Bearer ${till.deviceToken}` } });
    if (res.status !== 200) throw new Error(`pull answered ${res.status}: ${await res.text()}`);
    if (!/^application\/json/.test(res.headers.get('content-type') ?? '')) throw new Error(`pull answered ${res.headers.get('content-type')}, not JSON`);
    const page = pullResponseV2Schema.parse(await res.json());
    changes.push(...page.changes);
    if (!page.hasMore) return changes;
    cursor = page.cursor;
  }
}

export const CASHIER_ID = DEMO.staff.find((s) => s.role === 'cashier')!.id;

/** A mutation envelope as a till would send it. */
export function envelope(seq: number, name: string, args: unknown, actorId: string = CASHIER_ID): Mutation {
  return { id: uuidv7(), seq, name, args, hlc: `${Date.now()}-0-test`, actorId };
}

export function push(server: TestServer, till: EnrollResponse, mutations: Mutation[], protocolVersion = PROTOCOL_VERSION) {
  return postJson(server, '/api/v1/sync/push', { protocolVersion, deviceId: till.deviceId, mutations }, till.deviceToken);
}
