import type { ProductRecord, ChannelRecord } from './records';
import type { MutatorContext } from './mutator';
import { MemoryRecordStore } from './memory-store';
import { createOnce } from './merge';

/** A small catalog and context shared by the engine's tests (not exported from the package). */
export const channel: ChannelRecord = { id: '0190a0e0-0000-7000-8000-00000000c001', name: 'Corner Cellar', kind: 'store', currency: 'USD', locale: 'en-US' };
export const warehouseId = '0190a0e0-0000-7000-8000-00000000d001';
export const beer: ProductRecord = {
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
    { id: '0190a0e0-0000-7000-8000-0000000000a1', name: 'Bottle', units: 1, price: 250, barcodes: [] },
    { id: '0190a0e0-0000-7000-8000-0000000000a6', name: '6-pack', units: 6, price: 1299, barcodes: [] },
  ],
};
export const wine: ProductRecord = {
  ...beer,
  id: '0190a0e0-0000-7000-8000-000000000b02',
  sku: 'W-1',
  name: 'Rioja Crianza 750ml',
  packs: [{ id: '0190a0e0-0000-7000-8000-0000000000b1', name: 'Bottle', units: 1, price: 1299, barcodes: [] }],
};

export function seededStore(): MemoryRecordStore {
  const store = new MemoryRecordStore();
  const seed = { node: 'server', seq: 1, hlc: '' };
  void store.save({
    records: [
      { entity: 'channel', id: channel.id, stored: createOnce(channel, seed) },
      { entity: 'product', id: beer.id, stored: createOnce(beer, seed) },
      { entity: 'product', id: wine.id, stored: createOnce(wine, seed) },
    ],
    ledger: [],
    conflicts: [],
  });
  return store;
}

export function context(overrides: Partial<MutatorContext> = {}): MutatorContext {
  return {
    side: 'server',
    deviceId: '0190a0e0-0000-7000-8000-00000000e001',
    actorId: '0190a0e0-0000-7000-8000-00000000f001',
    actorRole: 'cashier',
    channelId: channel.id,
    warehouseId,
    seq: 1,
    hlc: '000001700000000-00000-0190a0e0-0000-7000-8000-00000000e001',
    base: undefined,
    now: '2026-11-20T10:00:00.000Z',
    ...overrides,
  };
}
