import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { challengeAgeOf, pullResponseV2Schema, sellingSettingsRecordSchema } from '@tillsafe/sync';
import { auditLog } from '../db/identity-schema';
import { sellingSettings } from '../db/selling-schema';
import { startBackOffice, type BackOffice } from '../onboarding/back-office-test-client';
import { DEMO } from '../seed/demo-organisation';
import { saveSellingRules } from '../sync/selling-rules';
import { createOtherTenant } from '../testing/other-tenant';
import { DRIVERS, enrollTill } from '../testing/test-server';

const OWNER = DEMO.users.find((u) => u.role === 'owner')!;
const STORE_MANAGER = DEMO.users.find((u) => u.role === 'manager')!;
const ORG = DEMO.tenant.id;
const STORE = DEMO.store.channel.id;
const BAR = DEMO.bar.channel.id;
const settingsOf = (channelId: string) => `/api/v1/organisations/${ORG}/channels/${channelId}/checkout-settings`;

describe.each(DRIVERS)('a channel’s checkout settings through the back office on %s', (kind) => {
  let office: BackOffice;
  let owner: string;
  beforeAll(async () => {
    office = await startBackOffice(kind);
    owner = await office.login(OWNER.email, OWNER.password);
  });
  afterAll(() => office.close());

  const save = (channelId: string, body: unknown, token = owner) => office.call('PUT', settingsOf(channelId), body, token);
  const storedRow = async (channelId: string) => (await office.server.database.db.select().from(sellingSettings).where(eq(sellingSettings.channelId, channelId)))[0];

  test('a channel without settings answers the defaults: the common providers and Challenge 25', async () => {
    const res = await office.call('GET', settingsOf(BAR), undefined, owner);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ channel: { id: BAR, name: DEMO.bar.channel.name }, minimumAge: 21, mobileMoneyProviders: ['M-Pesa', 'MTN MoMo', 'Airtel Money'], visualCheck: true, challengeAge: null });
  });

  test('a save changes the checkout settings only, is audited, and the store’s tills pull it', async () => {
    const loyalty = { earn: { points: 1, perMinorUnits: 100 }, pointValue: { points: 1, value: 1 }, tiers: [], offlineRedemptionLimit: 5000 };
    const quickKeys = [{ productId: '0190a0e0-0000-7000-8000-000000000b01', packId: null }];
    await saveSellingRules(office.server.database.db, ORG, { settings: [{ id: STORE, pricing: { rounding: 'half-up', taxRounding: 'line' }, cashRounding: null, minimumAge: 18, loyalty, quickKeys }] });
    const settings = { mobileMoneyProviders: [' Orange Money ', 'Wave'], visualCheck: true, challengeAge: 30 };
    const res = await save(STORE, settings);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ minimumAge: 18, mobileMoneyProviders: ['Orange Money', 'Wave'], visualCheck: true, challengeAge: 30 });
    expect(await storedRow(STORE)).toMatchObject({ minimumAge: 18, loyalty, quickKeys, pricing: { rounding: 'half-up' }, mobileMoneyProviders: ['Orange Money', 'Wave'], challengeAge: 30 });
    const [entry] = await office.server.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'selling.checkout_settings_saved'), eq(auditLog.subject, STORE)));
    expect(entry).toMatchObject({ actorUserId: OWNER.id, before: { mobileMoneyProviders: ['M-Pesa', 'MTN MoMo', 'Airtel Money'], visualCheck: true, challengeAge: null }, after: { challengeAge: 30 } });

    const till = await enrollTill(office.server);
    let pulled: unknown;
    for (let cursor = ''; ; ) {
      const page = pullResponseV2Schema.parse(await (await office.server.app.request(`/api/v1/sync/pull?limit=5000&protocolVersion=2${cursor ? `&cursor=${cursor}` : ''}`, { headers: { authorization: `Bearer ${till.deviceToken}` } })).json());
      pulled = page.changes.find((c) => c.entity === 'sellingSettings' && c.id === STORE)?.data ?? pulled;
      cursor = page.cursor;
      if (!page.hasMore) break;
    }
    const record = sellingSettingsRecordSchema.parse(pulled);
    expect(record).toMatchObject({ mobileMoneyProviders: ['Orange Money', 'Wave'], visualCheck: true, challengeAge: 30, quickKeys });
    expect(challengeAgeOf(record)).toBe(30);
  });

  test('rules saved later keep the checkout settings they do not name', async () => {
    await saveSellingRules(office.server.database.db, ORG, { settings: [{ id: BAR, pricing: { rounding: 'half-even', taxRounding: 'line' }, cashRounding: null, minimumAge: 21, loyalty: null, visualCheck: false, mobileMoneyProviders: [], challengeAge: null }] });
    expect(await storedRow(BAR)).toMatchObject({ visualCheck: false, mobileMoneyProviders: [], challengeAge: null });
  });

  test('a challenge age under the minimum age, or bad input, is refused with a code and a sentence, and nothing changes', async () => {
    const before = await storedRow(STORE);
    const low = await save(STORE, { mobileMoneyProviders: [], visualCheck: true, challengeAge: 17 });
    expect(low.status).toBe(422);
    expect(low.body.error).toMatchObject({ code: 'CHALLENGE_AGE_BELOW_MINIMUM', message: "The challenge age cannot be under this store's minimum age of 18: a visual check would serve people the store may not.", minimumAge: 18 });
    const twice = await save(STORE, { mobileMoneyProviders: ['Wave', 'wave'], visualCheck: true, challengeAge: null });
    expect(twice.body.error).toMatchObject({ code: 'VALIDATION_FAILED', message: 'The request body is invalid (mobileMoneyProviders: a provider appears at most once).' });
    expect((await save(STORE, { mobileMoneyProviders: [], challengeAge: null })).body.error).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect((await office.call('PUT', settingsOf(STORE), '{', owner)).body.error).toMatchObject({ code: 'MALFORMED_JSON' });
    expect(await storedRow(STORE)).toEqual(before);
  });

  test('the store’s manager sets the store’s, not the bar’s; another organisation’s channel does not exist', async () => {
    const manager = await office.login(STORE_MANAGER.email, STORE_MANAGER.password);
    expect((await save(STORE, { mobileMoneyProviders: ['Wave'], visualCheck: false, challengeAge: null }, manager)).status).toBe(200);
    const refused = await save(BAR, { mobileMoneyProviders: [], visualCheck: true, challengeAge: null }, manager);
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatchObject({ code: 'FORBIDDEN', message: 'Your role here does not allow pricing.edit in this channel. Ask an owner or manager.' });
    const other = await createOtherTenant(office.server.database.db, `CS-${kind}`);
    expect((await office.call('GET', `/api/v1/organisations/${ORG}/channels/${other.channelId}/checkout-settings`, undefined, owner)).status).toBe(404);
    expect((await office.call('GET', settingsOf(STORE))).status).toBe(401);
  });
});
