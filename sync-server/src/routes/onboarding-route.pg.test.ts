import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import { pullResponseSchema, uuidv7, type EnrollResponse } from '@tillsafe/sync';
import { hashPassword } from '../auth/password';
import { auditLog, businessProfiles, memberships, users } from '../db/identity-schema';
import { channelSettings, onboardingProgress, productTypes, receiptDetails, taxRates } from '../db/onboarding-schema';
import { categories, changeIndex, channels, sales, tenants, warehouses } from '../db/schema';
import { PASSWORD, startBackOffice, type BackOffice } from '../onboarding/back-office-test-client';
import { LIQUOR_STORE_DEFAULTS } from '../onboarding/liquor-store-defaults';
import { DEMO } from '../seed/demo-organisation';
import { DRIVERS } from '../testing/test-server';

const CHANNEL = { name: 'Harbour Street Bottle Shop', kind: 'store', currency: 'EUR', locale: 'en-IE', timezone: 'Europe/Dublin' };
const TAX = { taxRates: [{ name: 'Standard', rateBp: 2300, inclusive: true }, { name: 'Zero', rateBp: 0, inclusive: true }] };
const RECEIPT = { legalName: 'Harbour Street Wines Ltd', addressLines: ['12 Harbour Street', 'Dublin 2'], taxNumber: 'IE1234567T', footer: 'Please drink responsibly.' };

interface Step {
  step: string;
  done: boolean;
  [k: string]: unknown;
}

