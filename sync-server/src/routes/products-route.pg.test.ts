import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { productRecordSchema, pullResponseV2Schema, uuidv7, type EnrollResponse, type ProductInput, type ProductRecord } from '@tillsafe/sync';
import { auditLog } from '../db/identity-schema';
import { categories, products, stockMovements } from '../db/schema';
import { startBackOffice, type BackOffice } from '../onboarding/back-office-test-client';
import { DEMO } from '../seed/demo-organisation';
import { createOtherTenant } from '../testing/other-tenant';
import { DRIVERS, enrollTill, envelope, push } from '../testing/test-server';

const OWNER = DEMO.users.find((u) => u.role === 'owner')!;
const STORE_MANAGER = DEMO.users.find((u) => u.role === 'manager')!;
const ORG = DEMO.tenant.id;
const PRODUCTS = `/api/v1/organisations/${ORG}/products`;

interface References {
  categories: { id: string; name: string }[];
  taxCategories: { id: string; name: string; rateBp: number }[];
  depositItems: { id: string; name: string }[];
}

describe.each(DRIVERS)('the catalog through the back office on %s', (kind) => {
  let office: BackOffice;
  let owner: string;
  let refs: References;
  let till: EnrollResponse;
  beforeAll(async () => {
    office = await startBackOffice(kind);
    owner = await office.login(OWNER.email, OWNER.password);
    refs = (await office.call('GET', `/api/v1/organisations/${ORG}/catalog/references`, undefined, owner)).body as unknown as References;
    till = await enrollTill(office.server);
  });
  afterAll(() => office.close());

  let counter = 0;
  /** A lager sold by the bottle, the 6-pack and the case of 12, each with its own barcode. */
  function lager(overrides: Partial<ProductInput> = {}): ProductInput {
    const n = ++counter;
    return {
      sku: `LAGER-${kind}-${n}`,
      name: `Harbour Lager ${n}`,
      brand: 'Harbour Brewing',
      categoryId: refs.categories.find((c) => c.name === 'Beer & Cider')!.id,
      volumeMl: 330,
      ageRestricted: true,
      taxCategoryId: refs.taxCategories.find((t) => t.name === 'Alcohol 10%')!.id,
      depositItemId: refs.depositItems[0]!.id,
      active: true,
      packs: [
        { name: 'Bottle', units: 1, price: 250, barcodes: [`50${kind.length}${n}00001`, `50${kind.length}${n}00002`], depositItemId: null },
        { name: '6-pack', units: 6, price: 1350, barcodes: [`50${kind.length}${n}00006`], depositItemId: null },
        { name: 'Case of 12', units: 12, price: 2500, barcodes: [`50${kind.length}${n}00012`], depositItemId: null },
      ],
      ...overrides,
    };
  }
  const create = (input: ProductInput, token = owner) => office.call('POST', PRODUCTS, input, token);
  const created = async (input: ProductInput) => {
    const res = await create(input);
    expect(res.status).toBe(201);
    return res.body.product as ProductRecord;
  };

  /** Every product change a protocol-2 till pulls from the start. */
  async function pulledProducts(): Promise<Map<string, ProductRecord>> {
    const out = new Map<string, ProductRecord>();
    for (let cursor = ''; ; ) {
      const res = await office.server.app.request(`/api/v1/sync/pull?limit=5000&protocolVersion=2${cursor ? `&cursor=${cursor}` : ''}`, { headers: { authorization: `Bearer ${till.deviceToken}` } });
      const page = pullResponseV2Schema.parse(await res.json());
      for (const c of page.changes) if (c.entity === 'product') out.set(c.id, productRecordSchema.parse(c.data));
      cursor = page.cursor;
      if (!page.hasMore) return out;
    }
  }

  test('a product created with a case pack and several barcodes reaches the tills, and a case sold moves 12 units', async () => {
    const input = lager();
    const product = await created(input);
    expect(product).toMatchObject({ sku: input.sku, name: input.name, taxRateBp: 1000, taxCategoryId: input.taxCategoryId, depositItemId: input.depositItemId, active: true });
    expect(product.packs.map((p) => [p.name, p.units, p.price, p.barcodes])).toEqual(input.packs.map((p) => [p.name, p.units, p.price, p.barcodes]));
    expect(new Set(product.packs.map((p) => p.id)).size).toBe(3);

    const pulled = (await pulledProducts()).get(product.id);
    expect(pulled).toEqual(product);

    const casePack = product.packs[2]!;
    const sale = {
      saleId: uuidv7(),
      receiptNo: 'T-CASE',
      channelId: till.channelId,
      warehouseId: till.warehouseId,
      lines: [{ lineId: uuidv7(), productId: product.id, packId: casePack.id, qty: 1 }],
      tenders: [{ kind: 'cash', amount: 3000 }],
      clientTotal: casePack.price,
      soldAt: new Date().toISOString(),
    };
    const pushed = await push(office.server, till, [envelope(1, 'sale.complete', sale)]);
    expect(pushed.body.results).toEqual([expect.objectContaining({ status: 'applied' })]);
    const moves = await office.server.database.db.select().from(stockMovements).where(eq(stockMovements.refId, sale.saleId));
    expect(moves.map((m) => [m.productId, m.delta])).toEqual([[product.id, -12]]);
  });

  test('an edit keeps pack ids, bumps the server’s version, is pulled again and is audited', async () => {
    const product = await created(lager());
    const input = lager({ name: 'Harbour Lager Gold', sku: product.sku });
    input.packs = product.packs.map((p) => ({ id: p.id, name: p.name, units: p.units, price: p.price + 10, barcodes: p.barcodes, depositItemId: null }));
    const res = await office.call('PUT', `${PRODUCTS}/${product.id}`, input, owner);
    expect(res.status).toBe(200);
    const edited = res.body.product as ProductRecord;
    expect(edited.packs.map((p) => [p.id, p.price])).toEqual(product.packs.map((p) => [p.id, p.price + 10]));
    const [row] = await office.server.database.db.select().from(products).where(eq(products.id, product.id));
    expect(row?.version).toEqual({ server: 2 });
    expect(row?.fields.name?.node).toBe('server');
    expect((await pulledProducts()).get(product.id)?.name).toBe('Harbour Lager Gold');
    const audits = await office.server.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'catalog.product_saved'), eq(auditLog.subject, product.id)));
    expect(audits).toHaveLength(2);
  });

  test('a back-office edit wins over an earlier till edit and a till’s later edit of another field merges with it', async () => {
    const product = await created(lager());
    const tillEdit = await push(office.server, till, [envelope(2, 'product.update', { productId: product.id, patch: { brand: 'Till Brand' } }, DEMO.staff.find((s) => s.role === 'manager')!.id)]);
    expect(tillEdit.body.results).toEqual([expect.objectContaining({ status: 'applied' })]);
    const input = lager({ sku: product.sku, name: product.name, brand: 'Office Brand' });
    input.packs = product.packs.map((p) => ({ ...p, depositItemId: null }));
    expect((await office.call('PUT', `${PRODUCTS}/${product.id}`, input, owner)).status).toBe(200);
    const later = await push(office.server, till, [envelope(3, 'product.update', { productId: product.id, patch: { volumeMl: 500 } }, DEMO.staff.find((s) => s.role === 'manager')!.id)]);
    expect(later.body.results).toEqual([expect.objectContaining({ status: 'applied' })]);
    expect((await pulledProducts()).get(product.id)).toMatchObject({ brand: 'Office Brand', volumeMl: 500 });
  });

  test('the list searches name, brand, SKU and whole barcodes, pages, and filters by status', async () => {
    const a = await created(lager({ name: 'Zephyr Pilsner', brand: 'Quayside' }));
    await created(lager({ name: 'Zephyr Stout', brand: 'Quayside' }));
    const search = async (query: string) => (await office.call('GET', `${PRODUCTS}?${query}`, undefined, owner)).body as { products: ProductRecord[]; total: number; limit: number; offset: number };
    expect((await search('q=zephyr')).products.map((p) => p.name)).toEqual(['Zephyr Pilsner', 'Zephyr Stout']);
    expect((await search('q=quaysi')).total).toBe(2);
    expect((await search(`q=${a.sku}`)).products.map((p) => p.id)).toEqual([a.id]);
    expect((await search(`q=${a.packs[2]!.barcodes[0]!}`)).products.map((p) => p.id)).toEqual([a.id]);
    expect((await search('q=zephyr&limit=1&offset=1')).products.map((p) => p.name)).toEqual(['Zephyr Stout']);
    expect((await search('q=zephyr&limit=1')).total).toBe(2);
    expect((await search('q=100%25')).products).toEqual([]);
    const all = await search('limit=200');
    expect(all.total).toBeGreaterThan(200);
    expect(all.products).toHaveLength(200);
    expect((await office.call('GET', `${PRODUCTS}?limit=0`, undefined, owner)).body.error).toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  test('deactivating takes a product off the tills and out of the active list; it is not deleted', async () => {
    const product = await created(lager({ name: 'Yonder Ale' }));
    const res = await office.call('POST', `${PRODUCTS}/${product.id}/deactivate`, undefined, owner);
    expect(res.status).toBe(200);
    expect(res.body.product).toMatchObject({ id: product.id, active: false });
    expect((await pulledProducts()).get(product.id)?.active).toBe(false);
    const active = (await office.call('GET', `${PRODUCTS}?q=yonder&status=active`, undefined, owner)).body;
    const inactive = (await office.call('GET', `${PRODUCTS}?q=yonder&status=inactive`, undefined, owner)).body;
    expect([active.total, inactive.total]).toEqual([0, 1]);
  });

  test('a barcode another product has is refused with the field and who has it; nothing is written', async () => {
    const first = await created(lager());
    const copy = lager();
    copy.packs[1]!.barcodes = ['7700000000001', first.packs[0]!.barcodes[1]!];
    const res = await create(copy);
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'DUPLICATE_BARCODE', field: 'packs.1.barcodes.1', message: `Barcode ${first.packs[0]!.barcodes[1]!} is already on ${first.name} (Bottle).` });
    expect(await office.server.database.db.select().from(products).where(eq(products.sku, copy.sku))).toEqual([]);
    const inOneProduct = lager();
    inOneProduct.packs[2]!.barcodes = [inOneProduct.packs[0]!.barcodes[0]!];
    expect((await create(inOneProduct)).body.error).toMatchObject({ code: 'VALIDATION_FAILED', issues: [expect.objectContaining({ path: ['packs', 2, 'barcodes', 0] })] });
    expect((await create(lager({ sku: first.sku }))).body.error).toMatchObject({ code: 'DUPLICATE_SKU', field: 'sku' });
  });

  test('bad input gets a code and a sentence per field', async () => {
    expect((await create(lager({ categoryId: uuidv7() }))).body.error).toMatchObject({ code: 'UNKNOWN_CATEGORY', field: 'categoryId' });
    expect((await create(lager({ taxCategoryId: uuidv7() }))).status).toBe(422);
    const badPrice = lager();
    badPrice.packs[0]!.price = -1;
    expect((await create(badPrice)).body.error).toMatchObject({ code: 'VALIDATION_FAILED', message: 'The request body is invalid (packs.0.price: a price cannot be negative).' });
    expect((await create(lager({ packs: [] }))).body.error).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect((await office.call('POST', PRODUCTS, '{"sku":', owner)).body.error).toMatchObject({ code: 'MALFORMED_JSON' });
  });

  test('a channel manager, a stranger and nobody may not edit the organisation’s catalog', async () => {
    const manager = await office.login(STORE_MANAGER.email, STORE_MANAGER.password);
    expect((await create(lager(), manager)).body.error).toMatchObject({ code: 'FORBIDDEN' });
    expect((await office.call('GET', PRODUCTS, undefined, manager)).status).toBe(403);
    const stranger = await office.signUp('stranger@shop.example');
    expect((await create(lager(), stranger.token)).status).toBe(404);
    expect((await office.call('GET', PRODUCTS)).status).toBe(401);
  });

  test('another organisation’s products, categories and ids answer as if they did not exist', async () => {
    const other = await createOtherTenant(office.server.database.db, `OTHER-${kind}`);
    const categoryId = uuidv7();
    await office.server.database.db.insert(categories).values({ id: categoryId, tenantId: other.tenantId, name: 'Theirs', sort: 1, color: '#123456' });
    const theirs = { ...lager(), id: uuidv7(), tenantId: other.tenantId, categoryId, taxRateBp: 0, packs: [{ id: uuidv7(), name: 'Bottle', units: 1, price: 100, barcodes: ['9900000000001'] }] };
    await office.server.database.db.insert(products).values(theirs);
    for (const [method, path] of [
      ['GET', `${PRODUCTS}/${theirs.id}`],
      ['PUT', `${PRODUCTS}/${theirs.id}`],
      ['POST', `${PRODUCTS}/${theirs.id}/deactivate`],
      ['GET', `/api/v1/organisations/${other.tenantId}/products`],
      ['GET', `${PRODUCTS}/not-a-uuid`],
    ] as const) {
      expect((await office.call(method, path, method === 'PUT' ? lager() : undefined, owner)).status, `${method} ${path}`).toBe(404);
    }
    expect((await create(lager({ categoryId }))).body.error).toMatchObject({ code: 'UNKNOWN_CATEGORY' });
    // Their barcode is theirs: ours may use the same one.
    const mine = lager();
    mine.packs[0]!.barcodes = ['9900000000001'];
    expect((await create(mine)).status).toBe(201);
    expect((await office.call('GET', `${PRODUCTS}?q=9900000000001`, undefined, owner)).body.total).toBe(1);
  });
});
