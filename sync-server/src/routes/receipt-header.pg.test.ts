import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { eq } from 'drizzle-orm';
import { defaultSellingSettings, sellingSettingsRecordSchema, type EnrollResponse } from '@tillsafe/sync';
import { businessProfiles } from '../db/identity-schema';
import { startBackOffice, type BackOffice } from '../onboarding/back-office-test-client';
import { LIQUOR_STORE_DEFAULTS } from '../onboarding/liquor-store-defaults';
import { DRIVERS, enrollTill, pullAllChanges } from '../testing/test-server';
import { DEMO } from '../seed/demo-organisation';
import { saveSellingRules } from '../sync/selling-rules';

const CHANNEL = { name: 'Quay Street Bottle Shop', kind: 'store', currency: 'EUR', locale: 'en-IE', timezone: 'Europe/Dublin' };
const TAX = { taxRates: [{ name: 'Standard', rateBp: 2300, inclusive: true }] };
const RECEIPT = { legalName: 'Quay Street Wines Ltd', addressLines: ['4 Quay Street', 'Galway', 'Tel 091 555 0101'], taxNumber: 'IE7654321T', footer: 'Please drink responsibly.' };

describe.each(DRIVERS)('the receipt header reaching the tills on %s', (kind) => {
  let office: BackOffice;
  beforeAll(async () => {
    office = await startBackOffice(kind);
  });
  afterAll(() => office.close());

  async function pulledSettings(till: EnrollResponse, channelId: string) {
    const found = (await pullAllChanges(office.server, till)).filter((c) => c.entity === 'sellingSettings' && c.id === channelId).at(-1);
    return found === undefined ? undefined : sellingSettingsRecordSchema.parse(found.data);
  }

  test('the receipt details set up in onboarding travel with the channel’s selling settings; a later edit follows', async () => {
    const { token, orgId } = await office.signUp('receipt-header@shop.example');
    const url = (step: string) => `/api/v1/organisations/${orgId}/onboarding/${step}`;
    const channel = await office.call('PUT', url('channel'), CHANNEL, token);
    const warehouse = await office.call('PUT', url('warehouse'), { name: 'Back room' }, token);
    expect((await office.call('PUT', url('catalog'), LIQUOR_STORE_DEFAULTS, token)).status).toBe(201);
    expect((await office.call('PUT', url('tax-rates'), TAX, token)).status).toBe(201);
    expect((await office.call('PUT', url('receipt'), RECEIPT, token)).status).toBe(201);
    const channelId = channel.body.id as string;
    await office.server.database.db.update(businessProfiles).set({ approval: 'approved' }).where(eq(businessProfiles.tenantId, orgId));
    const code = await office.call('POST', `/api/v1/organisations/${orgId}/pairing-codes`, { channelId, warehouseId: warehouse.body.id }, token);
    const till = (await office.call('POST', '/api/v1/devices/enroll', { pairingCode: code.body.code, name: 'Front till' })).body as unknown as EnrollResponse;

    const settings = await pulledSettings(till, channelId);
    expect(settings).toMatchObject({ id: channelId, minimumAge: 21, quickKeys: [], receipt: RECEIPT });

    const edited = { ...RECEIPT, addressLines: ['5 Quay Street', 'Galway'], taxNumber: null };
    expect((await office.call('PUT', url('receipt'), edited, token)).status).toBe(200);
    expect((await pulledSettings(till, channelId))?.receipt).toEqual(edited);
  });

  test('a channel without receipt details says so', async () => {
    await saveSellingRules(office.server.database.db, DEMO.tenant.id, { settings: [defaultSellingSettings(DEMO.store.channel.id)] });
    const till = await enrollTill(office.server);
    expect(await pulledSettings(till, DEMO.store.channel.id)).toMatchObject({ id: DEMO.store.channel.id, receipt: null });
  });
});
