import { describe, expect, test } from 'vitest';
import { MutationRejected } from './mutator';
import { runMutation } from './mutators';
import { OverlayTx } from './overlay-tx';
import type { SaleCompleteArgs } from './sale-complete';
import { beer, channel, context, seededStore, warehouseId } from './test-fixtures';
import type { SaleRecord } from './records';

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

async function run(store: ReturnType<typeof seededStore>, name: string, args: unknown, ctx = context()) {
  const tx = new OverlayTx(store);
  try {
    const outcome = await runMutation(tx, { name, args }, ctx);
    await tx.flush();
    return outcome;
  } catch (error) {
    tx.rollbackMutation();
    throw error;
  }
}

const saleOf = async (store: ReturnType<typeof seededStore>, id: string) => (await store.load('sale', [id])).get(id)?.data as SaleRecord;

describe('sale.complete', () => {
  test('records the sale with server-computed totals and moves stock by pack units', async () => {
    const store = seededStore();
    expect(await run(store, 'sale.complete', saleArgs())).toEqual({ status: 'applied' });
    const sale = await saleOf(store, saleArgs().saleId);
    expect(sale.total).toBe(2598);
    expect(sale.change).toBe(402);
    expect(sale.flags).toEqual([]);
    expect(store.stockOf(warehouseId, beer.id)).toBe(-12);
  });

  test('a till total that differs is flagged, the sale is kept at the server price', async () => {
    const store = seededStore();
    await run(store, 'sale.complete', saleArgs({ clientTotal: 100 }));
    const sale = await saleOf(store, saleArgs().saleId);
    expect(sale.total).toBe(2598);
    expect(sale.flags[0]).toMatch(/^TOTAL_MISMATCH/);
  });

  test('the same sale twice is recorded once', async () => {
    const store = seededStore();
    await run(store, 'sale.complete', saleArgs());
    const again = await run(store, 'sale.complete', saleArgs(), context({ seq: 2 }));
    expect(again.status).toBe('duplicate');
    expect(store.stockOf(warehouseId, beer.id)).toBe(-12);
  });

  test('a sale whose lines share a lineId is refused, rather than moving stock for only one of them', async () => {
    const store = seededStore();
    const line = saleArgs().lines[0]!;
    const codeOf = (p: Promise<unknown>) => p.then(() => 'none', (e: unknown) => (e instanceof MutationRejected ? e.code : 'other'));
    expect(await codeOf(run(store, 'sale.complete', saleArgs({ lines: [line, { ...line, qty: 1 }] })))).toBe('VALIDATION_FAILED');
    expect(store.ledger.size).toBe(0);
    expect(await store.load('sale', [saleArgs().saleId])).toEqual(new Map());
  });

  test('bad args, unknown names, unknown products and forbidden actors are rejected with codes', async () => {
    const store = seededStore();
    const codeOf = (p: Promise<unknown>) => p.then(() => 'none', (e: unknown) => (e instanceof MutationRejected ? e.code : 'other'));
    expect(await codeOf(run(store, 'sale.teleport', {}))).toBe('UNKNOWN_MUTATOR');
    expect(await codeOf(run(store, 'sale.complete', { saleId: 'x' }))).toBe('VALIDATION_FAILED');
    const ghost = saleArgs({ lines: [{ lineId: '0190a0e0-0000-7000-8000-0000000011e2', productId: '0190a0e0-0000-7000-8000-000000000bad', packId: beer.packs[0]!.id, qty: 1 }] });
    expect(await codeOf(run(store, 'sale.complete', ghost))).toBe('UNKNOWN_PRODUCT');
    expect(await codeOf(run(store, 'sale.complete', saleArgs({ channelId: '0190a0e0-0000-7000-8000-00000000c002' })))).toBe('WRONG_CHANNEL');
    expect(await codeOf(run(store, 'constructor', {}))).toBe('UNKNOWN_MUTATOR');
    expect(await codeOf(run(store, 'product.update', { productId: beer.id, patch: { active: false } }))).toBe('FORBIDDEN');
    expect(await codeOf(run(store, 'cash.event', { eventId: '0190a0e0-0000-7000-8000-0000000ca5e1', kind: 'no_sale', amount: 0 }))).toBe('FORBIDDEN');
    expect(await store.load('sale', [saleArgs().saleId])).toEqual(new Map());
  });
});
