import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { parseReceiptNumber } from '@tillsafe/domain';
import { channelRecordSchema, pullResponseV2Schema, uuidv7, type EnrollResponse } from '@tillsafe/sync';
import { channels, devices, pairingCodes, tenants } from '../db/schema';
import { DEMO } from '../seed/demo-organisation';
import { DRIVERS, enrollTill, startTestServer, STORE_CODE, type TestServer } from '../testing/test-server';

/**
 * Receipt numbers (CC-03-000142) need a code per channel and a number per till in its channel:
 * the server gives both, and a till learns them from enrolment, the pull and the channel record.
 */
describe.each(DRIVERS)('channel codes and till numbers on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server.close());

  const db = () => server.database.db;

  test("tills are numbered in their own channel from one, each enrolment the next, and a revoked till's number is never given again", async () => {
    const first = await enrollTill(server);
    const second = await enrollTill(server);
    expect(second.tillNumber).toBe(first.tillNumber + 1);
    await db().update(devices).set({ revokedAt: new Date() }).where(eq(devices.id, second.deviceId));
    expect((await enrollTill(server)).tillNumber).toBe(second.tillNumber + 1);

    await db().insert(pairingCodes).values({ code: 'BARCODE1', tenantId: DEMO.tenant.id, channelId: DEMO.bar.channel.id, warehouseId: DEMO.bar.warehouse.id, reusable: true });
    const bar = await enrollTill(server, 'BARCODE1');
    expect(bar.tillNumber).toBe(1);
    const stored = await db().select({ n: devices.tillNumber }).from(devices).where(eq(devices.channelId, DEMO.store.channel.id));
    expect(new Set(stored.map((d) => d.n)).size).toBe(stored.length);
  });

  test('tills paired at the same moment get different numbers', async () => {
    const tills = await Promise.all(Array.from({ length: 4 }, () => enrollTill(server)));
    expect(new Set(tills.map((t) => t.tillNumber)).size).toBe(4);
  });

  test("a pull tells the till its number, and its channel's record carries the code: together a receipt number", async () => {
    const till: EnrollResponse = await enrollTill(server, STORE_CODE);
    const res = await server.app.request('/api/v1/sync/pull?limit=100&protocolVersion=2', { headers: { authorization: `Bearer ${till.deviceToken}` } });
    const page = pullResponseV2Schema.parse(await res.json());
    expect(page.tillNumber).toBe(till.tillNumber);
    const change = page.changes.find((c) => c.entity === 'channel');
    const channel = channelRecordSchema.parse(change?.data);
    expect(channel.code).toBe('CC');
    const receiptNo = `${channel.code}-${String(till.tillNumber).padStart(2, '0')}-000001`;
    expect(parseReceiptNumber(receiptNo)).toMatchObject({ ok: true, value: { channelCode: 'CC', till: till.tillNumber, sequence: 1 } });
  });

  test("a new channel's code is made from its name's initials, unique in its organisation", async () => {
    const tenantId = uuidv7();
    await db().insert(tenants).values({ id: tenantId, name: 'Codes Co.' });
    const add = async (name: string) => {
      const id = uuidv7();
      await db().insert(channels).values({ id, tenantId, name, kind: 'store', currency: 'EUR', locale: 'en-IE' });
      return (await db().select({ code: channels.code }).from(channels).where(and(eq(channels.id, id), eq(channels.tenantId, tenantId))))[0]!.code;
    };
    expect(await add('Corner Cellar')).toBe('CC');
    expect(await add('corner cellar')).toBe('CC2');
    expect(await add('Harbour Bar & Grill, Quayside')).toBe('HBG');
    expect(await add('Épicerie')).toBe('PI');
    expect(await add('7')).toBe('7X');
    // The demo's codes, in the other organisation, are no obstacle.
    expect((await db().select({ code: channels.code }).from(channels).where(eq(channels.tenantId, DEMO.tenant.id))).map((c) => c.code).sort()).toEqual(['CC', 'HB']);
    await expect(db().update(channels).set({ code: 'toolong' }).where(eq(channels.tenantId, tenantId))).rejects.toThrow();
  });
});
