import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { MAX_QUICK_KEYS, sellingSettingsRecordSchema, uuidv7, type QuickKey } from '@tillsafe/sync';
import { auditLog } from '../db/identity-schema';
import { products } from '../db/schema';
import { sellingSettings } from '../db/selling-schema';
import { startBackOffice, type BackOffice } from '../onboarding/back-office-test-client';
import { DEMO } from '../seed/demo-organisation';
import { saveSellingRules } from '../sync/selling-rules';
import { createOtherTenant } from '../testing/other-tenant';
import { DRIVERS, enrollTill, pullAllChanges } from '../testing/test-server';

const OWNER = DEMO.users.find((u) => u.role === 'owner')!;
const STORE_MANAGER = DEMO.users.find((u) => u.role === 'manager')!;
const ORG = DEMO.tenant.id;
const STORE = DEMO.store.channel.id;
const BAR = DEMO.bar.channel.id;
const keysOf = (channelId: string) => `/api/v1/organisations/${ORG}/channels/${channelId}/quick-keys`;

interface PickedProduct {
  id: string;
  name: string;
  packs: { id: string; name: string; price: number }[];
}

describe.each(DRIVERS)('a channel’s quick keys through the back office on %s', (kind) => {
  let office: BackOffice;
  let owner: string;
  let picked: PickedProduct[];
  beforeAll(async () => {
    office = await startBackOffice(kind);
    owner = await office.login(OWNER.email, OWNER.password);
    const found = await office.call('GET', `${keysOf(STORE)}/products?q=a`, undefined, owner);
    expect(found.status).toBe(200);
    picked = (found.body.products as PickedProduct[]).filter((p) => p.packs.length > 0).slice(0, 3);
    expect(picked).toHaveLength(3);
  });
  afterAll(() => office.close());

  const save = (channelId: string, quickKeys: unknown, token = owner) => office.call('PUT', keysOf(channelId), { quickKeys }, token);
  const storedRow = async (channelId: string) => (await office.server.database.db.select().from(sellingSettings).where(eq(sellingSettings.channelId, channelId)))[0];

  test('a save replaces the keys only: the channel’s rounding, minimum age and loyalty stay as they were', async () => {
    const loyalty = { earn: { points: 1, perMinorUnits: 100 }, pointValue: { points: 1, value: 1 }, tiers: [], offlineRedemptionLimit: 5000 };
    await saveSellingRules(office.server.database.db, ORG, {
      settings: [{ id: STORE, pricing: { rounding: 'half-up', taxRounding: 'invoice' }, cashRounding: null, minimumAge: 25, loyalty, quickKeys: [] }],
    });
    const keys: QuickKey[] = [
      { productId: picked[0]!.id, packId: null, label: 'House red', colour: 'red' },
      { productId: picked[1]!.id, packId: picked[1]!.packs.at(-1)!.id },
      { productId: picked[2]!.id, packId: null, colour: 'teal' },
    ];
    const res = await save(STORE, keys);
    expect(res.status).toBe(200);
    expect(res.body.quickKeys).toEqual(keys);
    expect((res.body.products as { id: string }[]).map((p) => p.id).sort()).toEqual(picked.map((p) => p.id).sort());
    expect(await storedRow(STORE)).toMatchObject({ quickKeys: keys, minimumAge: 25, loyalty, pricing: { rounding: 'half-up', taxRounding: 'invoice' } });
    expect((await office.call('GET', keysOf(STORE), undefined, owner)).body).toMatchObject({ channel: { id: STORE, currency: 'USD', locale: 'en-US' }, quickKeys: keys });
    const [entry] = await office.server.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'catalog.quick_keys_saved'), eq(auditLog.subject, STORE)));
    expect(entry).toMatchObject({ tenantId: ORG, actorUserId: OWNER.id, before: [], after: keys });
  });

  test('the store’s tills pull the new pad in its selling settings, in the order saved', async () => {
    const reordered: QuickKey[] = [
      { productId: picked[2]!.id, packId: null },
      { productId: picked[0]!.id, packId: null, label: 'House red' },
    ];
    expect((await save(STORE, reordered)).status).toBe(200);
    const till = await enrollTill(office.server);
    const found = (await pullAllChanges(office.server, till)).filter((c) => c.entity === 'sellingSettings' && c.id === STORE).at(-1);
    expect(sellingSettingsRecordSchema.parse(found?.data)).toMatchObject({ id: STORE, minimumAge: 25, quickKeys: reordered });
  });

  test('a channel without settings gets the defaults beside its keys', async () => {
    expect(await storedRow(BAR)).toBeUndefined();
    expect((await save(BAR, [{ productId: picked[0]!.id, packId: null }])).status).toBe(200);
    expect(await storedRow(BAR)).toMatchObject({ minimumAge: 21, cashRounding: null, loyalty: null, quickKeys: [{ productId: picked[0]!.id, packId: null }] });
  });

  test('an unknown product or pack, too many keys, duplicates and bad colours are refused with a code and a sentence, and nothing changes', async () => {
    const before = (await storedRow(STORE))!.quickKeys;
    const unknownProduct = await save(STORE, [{ productId: picked[0]!.id, packId: null }, { productId: uuidv7(), packId: null }]);
    expect(unknownProduct.status).toBe(422);
    expect(unknownProduct.body.error).toMatchObject({ code: 'UNKNOWN_PRODUCT', message: 'Quick key 2 names a product this organisation does not have. Pick it again from the catalog.', index: 1 });
    const unknownPack = await save(STORE, [{ productId: picked[0]!.id, packId: uuidv7() }]);
    expect(unknownPack.body.error).toMatchObject({ code: 'UNKNOWN_PACK', index: 0 });
    expect(unknownPack.status).toBe(422);
    const tooMany = Array.from({ length: MAX_QUICK_KEYS + 1 }, () => ({ productId: uuidv7(), packId: null }));
    expect((await save(STORE, tooMany)).body.error).toMatchObject({ code: 'VALIDATION_FAILED' });
    const twice = { productId: picked[0]!.id, packId: null };
    expect((await save(STORE, [twice, twice])).body.error).toMatchObject({ code: 'VALIDATION_FAILED', message: 'The request body is invalid (quickKeys: a product and pack appear at most once among the quick keys).' });
    expect((await save(STORE, [{ ...twice, colour: 'chartreuse' }])).status).toBe(400);
    expect((await office.call('PUT', keysOf(STORE), '{"quickKeys":', owner)).body.error).toMatchObject({ code: 'MALFORMED_JSON' });
    expect((await storedRow(STORE))!.quickKeys).toEqual(before);
  });

  test('an inactive product may keep its key (the till shows it disabled) but is not offered to pick', async () => {
    const [inactive] = await office.server.database.db.select().from(products).where(and(eq(products.tenantId, ORG), eq(products.active, false))).limit(1);
    const target = inactive ?? picked[1]!;
    if (!inactive) await office.server.database.db.update(products).set({ active: false }).where(eq(products.id, target.id));
    expect((await save(STORE, [{ productId: target.id, packId: null }])).status).toBe(200);
    const loaded = await office.call('GET', keysOf(STORE), undefined, owner);
    expect(loaded.body.products).toEqual([expect.objectContaining({ id: target.id, active: false })]);
    const search = await office.call('GET', `${keysOf(STORE)}/products?q=${encodeURIComponent(target.name)}`, undefined, owner);
    expect((search.body.products as { id: string }[]).map((p) => p.id)).not.toContain(target.id);
  });

  test('the store’s manager arranges the store’s keys but not the bar’s; strangers and nobody see nothing', async () => {
    const manager = await office.login(STORE_MANAGER.email, STORE_MANAGER.password);
    expect((await save(STORE, [{ productId: picked[0]!.id, packId: null }], manager)).status).toBe(200);
    expect((await office.call('GET', `${keysOf(STORE)}/products`, undefined, manager)).status).toBe(200);
    const refused = await save(BAR, [], manager);
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatchObject({ code: 'FORBIDDEN', message: 'Your role here does not allow catalog.edit in this channel. Ask an owner or manager.' });
    expect((await office.call('GET', keysOf(BAR), undefined, manager)).status).toBe(403);
    const stranger = await office.signUp('quick-keys-stranger@shop.example');
    expect((await save(STORE, [], stranger.token)).status).toBe(404);
    expect((await office.call('GET', keysOf(STORE))).status).toBe(401);
  });

  test('another organisation’s channel answers as if it did not exist', async () => {
    const other = await createOtherTenant(office.server.database.db, `QK-${kind}`);
    expect((await office.call('GET', keysOf(other.channelId), undefined, owner)).status).toBe(404);
    expect((await save(other.channelId, [], owner)).status).toBe(404);
    expect((await office.call('GET', keysOf('not-a-uuid'), undefined, owner)).status).toBe(404);
  });
});
