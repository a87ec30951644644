import { describe, expect, test } from 'vitest';
import type { ProductRecord, SaleRecord, ChannelRecord } from './records';
import { MutationRejected, type MutatorContext, type MutatorTx, type StockMovement } from './mutator';
import { runMutation } from './mutators';
import type { SaleCompleteArgs } from './sale-complete';

const channel: ChannelRecord = { id: '0190a0e0-0000-7000-8000-00000000c001', name: 'Corner Cellar', kind: 'store', currency: 'USD', locale: 'en-US' };
const warehouseId = '0190a0e0-0000-7000-8000-00000000d001';
const beer: ProductRecord = {
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

/** An in-memory implementation of the transaction port, standing in for Dexie or Postgres. */
function memoryTx() {
  const sales = new Map<string, SaleRecord>();
  const moves: StockMovement[] = [];
  const tx: MutatorTx = {
    getProducts: (ids) => Promise.resolve(new Map(ids.filter((id) => id === beer.id).map((id) => [id, beer]))),
    getChannel: (id) => Promise.resolve(id === channel.id ? channel : undefined),
    getSale: (id) => Promise.resolve(sales.get(id)),
    insertSale: (sale) => {
      sales.set(sale.id, sale);
      return Promise.resolve();
    },
    addStockMovements: (m) => {
      moves.push(...m);
      return Promise.resolve();
    },
  };
  return { tx, sales, moves };
}

const ctx: MutatorContext = {
  side: 'server',
  deviceId: '0190a0e0-0000-7000-8000-00000000e001',
  actorId: '0190a0e0-0000-7000-8000-00000000f001',
  actorRole: 'cashier',
  channelId: channel.id,
  warehouseId,
};

function saleArgs(overrides: Partial<SaleCompleteArgs> = {}): SaleCompleteArgs {
  return {
    saleId: '0190a0e0-0000-7000-8000-000000005a1e',
    receiptNo: 'CC-1-000001',
    channelId: channel.id,
    warehouseId,
    lines: [{ lineId: '0190a0e0-0000-7000-8000-0000000011e1', productId: beer.id, packId: beer.packs[1]!.id, qty: 2 }],
    tenders: [{ kind: 'cash', amount: 3000 }],
    clientTotal: 2598,
    soldAt: '2026-11-20T10:00:00.000Z',
    ...overrides,
  };
}

describe('sale.complete', () => {
  test('records the sale with server-computed totals and moves stock by pack units', async () => {
    const { tx, sales, moves } = memoryTx();
    const outcome = await runMutation(tx, { name: 'sale.complete', args: saleArgs() }, ctx);
    expect(outcome).toEqual({ status: 'applied' });
    const sale = sales.get(saleArgs().saleId)!;
    expect(sale.total).toBe(2598);
    expect(sale.change).toBe(402);
    expect(sale.flags).toEqual([]);
    expect(moves).toEqual([expect.objectContaining({ productId: beer.id, delta: -12, reason: 'sale' })]);
  });

  test('a till total that differs is flagged, the sale is kept at the server price', async () => {
    const { tx, sales } = memoryTx();
    await runMutation(tx, { name: 'sale.complete', args: saleArgs({ clientTotal: 100 }) }, ctx);
    const sale = sales.get(saleArgs().saleId)!;
    expect(sale.total).toBe(2598);
    expect(sale.flags[0]).toMatch(/^TOTAL_MISMATCH/);
  });

  test('the same sale twice is recorded once', async () => {
    const { tx, sales, moves } = memoryTx();
    await runMutation(tx, { name: 'sale.complete', args: saleArgs() }, ctx);
    const again = await runMutation(tx, { name: 'sale.complete', args: saleArgs() }, ctx);
    expect(again.status).toBe('duplicate');
    expect(sales.size).toBe(1);
    expect(moves).toHaveLength(1);
  });

  test('bad args, unknown names, unknown products and forbidden actors are rejected with codes', async () => {
    const { tx, sales } = memoryTx();
    const codeOf = (p: Promise<unknown>) => p.then(() => 'none', (e: unknown) => (e instanceof MutationRejected ? e.code : 'other'));
    expect(await codeOf(runMutation(tx, { name: 'sale.teleport', args: {} }, ctx))).toBe('UNKNOWN_MUTATOR');
    expect(await codeOf(runMutation(tx, { name: 'sale.complete', args: { saleId: 'x' } }, ctx))).toBe('VALIDATION_FAILED');
    const ghost = saleArgs({ lines: [{ lineId: '0190a0e0-0000-7000-8000-0000000011e2', productId: '0190a0e0-0000-7000-8000-000000000bad', packId: beer.packs[0]!.id, qty: 1 }] });
    expect(await codeOf(runMutation(tx, { name: 'sale.complete', args: ghost }, ctx))).toBe('UNKNOWN_PRODUCT');
    expect(await codeOf(runMutation(tx, { name: 'sale.complete', args: saleArgs({ channelId: '0190a0e0-0000-7000-8000-00000000c002' }) }, ctx))).toBe('WRONG_CHANNEL');
    expect(await codeOf(runMutation(tx, { name: 'constructor', args: {} }, ctx))).toBe('UNKNOWN_MUTATOR');
    expect(sales.size).toBe(0);
  });
});
