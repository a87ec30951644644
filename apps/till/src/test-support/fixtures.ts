import 'fake-indexeddb/auto';
import { uuidv7, type ChannelRecord, type ProductRecord, type StaffRecord } from '@tillsafe/sync';
import { setMeta, type Enrolment } from '../db/meta';
import { toProductRow } from '../db/rows';
import { TillDb } from '../db/till-db';

export const channel: ChannelRecord = { id: '0190a0e0-0000-7000-8000-00000000c001', name: 'Corner Cellar', kind: 'store', currency: 'USD', locale: 'en-US', code: 'CC' };

export const enrolment: Enrolment = {
  deviceId: '0190a0e0-0000-7000-8000-00000000e001',
  deviceToken: 'device-token-0123456789abcdef0123456789abcdef',
  tenantId: '0190a0e0-0000-7000-8000-00000000a001',
  channelId: channel.id,
  warehouseId: '0190a0e0-0000-7000-8000-00000000d001',
  tillNumber: 3,
  name: 'Till 1',
};

export const cashier: StaffRecord = {
  id: '0190a0e0-0000-7000-8000-00000000f001',
  name: 'Casey Morgan',
  role: 'cashier',
  pinSalt: '00112233445566778899aabbccddeeff',
  pinHash: '0'.repeat(64),
};

export const lager: ProductRecord = {
  id: '0190a0e0-0000-7000-8000-000000000b01',
  sku: 'B-1',
  name: 'Harbour Lager 330ml',
  brand: 'Harbour',
  categoryId: '0190a0e0-0000-7000-8000-0000000000c1',
  volumeMl: 330,
  ageRestricted: true,
  taxRateBp: 1000,
  active: true,
  packs: [
    { id: '0190a0e0-0000-7000-8000-0000000000a1', name: 'Bottle', units: 1, price: 250, barcodes: ['4006381333931'] },
    { id: '0190a0e0-0000-7000-8000-0000000000a6', name: '6-pack', units: 6, price: 1299, barcodes: ['4006381333948'] },
  ],
};

/** A fresh, uniquely named database on fake-indexeddb. */
export function freshDb(): TillDb {
  return new TillDb(`tillsafe-test-${uuidv7()}`);
}

/** A paired till with a signed-in cashier and a one-product catalog. */
export async function pairedDb(): Promise<TillDb> {
  const db = freshDb();
  await db.channels.put(channel);
  await db.products.put(toProductRow(lager));
  await db.staff.put(cashier);
  await setMeta(db, 'enrolment', enrolment);
  await setMeta(db, 'session', { staffId: cashier.id, signedInAt: '2026-11-20T09:00:00.000Z' });
  return db;
}

export function saleArgs(overrides: Record<string, unknown> = {}) {
  return {
    saleId: uuidv7(),
    receiptNo: 'E001-000001',
    channelId: channel.id,
    warehouseId: enrolment.warehouseId,
    lines: [{ lineId: uuidv7(), productId: lager.id, packId: lager.packs[1]!.id, qty: 2 }],
    tenders: [{ kind: 'cash', amount: 3000 }],
    clientTotal: 2598,
    soldAt: '2026-11-20T10:00:00.000Z',
    ...overrides,
  };
}
