import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { eq } from 'drizzle-orm';
import { uuidv7, type EnrollResponse, type PackRecord } from '@tillsafe/sync';
import { products } from '../db/schema';
import { DEMO } from '../seed/demo-organisation';
import { buildDemoCatalog } from '../seed/demo-catalog';
import { DRIVERS, enrollTill, pullAllChanges, startTestServer, type TestServer } from '../testing/test-server';
import { recordChanges } from './change-log';
import { toProductRecord } from './records';

/**
 * A pull's product changes are JSON text the database writes whenever a product is written
 * (migration 0019's trigger; pull.ts passes it along).
 * They must read exactly as the record mapper's (records.ts) would have: the same keys, the
 * protocol-2 fields only once set, names with any character, null sizes kept as null.
 */
describe.each(DRIVERS)('pulled products written by %s', (kind) => {
  let server: TestServer;
  let till: EnrollResponse;
  const categoryId = buildDemoCatalog().categories[0]!.id;
  beforeAll(async () => {
    server = await startTestServer(kind);
    till = await enrollTill(server);
  });
  afterAll(() => server.close());

  const pullEverything = () => pullAllChanges(server, till);

  /** What the record mapper makes of each stored product, as a pull change. */
  async function mappedChanges(ids: readonly string[]): Promise<Map<string, unknown>> {
    const rows = await server.database.db.select().from(products).where(eq(products.tenantId, DEMO.tenant.id));
    const wanted = new Set(ids);
    return new Map(
      rows
        .filter((r) => wanted.has(r.id))
        .map((r) => [r.id, { entity: 'product', id: r.id, version: r.version, fields: r.fields, op: 'put', data: toProductRecord(r) }]),
    );
  }

  test('read exactly as the record mapper writes them, whatever the names hold and whichever fields are set', async () => {
    const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 });
    const pack = fc.record({ name: text, price: fc.integer({ min: 0, max: 10_000_000 }), units: fc.integer({ min: 1, max: 48 }), barcodes: fc.array(fc.stringMatching(/^\d{8,14}$/), { maxLength: 3 }) });
    const product = fc.record({
      name: fc.oneof(text, fc.constantFrom('Château "Grand" Cru\\ 0,75 l', 'Ölfass\u2028Bier', '\u0000 nul', '🍺 IPA')),
      brand: text,
      volumeMl: fc.option(fc.integer({ min: 1, max: 30_000 })),
      ageRestricted: fc.boolean(),
      active: fc.boolean(),
      taxCategory: fc.boolean(),
      deposit: fc.boolean(),
      packs: fc.array(pack, { minLength: 1, maxLength: 4 }),
      edited: fc.boolean(),
    });
    const samples = fc.sample(product, { numRuns: 60, seed: 20261121 });
    const rows = samples.map((p, i) => ({
      id: uuidv7(),
      tenantId: DEMO.tenant.id,
      sku: `JSON-${i}`,
      // PostgreSQL text holds no NUL character: the catalog editor and the CSV import refuse it too.
      name: p.name.replaceAll('\u0000', ''),
      brand: p.brand,
      categoryId,
      volumeMl: p.volumeMl,
      ageRestricted: p.ageRestricted,
      taxRateBp: 1000,
      active: p.active,
      packs: p.packs.map((k): PackRecord => ({ id: uuidv7(), ...k })),
      taxCategoryId: p.taxCategory ? uuidv7() : null,
      depositItemId: p.deposit ? uuidv7() : null,
      version: p.edited ? { server: 2, [till.deviceId]: 3 } : { server: 1 },
      fields: p.edited ? { name: { hlc: `${String(Date.now()).padStart(13, "0")}-0000-${till.deviceId}`, node: till.deviceId, seq: 3 } } : {},
    }));
    await server.database.db.insert(products).values(rows);
    // Written again, as edits and upserts write them: the JSON follows every write.
    const edited = rows.filter((_, i) => i % 3 === 0);
    for (const [i, row] of edited.entries()) {
      const changed = { name: `${row.name} (renamed)`, taxCategoryId: i % 2 ? null : uuidv7(), volumeMl: i % 2 ? 700 : null, version: { server: 5 } };
      await server.database.db.update(products).set(changed).where(eq(products.id, row.id));
    }
    await server.database.db
      .insert(products)
      .values({ ...rows[1]!, active: !rows[1]!.active, depositItemId: null })
      .onConflictDoUpdate({ target: products.id, set: { active: !rows[1]!.active, depositItemId: null } });
    await server.database.db.transaction((tx) => recordChanges(tx, DEMO.tenant.id, rows.map((r) => ({ entity: 'product', id: r.id, op: 'put' }))));

    const pulled = new Map((await pullEverything()).filter((c) => c.entity === 'product').map((c) => [c.id, c]));
    const expected = await mappedChanges(rows.map((r) => r.id));
    expect(expected.size).toBe(rows.length);
    for (const [id, change] of expected) expect(pulled.get(id), id).toStrictEqual(change);
    // Unset protocol-2 fields are left out, not sent as null.
    const plain = rows.find((r) => r.taxCategoryId === null && r.depositItemId === null)!;
    expect(Object.keys(pulled.get(plain.id)!.data as object)).not.toContain('taxCategoryId');
  });

  test('the demo catalog pulls as the record mapper writes it', async () => {
    const pulled = (await pullEverything()).filter((c) => c.entity === 'product');
    const expected = await mappedChanges(pulled.map((c) => c.id));
    expect(pulled.length).toBeGreaterThanOrEqual(buildDemoCatalog().products.length);
    for (const change of pulled) expect(change).toStrictEqual(expected.get(change.id));
  });
});
