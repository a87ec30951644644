import { priceSale } from '@tillsafe/domain';
import { createApp, DEMO, ensureDemoPairingCodes, openDatabase, seedDemoIfEmpty } from '@tillsafe/sync-server';
import { createTestDatabase, type TestPostgres } from '@tillsafe/sync-server/testing';
import { PROTOCOL_VERSION, enrollResponseSchema, pullResponseSchema, productRecordSchema, uuidv7, type Mutation, type ProductRecord } from '@tillsafe/sync';

const CASHIER = DEMO.staff.find((s) => s.role === 'cashier')!.id;

/**
 * push_mutations_per_s: `sale.complete` with 3 lines, in batches of 200, pushed through the real
 * HTTP handler (in-process) into real PostgreSQL.
 */
export async function pushThroughput(pg: TestPostgres, total = 10_000, batchSize = 200): Promise<number> {
  const created = await createTestDatabase(pg.adminUrl, 'tillsafe_bench');
  const database = await openDatabase({ url: created.url });
  try {
    await database.migrate();
    await seedDemoIfEmpty(database.db);
    const [code] = await ensureDemoPairingCodes(database.db, 'BENCH-CODE');
    const app = createApp({ database, version: 'bench' });
    const enrolRes = await app.request('/api/v1/devices/enroll', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ pairingCode: code!.code, name: 'Bench' }) });
    const till = enrollResponseSchema.parse(await enrolRes.json());
    const auth = { authorization: `Bearer ${till.deviceToken}`, 'content-type': 'application/json' };
    const pulled = pullResponseSchema.parse(await (await app.request('/api/v1/sync/pull?limit=5000', { headers: auth })).json());
    const products: ProductRecord[] = pulled.changes.filter((c) => c.entity === 'product').map((c) => productRecordSchema.parse(c.data)).filter((p) => p.active);

    const mutations: Mutation[] = Array.from({ length: total }, (_, i) => {
      const picked = [0, 1, 2].map((k) => products[(i * 3 + k) % products.length]!);
      const lines = picked.map((p) => ({ lineId: uuidv7(), productId: p.id, packId: p.packs[0]!.id, qty: 1 + (i % 3) }));
      const { total: sum } = priceSale(lines, (id) => picked.find((p) => p.id === id));
      const args = { saleId: uuidv7(), receiptNo: `B-${i}`, channelId: till.channelId, warehouseId: till.warehouseId, lines, tenders: [{ kind: 'cash', amount: sum }], clientTotal: sum, soldAt: new Date().toISOString() };
      return { id: uuidv7(), seq: i + 1, name: 'sale.complete', args, hlc: `${Date.now()}-0-bench`, actorId: CASHIER };
    });
    const started = performance.now();
    for (let i = 0; i < total; i += batchSize) {
      const res = await app.request('/api/v1/sync/push', {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({ protocolVersion: PROTOCOL_VERSION, deviceId: till.deviceId, mutations: mutations.slice(i, i + batchSize) }),
      });
      if (res.status !== 200) throw new Error(`push failed: ${res.status} ${await res.text()}`);
    }
    const seconds = (performance.now() - started) / 1000;
    return total / seconds;
  } finally {
    await database.close();
    await created.drop();
  }
}
