import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { pullResponseSchema, productRecordSchema, type EnrollResponse, type PullResponse } from '@tillsafe/sync';
import { DEMO } from '../seed/demo-organisation';
import { buildDemoCatalog } from '../seed/demo-catalog';
import { DRIVERS, enrollTill, startTestServer, type TestServer } from '../testing/test-server';

describe.each(DRIVERS)('sync pull on %s', (kind) => {
  let server: TestServer;
  let till: EnrollResponse;
  beforeAll(async () => {
    server = await startTestServer(kind);
    till = await enrollTill(server);
  });
  afterAll(() => server.close());

  async function pull(query: string, token = till.deviceToken) {
    const res = await server.app.request(`/api/v1/sync/pull${query}`, { headers: { authorization: `Bearer ${token}` } });
    return { status: res.status, body: await res.json() };
  }

  async function pullAll(limit: number): Promise<{ pages: number; changes: PullResponse['changes'] }> {
    let cursor: string | undefined;
    const changes: PullResponse['changes'] = [];
    for (let pages = 1; ; pages++) {
      const res = await pull(`?limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      const page = pullResponseSchema.parse(res.body);
      changes.push(...page.changes);
      cursor = page.cursor;
      if (!page.hasMore) return { pages, changes };
    }
  }

  test('a new till pulls the whole catalog in pages, each record once', async () => {
    const { pages, changes } = await pullAll(500);
    const catalog = buildDemoCatalog();
    const products = changes.filter((c) => c.entity === 'product');
    expect(products).toHaveLength(catalog.products.length);
    expect(new Set(products.map((p) => p.id)).size).toBe(catalog.products.length);
    expect(pages).toBeGreaterThanOrEqual(Math.ceil(catalog.products.length / 500));
    for (const p of products) productRecordSchema.parse(p.data);
    expect(changes.filter((c) => c.entity === 'category')).toHaveLength(catalog.categories.length);
    expect(changes.filter((c) => c.entity === 'staff').map((c) => c.data)).toContainEqual(expect.objectContaining({ name: 'Casey Morgan', role: 'cashier' }));
  });

  test('a large page goes gzipped to a till that accepts it, a small one and any other as plain JSON', async () => {
    const asked = (encoding: string | undefined, limit: number) =>
      server.app.request(`/api/v1/sync/pull?limit=${limit}`, { headers: { authorization: `Bearer ${till.deviceToken}`, ...(encoding ? { 'accept-encoding': encoding } : {}) } });
    const plain = await asked(undefined, 5000);
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('vary')).toBe('accept-encoding');
    const text = await plain.text();
    expect(text.length).toBeGreaterThan(64 * 1024);

    const packed = await asked('gzip, deflate, br', 5000);
    expect(packed.headers.get('content-encoding')).toBe('gzip');
    const bytes = Buffer.from(await packed.arrayBuffer());
    expect(bytes.length).toBeLessThan(text.length / 4);
    expect(JSON.parse(gunzipSync(bytes).toString('utf8'))).toEqual(JSON.parse(text));

    const small = await asked('gzip', 5);
    expect(small.headers.get('content-encoding')).toBeNull();
    expect(pullResponseSchema.parse(await small.json()).changes.length).toBeGreaterThan(0);
  });

  test('a store till receives its own channel and warehouse, not the bar’s', async () => {
    const { changes } = await pullAll(1000);
    expect(changes.filter((c) => c.entity === 'channel').map((c) => c.id)).toEqual([DEMO.store.channel.id]);
    expect(changes.filter((c) => c.entity === 'warehouse').map((c) => c.id)).toEqual([DEMO.store.warehouse.id]);
  });

  test('staff PINs travel only as salted hashes', async () => {
    const { changes } = await pullAll(1000);
    for (const s of changes.filter((c) => c.entity === 'staff')) {
      expect(Object.keys(s.data as object).sort()).toEqual(['id', 'name', 'pinHash', 'pinSalt', 'role']);
      expect(JSON.stringify(s.data)).not.toMatch(/"(1111|2222|1234|4321)"/);
    }
  });

  test('a pull from the last cursor resumes with nothing new', async () => {
    const first = pullResponseSchema.parse((await pull('?limit=5000')).body);
    const next = pullResponseSchema.parse((await pull(`?cursor=${first.cursor}`)).body);
    expect(next).toEqual({ cursor: first.cursor, hasMore: false, lastSeq: 0, changes: [] });
  });

  test('a bad cursor, a bad limit and a missing token get clear errors', async () => {
    expect(await pull('?cursor=%27%3B drop')).toMatchObject({ status: 400, body: { error: { code: 'BAD_CURSOR' } } });
    expect(await pull('?limit=0')).toMatchObject({ status: 400, body: { error: { code: 'VALIDATION_FAILED' } } });
    expect(await pull('?limit=abc')).toMatchObject({ status: 400, body: { error: { code: 'VALIDATION_FAILED' } } });
    expect(await pull('', 'dt_nobody')).toMatchObject({ status: 401, body: { error: { code: 'UNAUTHORIZED' } } });
  });
});