describe.each(DRIVERS)('the onboarding wizard on %s', (kind) => {
  let office: BackOffice;
  beforeAll(async () => {
    office = await startBackOffice(kind);
  });
  afterAll(() => office.close());

  const db = () => office.server.database.db;
  const url = (orgId: string, step = '') => `/api/v1/organisations/${orgId}/onboarding${step ? `/${step}` : ''}`;
  const view = async (orgId: string, token: string) => {
    const res = await office.call('GET', url(orgId), undefined, token);
    expect(res.status).toBe(200);
    return res.body as { steps: Step[]; nextStep: string | null; complete: boolean; organisation: { approval: string } };
  };
  const stepOf = (steps: Step[], name: string) => steps.find((s) => s.step === name)!;

  async function walk(orgId: string, token: string) {
    expect((await office.call('PUT', url(orgId, 'channel'), CHANNEL, token)).status).toBe(201);
    expect((await office.call('PUT', url(orgId, 'warehouse'), { name: 'Back room' }, token)).status).toBe(201);
    expect((await office.call('PUT', url(orgId, 'catalog'), LIQUOR_STORE_DEFAULTS, token)).status).toBe(201);
    expect((await office.call('PUT', url(orgId, 'tax-rates'), TAX, token)).status).toBe(201);
    expect((await office.call('PUT', url(orgId, 'receipt'), RECEIPT, token)).status).toBe(201);
  }

  test('a new business goes through every step in order; each is audited and the wizard shows what exists', async () => {
    const { token, orgId } = await office.signUp('walk@shop.example');
    const fresh = await view(orgId, token);
    expect(fresh).toMatchObject({ nextStep: 'channel', complete: false, organisation: { approval: 'pending' } });
    expect(fresh.steps.map((s) => [s.step, s.done])).toEqual([
      ['channel', false],
      ['warehouse', false],
      ['catalog', false],
      ['tax_rates', false],
      ['receipt', false],
    ]);
    const defaults = await office.call('GET', url(orgId, 'catalog/defaults'), undefined, token);
    expect(defaults.body.categories).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'Wine', color: expect.stringMatching(/^#[0-9a-f]{6}$/) })]));

    const channel = await office.call('PUT', url(orgId, 'channel'), CHANNEL, token);
    expect(channel).toMatchObject({ status: 201, body: { step: 'channel', id: expect.any(String), ...CHANNEL } });
    expect((await view(orgId, token)).nextStep).toBe('warehouse');
    const warehouse = await office.call('PUT', url(orgId, 'warehouse'), { name: 'Back room' }, token);
    expect(warehouse).toMatchObject({ status: 201, body: { channelId: channel.body.id, name: 'Back room' } });
    expect((await office.call('PUT', url(orgId, 'catalog'), LIQUOR_STORE_DEFAULTS, token)).status).toBe(201);
    expect((await office.call('PUT', url(orgId, 'tax-rates'), TAX, token)).body).toMatchObject({ taxRates: [{ name: 'Standard', rateBp: 2300, inclusive: true }, { name: 'Zero' }] });
    expect((await office.call('PUT', url(orgId, 'receipt'), RECEIPT, token)).body).toMatchObject({ channelId: channel.body.id, ...RECEIPT });

    const done = await view(orgId, token);
    expect(done).toMatchObject({ nextStep: null, complete: true });
    expect(stepOf(done.steps, 'channel').channel).toEqual({ id: channel.body.id, ...CHANNEL });
    expect(stepOf(done.steps, 'warehouse').warehouse).toEqual({ id: warehouse.body.id, channelId: channel.body.id, name: 'Back room' });
    const catalog = stepOf(done.steps, 'catalog') as Step & { categories: { name: string; productTypeId: string }[]; productTypes: { id: string; name: string; ageRestricted: boolean }[] };
    expect(catalog.categories.map((c) => c.name)).toEqual(LIQUOR_STORE_DEFAULTS.categories.map((c) => c.name));
    const alcohol = catalog.productTypes.find((t) => t.name === 'Alcoholic drinks')!;
    expect(alcohol.ageRestricted).toBe(true);
    expect(catalog.categories.find((c) => c.name === 'Spirits')!.productTypeId).toBe(alcohol.id);
    expect(stepOf(done.steps, 'receipt').receipt).toEqual(RECEIPT);

    const trail = await db().select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.tenantId, orgId));
    expect(trail.map((a) => a.action)).toEqual(
      expect.arrayContaining(['onboarding.channel_saved', 'onboarding.warehouse_saved', 'onboarding.catalog_saved', 'onboarding.tax_rates_saved', 'onboarding.receipt_saved']),
    );
  });

  test('a step before its turn is refused with 409 naming the missing step, and stores nothing', async () => {
    const { token, orgId } = await office.signUp('order@shop.example');
    const early = await office.call('PUT', url(orgId, 'warehouse'), { name: 'Back room' }, token);
    expect(early).toMatchObject({ status: 409, body: { error: { code: 'ONBOARDING_STEP_OUT_OF_ORDER', step: 'warehouse', missingStep: 'channel', message: expect.stringContaining('channel') } } });
    await office.call('PUT', url(orgId, 'channel'), CHANNEL, token);
    expect((await office.call('PUT', url(orgId, 'receipt'), RECEIPT, token)).body.error).toMatchObject({ code: 'ONBOARDING_STEP_OUT_OF_ORDER', missingStep: 'warehouse' });
    expect((await office.call('PUT', url(orgId, 'tax-rates'), TAX, token)).body.error).toMatchObject({ missingStep: 'warehouse' });
    await office.call('PUT', url(orgId, 'warehouse'), { name: 'Back room' }, token);
    expect((await office.call('PUT', url(orgId, 'tax-rates'), TAX, token)).body.error).toMatchObject({ missingStep: 'catalog' });
    expect(await db().select().from(taxRates).where(eq(taxRates.tenantId, orgId))).toEqual([]);
    expect(await db().select().from(receiptDetails).where(eq(receiptDetails.tenantId, orgId))).toEqual([]);
    expect((await db().select().from(warehouses).where(eq(warehouses.tenantId, orgId))).length).toBe(1);
    expect((await view(orgId, token)).nextStep).toBe('catalog');
  });

  test('a step saved again edits what it made: one channel, one warehouse, categories and rates matched by name', async () => {
    const { token, orgId } = await office.signUp('resume@shop.example');
    await walk(orgId, token);
    const renamed = await office.call('PUT', url(orgId, 'channel'), { ...CHANNEL, name: 'Harbour Street Wines', timezone: 'Europe/London' }, token);
    expect(renamed).toMatchObject({ status: 200, body: { name: 'Harbour Street Wines', timezone: 'Europe/London' } });
    expect((await office.call('PUT', url(orgId, 'warehouse'), { name: 'Cellar' }, token)).status).toBe(200);
    const more = {
      productTypes: [{ name: 'alcoholic DRINKS', ageRestricted: true }, { name: 'Gifts', ageRestricted: false }],
      categories: [
        { name: 'wine', color: '#112233', productType: 'Alcoholic drinks' },
        { name: 'Gift boxes', color: '#445566', productType: 'Gifts' },
      ],
    };
    expect((await office.call('PUT', url(orgId, 'catalog'), more, token)).status).toBe(200);
    expect((await office.call('PUT', url(orgId, 'tax-rates'), { taxRates: [{ name: 'standard', rateBp: 2100, inclusive: false }] }, token)).status).toBe(200);

    const channelRows = await db().select().from(channels).where(eq(channels.tenantId, orgId));
    expect(channelRows).toEqual([expect.objectContaining({ name: 'Harbour Street Wines', currency: 'EUR' })]);
    expect(await db().select({ timezone: channelSettings.timezone }).from(channelSettings).where(eq(channelSettings.tenantId, orgId))).toEqual([{ timezone: 'Europe/London' }]);
    expect(await db().select({ name: warehouses.name }).from(warehouses).where(eq(warehouses.tenantId, orgId))).toEqual([{ name: 'Cellar' }]);
    const cats = await db().select().from(categories).where(eq(categories.tenantId, orgId));
    expect(cats.length).toBe(LIQUOR_STORE_DEFAULTS.categories.length + 1);
    expect(cats.filter((c) => c.name.toLowerCase() === 'wine')).toEqual([expect.objectContaining({ name: 'wine', color: '#112233' })]);
    expect((await db().select().from(productTypes).where(eq(productTypes.tenantId, orgId))).length).toBe(LIQUOR_STORE_DEFAULTS.productTypes.length + 1);
    const rates = await db().select().from(taxRates).where(eq(taxRates.tenantId, orgId));
    expect(rates.map((r) => [r.name, r.rateBp, r.inclusive]).sort()).toEqual([
      ['Zero', 0, true],
      ['standard', 2100, false],
    ]);
  });

  test('the channel, its warehouse and the categories reach a till through the change log once the business is approved', async () => {
    const { token, orgId } = await office.signUp('tills@shop.example');
    await walk(orgId, token);
    const made = await view(orgId, token);
    const channelId = (stepOf(made.steps, 'channel').channel as { id: string }).id;
    const warehouseId = (stepOf(made.steps, 'warehouse').warehouse as { id: string }).id;
    const logged = await db().select().from(changeIndex).where(eq(changeIndex.tenantId, orgId));
    expect(logged.filter((c) => c.entity === 'category').length).toBe(LIQUOR_STORE_DEFAULTS.categories.length);

    await db().update(businessProfiles).set({ approval: 'approved' }).where(eq(businessProfiles.tenantId, orgId));
    const code = await office.call('POST', `/api/v1/organisations/${orgId}/pairing-codes`, { channelId, warehouseId }, token);
    expect(code.status).toBe(201);
    const till = (await office.call('POST', '/api/v1/devices/enroll', { pairingCode: code.body.code, name: 'Front till' })).body as unknown as EnrollResponse;
    const pulled = await office.server.app.request('/api/v1/sync/pull?limit=1000', { headers: { authorization: `Bearer ${till.deviceToken}` } });
    const page = pullResponseSchema.parse(await pulled.json());
    expect(page.changes.filter((c) => c.entity === 'channel').map((c) => c.data)).toEqual([{ id: channelId, name: CHANNEL.name, kind: 'store', currency: 'EUR', locale: 'en-IE', code: 'HSB' }]);
    expect(page.changes.filter((c) => c.entity === 'warehouse').map((c) => c.data)).toEqual([{ id: warehouseId, channelId, name: 'Back room' }]);
    expect(page.changes.filter((c) => c.entity === 'category').map((c) => (c.data as { name: string }).name).sort()).toEqual(LIQUOR_STORE_DEFAULTS.categories.map((c) => c.name).sort());

    // Once the channel has sold, its currency is fixed; other fields still change.
    await db().insert(sales).values({ id: uuidv7(), tenantId: orgId, channelId, warehouseId, deviceId: till.deviceId, actorId: uuidv7(), receiptNo: 'R-1', currency: 'EUR', lines: [], total: 0, taxTotal: 0, tenders: [], change: 0, soldAt: new Date() });
    const locked = await office.call('PUT', url(orgId, 'channel'), { ...CHANNEL, currency: 'GBP' }, token);
    expect(locked).toMatchObject({ status: 409, body: { error: { code: 'CURRENCY_LOCKED', message: expect.stringContaining('EUR') } } });
    expect((await db().select({ currency: channels.currency }).from(channels).where(eq(channels.id, channelId)))[0]!.currency).toBe('EUR');
    expect((await office.call('PUT', url(orgId, 'channel'), { ...CHANNEL, name: 'Renamed' }, token)).status).toBe(200);
  });

  test('bad input gets a 400 naming the field, and stores nothing', async () => {
    const { token, orgId } = await office.signUp('bad@shop.example');
    const cases: [string, unknown, string][] = [
      ['channel', { ...CHANNEL, currency: 'EURO' }, 'currency'],
      ['channel', { ...CHANNEL, currency: 'XYZ' }, 'currency'],
      ['channel', { ...CHANNEL, timezone: 'Mars/Olympus_Mons' }, 'timezone'],
      ['channel', { ...CHANNEL, locale: 'not a locale!' }, 'locale'],
      ['channel', { ...CHANNEL, kind: 'warehouse' }, 'kind'],
      ['channel', { ...CHANNEL, name: '   ' }, 'name'],
    ];
    for (const [step, body, field] of cases) {
      const res = await office.call('PUT', url(orgId, step), body, token);
      expect(res.status, `${step} ${field}`).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringContaining(field) });
    }
    expect((await office.call('PUT', url(orgId, 'channel'), '{"name": ', token)).body.error).toMatchObject({ code: 'MALFORMED_JSON' });
    expect(await db().select().from(channels).where(eq(channels.tenantId, orgId))).toEqual([]);

    await office.call('PUT', url(orgId, 'channel'), CHANNEL, token);
    await office.call('PUT', url(orgId, 'warehouse'), { name: 'Back room' }, token);
    const later: [string, unknown, string][] = [
      ['catalog', { productTypes: [{ name: 'Drinks', ageRestricted: true }], categories: [{ name: 'Wine', color: '#123456', productType: 'Food' }] }, 'categories.0.productType'],
      ['catalog', { productTypes: [{ name: 'Drinks', ageRestricted: true }], categories: [{ name: 'Wine', color: 'red', productType: 'Drinks' }] }, 'categories.0.color'],
      ['catalog', { productTypes: [{ name: 'Drinks', ageRestricted: true }], categories: [] }, 'categories'],
      ['catalog', { productTypes: [{ name: 'Drinks', ageRestricted: true }, { name: 'drinks', ageRestricted: false }], categories: [{ name: 'Wine', color: '#123456', productType: 'Drinks' }] }, 'productTypes'],
    ];
    for (const [step, body, field] of later) {
      const res = await office.call('PUT', url(orgId, step), body, token);
      expect(res.body.error, field).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringContaining(field) });
    }
    expect(await db().select().from(categories).where(eq(categories.tenantId, orgId))).toEqual([]);
    expect(await db().select().from(productTypes).where(eq(productTypes.tenantId, orgId))).toEqual([]);

    await office.call('PUT', url(orgId, 'catalog'), LIQUOR_STORE_DEFAULTS, token);
    for (const [body, field] of [
      [{ taxRates: [{ name: 'Standard', rateBp: 10_001, inclusive: true }] }, 'taxRates.0.rateBp'],
      [{ taxRates: [{ name: 'Standard', rateBp: 20.5, inclusive: true }] }, 'taxRates.0.rateBp'],
      [{ taxRates: [{ name: 'Standard', rateBp: -1, inclusive: true }] }, 'taxRates.0.rateBp'],
      [{ taxRates: [{ name: 'Standard', rateBp: 2000 }] }, 'taxRates.0.inclusive'],
    ] as const) {
      expect((await office.call('PUT', url(orgId, 'tax-rates'), body, token)).body.error, field).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringContaining(field) });
    }
    expect(await db().select().from(taxRates).where(eq(taxRates.tenantId, orgId))).toEqual([]);

    await office.call('PUT', url(orgId, 'tax-rates'), TAX, token);
    expect((await office.call('PUT', url(orgId, 'receipt'), { ...RECEIPT, addressLines: [] }, token)).body.error).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringContaining('addressLines') });
    expect((await office.call('PUT', url(orgId, 'receipt'), { ...RECEIPT, legalName: '' }, token)).body.error).toMatchObject({ message: expect.stringContaining('legalName') });
    expect(await db().select().from(receiptDetails).where(eq(receiptDetails.tenantId, orgId))).toEqual([]);
    expect((await view(orgId, token)).nextStep).toBe('receipt');
  });

  test('cashiers, managers of one channel and signed-out callers are refused', async () => {
    const { token, orgId } = await office.signUp('roles@shop.example');
    const cashierId = uuidv7();
    await db().insert(users).values({ id: cashierId, email: 'cashier@roles.example', name: 'Cass', passwordHash: await hashPassword(PASSWORD) });
    await db().insert(memberships).values({ id: uuidv7(), userId: cashierId, tenantId: orgId, channelId: null, role: 'cashier' });
    const cashier = await office.login('cashier@roles.example', PASSWORD);
    expect((await office.call('GET', url(orgId), undefined, cashier)).body.error).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('catalog.edit') });
    expect((await office.call('PUT', url(orgId, 'channel'), CHANNEL, cashier)).status).toBe(403);
    expect((await office.call('PUT', url(orgId, 'channel'), CHANNEL)).body.error).toMatchObject({ code: 'UNAUTHORIZED' });
    expect(await db().select().from(channels).where(eq(channels.tenantId, orgId))).toEqual([]);

    const storeManager = DEMO.users.find((u) => u.role === 'manager')!;
    const managerToken = await office.login(storeManager.email, storeManager.password);
    expect((await office.call('PUT', url(DEMO.tenant.id, 'channel'), CHANNEL, managerToken)).status).toBe(403);
    expect((await office.call('PUT', url(orgId, 'channel'), CHANNEL, token)).status).toBe(201);
  });

  test('another organisation is not found from here, whatever the step, and nothing of it changes', async () => {
    const mine = await office.signUp('mine@shop.example');
    const theirs = await office.signUp('theirs@shop.example', 'Their Shop');
    await office.call('PUT', url(theirs.orgId, 'channel'), CHANNEL, theirs.token);
    for (const [method, step, body] of [
      ['GET', '', undefined],
      ['PUT', 'channel', { ...CHANNEL, name: 'Hijacked' }],
      ['PUT', 'warehouse', { name: 'Hijacked' }],
      ['PUT', 'catalog', LIQUOR_STORE_DEFAULTS],
    ] as const) {
      const res = await office.call(method, url(theirs.orgId, step), body, mine.token);
      expect(res, `${method} ${step}`).toMatchObject({ status: 404, body: { error: { code: 'NOT_FOUND' } } });
    }
    expect((await office.call('GET', url('not-an-id'), undefined, mine.token)).status).toBe(404);
    expect((await db().select({ name: channels.name }).from(channels).where(eq(channels.tenantId, theirs.orgId)))[0]!.name).toBe(CHANNEL.name);
    expect(await db().select().from(warehouses).where(eq(warehouses.tenantId, theirs.orgId))).toEqual([]);
    expect(await db().select().from(channels).where(eq(channels.tenantId, mine.orgId))).toEqual([]);
  });

  test('the database itself keeps the order: no warehouse without its channel, no channel without its organisation', async () => {
    const [demoTenant] = await db().select().from(tenants).where(eq(tenants.id, DEMO.tenant.id));
    await expect(db().insert(warehouses).values({ id: uuidv7(), tenantId: demoTenant!.id, channelId: uuidv7(), name: 'Orphan' })).rejects.toThrow();
    await expect(db().insert(channels).values({ id: uuidv7(), tenantId: uuidv7(), name: 'Orphan', kind: 'store', currency: 'EUR', locale: 'en-IE' })).rejects.toThrow();
    await expect(db().insert(onboardingProgress).values({ tenantId: DEMO.tenant.id, warehouseId: uuidv7() })).rejects.toThrow();
    expect(await db().select().from(warehouses).where(eq(warehouses.name, 'Orphan'))).toEqual([]);
    expect(await db().select().from(channels).where(and(eq(channels.name, 'Orphan'), inArray(channels.currency, ['EUR'])))).toEqual([]);
  });
});
