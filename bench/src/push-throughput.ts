import { priceSale } from '@tillsafe/domain';
import { createApp, DEMO, ensureDemoPairingCodes, openDatabase, seedDemoIfEmpty } from '@tillsafe/sync-server';
import { createTestDatabase, type TestPostgres } from '@tillsafe/sync-server/testing';
import { PROTOCOL_VERSION, enrollResponseSchema, pullResponseSchema, productRecordSchema, uuidv7, type EnrollResponse, type Mutation, type ProductRecord } from '@tillsafe/sync';

const CASHIER = DEMO.staff.find((s) => s.role === 'cashier')!.id;

export interface PushLoad {
  /** Sales pushed in all (10,000). */
  total?: number;
  /** Sales per push (200). */
  batchSize?: number;
  /** Tills pushing at the same time, each its share of the sales in its own seq order (1). */
  tills?: number;
}

/**
 * push_mutations_per_s: `sale.complete` with 3 lines, in batches of 200, pushed through the real
 * HTTP handler (in-process) into real PostgreSQL, by one till: each push waits for the answer to
 * the one before, as a till's do. With `tills` > 1 several tills push at once, which is the
 * server's throughput rather than one till's.
 */
export async function pushThroughput(pg: TestPostgres, load: PushLoad = {}): Promise<number> {
  const { total = 10_000, batchSize = 200, tills: count = 1 } = load;
  const created = await createTestDatabase(pg.adminUrl, 'tillsafe_bench');
  const database = await openDatabase({ url: created.url });
  try {
    await database.migrate();
    await seedDemoIfEmpty(database.db);
    const app = createApp({ database, version: 'bench' });
    // The store's pairing code is reusable: every bench till pairs with it.
    const [code] = await ensureDemoPairingCodes(database.db, 'BENCH-CODE');
    const tills: EnrollResponse[] = [];
    for (let t = 0; t < count; t++) {
      const enrolRes = await app.request('/api/v1/devices/enroll', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ pairingCode: code!.code, name: `Bench ${t + 1}` }) });
      tills.push(enrollResponseSchema.parse(await enrolRes.json()));
    }
    const authOf = (till: EnrollResponse) => ({ authorization: `Bearer ${till.deviceToken}`, 'content-type': 'application/json' });
    const pulled = pullResponseSchema.parse(await (await app.request('/api/v1/sync/pull?limit=5000', { headers: authOf(tills[0]!) })).json());
    const products: ProductRecord[] = pulled.changes.filter((c) => c.entity === 'product').map((c) => productRecordSchema.parse(c.data)).filter((p) => p.active);

    const share = Math.ceil(total / count);
    const salesOf = (till: EnrollResponse, t: number): Mutation[] =>
      Array.from({ length: Math.min(share, total - t * share) }, (_, i) => {
        const n = t * share + i;
        const picked = [0, 1, 2].map((k) => products[(n * 3 + k) % products.length]!);
        const lines = picked.map((p) => ({ lineId: uuidv7(), productId: p.id, packId: p.packs[0]!.id, qty: 1 + (n % 3) }));
        const { total: sum } = priceSale(lines, (id) => picked.find((p) => p.id === id));
        const args = { saleId: uuidv7(), receiptNo: `B-${n}`, channelId: till.channelId, warehouseId: till.warehouseId, lines, tenders: [{ kind: 'cash', amount: sum }], clientTotal: sum, soldAt: new Date().toISOString() };
        return { id: uuidv7(), seq: i + 1, name: 'sale.complete', args, hlc: `${Date.now()}-0-bench`, actorId: CASHIER };
      });
    const mutations = tills.map(salesOf);
    const started = performance.now();
    await Promise.all(
      tills.map(async (till, t) => {
        const own = mutations[t]!;
        for (let i = 0; i < own.length; i += batchSize) {
          const res = await app.request('/api/v1/sync/push', {
            method: 'POST',
            headers: authOf(till),
            body: JSON.stringify({ protocolVersion: PROTOCOL_VERSION, deviceId: till.deviceId, mutations: own.slice(i, i + batchSize) }),
          });
          if (res.status !== 200) throw new Error(`push failed: ${res.status} ${await res.text()}`);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    return total / seconds;
  } finally {
    await database.close();
    await created.drop();
  }
}
