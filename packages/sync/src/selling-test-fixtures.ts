import type { MemoryRecordStore } from './memory-store';
import { createOnce } from './merge';
import type { CustomerRecord, StaffRecord } from './records';
import type { DepositItemRecord, PriceListRecord, SellingSettingsRecord, TaxCategoryRecord } from './selling-records';
import { beer, channel, seededStore, warehouseId, wine } from './test-fixtures';
import type { SaleCompleteV2Args } from './sale-complete-v2';

/** Selling rules and people for the protocol-2 mutator tests (not exported from the package). */
export const salesTax: TaxCategoryRecord = { id: '0190a0e0-0000-7000-8000-0000000074a1', name: 'Sales tax', rateBp: 1000, inclusive: false };
export const bottleDeposit: DepositItemRecord = { id: '0190a0e0-0000-7000-8000-00000000de01', name: 'Bottle deposit', amount: 10, taxCategoryId: null };
export const trade: CustomerRecord = { id: '0190a0e0-0000-7000-8000-00000000c501', name: 'Harbour Bar Ltd', type: 'wholesale', phone: null, email: null, notes: '' };
export const walkIn: CustomerRecord = { id: '0190a0e0-0000-7000-8000-00000000c502', name: 'Ada', type: 'retail', phone: null, email: null, notes: '' };
export const wholesaleList: PriceListRecord = {
  id: '0190a0e0-0000-7000-8000-0000000071a1',
  name: 'Trade',
  kind: 'wholesale',
  customerId: null,
  currency: 'USD',
  validFrom: null,
  validTo: null,
  entries: [{ productId: beer.id, packId: beer.packs[1]!.id, price: 1000 }],
};
export const settings: SellingSettingsRecord = {
  id: channel.id,
  pricing: { rounding: 'half-even', taxRounding: 'line' },
  cashRounding: { increment: 5, mode: 'half-even' },
  minimumAge: 21,
  loyalty: { earn: { points: 1, perMinorUnits: 100 }, pointValue: { points: 1, value: 1 }, tiers: [], offlineRedemptionLimit: 5000 },
};

export const manager: StaffRecord = { id: '0190a0e0-0000-7000-8000-00000000f002', name: 'Morgan', role: 'manager', pinSalt: '0'.repeat(32), pinHash: '0'.repeat(64) };
export const otherCashier: StaffRecord = { ...manager, id: '0190a0e0-0000-7000-8000-00000000f003', name: 'Casey', role: 'cashier' };

/** Beer carries the bottle deposit and the exclusive sales tax; wine stays on its protocol-1 rate. */
export function sellingStore(): MemoryRecordStore {
  const store = seededStore();
  const seed = { node: 'server', seq: 1, hlc: '' };
  const taxedBeer = { ...beer, taxCategoryId: salesTax.id, depositItemId: bottleDeposit.id };
  void store.save({
    records: [
      { entity: 'product', id: beer.id, stored: createOnce(taxedBeer, seed) },
      { entity: 'customer', id: trade.id, stored: createOnce(trade, seed) },
      { entity: 'customer', id: walkIn.id, stored: createOnce(walkIn, seed) },
      { entity: 'staff', id: manager.id, stored: createOnce(manager, seed) },
      { entity: 'staff', id: otherCashier.id, stored: createOnce(otherCashier, seed) },
    ],
    selling: [
      { entity: 'taxCategory', id: salesTax.id, stored: createOnce(salesTax, seed) },
      { entity: 'depositItem', id: bottleDeposit.id, stored: createOnce(bottleDeposit, seed) },
      { entity: 'priceList', id: wholesaleList.id, stored: createOnce(wholesaleList, seed) },
      { entity: 'sellingSettings', id: settings.id, stored: createOnce(settings, seed) },
    ],
    ledger: [],
    conflicts: [],
  });
  return store;
}

/** Two bottles of (age-restricted) wine for a walk-in, checked by sight, paid 30.00 in cash for 25.98. */
export function v2Args(overrides: Partial<SaleCompleteV2Args> = {}): SaleCompleteV2Args {
  return {
    v: 2,
    saleId: '0190a0e0-0000-7000-8000-0000000052a1',
    receiptNo: 'CC-01-000001',
    channelId: channel.id,
    warehouseId,
    customerId: null,
    lines: [{ lineId: '0190a0e0-0000-7000-8000-0000000021e1', productId: wine.id, packId: wine.packs[0]!.id, qty: 2, notes: '', manualDiscount: null }],
    cartDiscount: null,
    approverId: null,
    payments: [{ kind: 'cash', amount: 3000 }],
    ageCheck: { method: 'visual_over_threshold', verifiedBy: '0190a0e0-0000-7000-8000-00000000f001', at: '2026-11-20T18:00:00-05:00' },
    clientTotal: 2598,
    soldAt: '2026-11-20T18:00:00-05:00',
    ...overrides,
  };
}
