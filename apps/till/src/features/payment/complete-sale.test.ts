import { afterEach, expect, test, vi } from 'vitest';
import {
  createOnce,
  MemoryRecordStore,
  MutationRejected,
  OverlayTx,
  runMutation,
  type MutatorContext,
  type SaleCompleteV2Args,
  type SaleRecord,
} from '@tillsafe/sync';
import { getMeta, setMeta } from '../../db/meta';
import { omit } from '../../lib/omit';
import type { TillDb } from '../../db/till-db';
import { applyPullPage } from '../../sync-client/apply-pull-page';
import { TillError } from '../../sync-client/till-error';
import { cashier, channel, enrolment } from '../../test-support/fixtures';
import { depositLager, magnum, manager, regular, rioja, sellingDb, sellingWrites, trade } from '../../test-support/selling-fixtures';
import type { CartLine } from '../sell/cart-store';
import { completeSale, type SaleInput } from './complete-sale';

let db: TillDb | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

let n = 0;
const line = (productId: string, packId: string, qty: number, extra: Partial<CartLine> = {}): CartLine => ({
  lineId: `0190a0e0-0000-7000-8000-0000000031${(++n).toString(16).padStart(2, '0')}`,
  productId,
  packId,
  qty,
  notes: '',
  manualDiscount: null,
  ...extra,
});
const visualCheck = { method: 'visual_over_threshold' as const, verifiedBy: cashier.id, at: '2026-11-20T18:00:00-05:00' };
const at = () => new Date('2026-11-20T23:00:00.000Z');

/** Four bottles and a magnum (a mixed case), a dozen lagers (a quantity break, twelve deposits): 99.95 paid in cash. */
function mixedCase(overrides: Partial<SaleInput> = {}): SaleInput {
  return {
    cart: {
      lines: [line(rioja.id, rioja.packs[0]!.id, 4), line(magnum.id, magnum.packs[0]!.id, 1, { notes: 'gift wrap' }), line(depositLager.id, depositLager.packs[0]!.id, 12)],
      cartDiscount: null,
    },
    payments: [{ kind: 'cash', amount: 10_000 }],
    ageCheck: visualCheck,
    approverId: null,
    customerId: null,
    ...overrides,
  };
}

const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => 'stored',
    (e: unknown) => (e instanceof MutationRejected || e instanceof TillError ? e.code : String(e)),
  );

test('a sale is priced at the moment of sale and committed as protocol 2 with the next receipt number', async () => {
  db = await sellingDb();
  const sale = await completeSale(db, mixedCase({ shownTotal: 9895 }), at);
  expect(sale).toMatchObject({ receiptNo: 'CC-03-000001', total: 9895, change: 105, flags: [], soldAt: '2026-11-20T23:00:00.000Z' });
  expect(sale.priced?.deposits.map((d) => [d.name, d.qty, d.total])).toEqual([['Bottle deposit', 12, 120]]);
  expect(sale.lines.map((l) => l.notes)).toEqual(['', 'gift wrap', '']);
  const [entry] = await db.outbox.toArray();
  const args = entry?.args as SaleCompleteV2Args;
  expect(args).toMatchObject({ v: 2, receiptNo: 'CC-03-000001', clientTotal: 9895, customerId: null, approverId: null, payments: [{ kind: 'cash', amount: 10_000 }] });
  // The pricing time carries the store's offset: happy hours and validity read its wall clock.
  expect(args.soldAt).toMatch(/^2026-11-2\dT\d\d:00:00\.000[+-]\d\d:\d\d$/);
  expect(Date.parse(args.soldAt)).toBe(at().getTime());
  expect(await getMeta(db, 'receiptCounter')).toBe(1);
  // An id chosen before payment (a card terminal recorded it) is the sale's.
  const chosen = '0190a0e0-0000-7000-8000-0000000052b7';
  expect(await completeSale(db, mixedCase({ saleId: chosen }), at)).toMatchObject({ id: chosen, receiptNo: 'CC-03-000002' });
});

test('a sale reads the meta table once: its counters and its receipt number come from the same request', async () => {
  db = await sellingDb();
  await completeSale(db, mixedCase(), at);
  const getAll = vi.spyOn(IDBObjectStore.prototype, 'getAll');
  try {
    expect((await completeSale(db, mixedCase(), at)).receiptNo).toBe('CC-03-000002');
    expect(getAll.mock.contexts.filter((store) => (store as IDBObjectStore).name === 'meta')).toHaveLength(1);
  } finally {
    getAll.mockRestore();
  }
});

test("the till's optimistic sale is the very sale the server makes from the same records", async () => {
  db = await sellingDb();
  const tillSale = await completeSale(db, mixedCase({ customerId: trade.id }), at);
  // The server: the same records, the same mutator, its own side of the run.
  const server = new MemoryRecordStore();
  const seed = { node: 'server', seq: 1, hlc: '' };
  const records = [
    ['channel', channel],
    ...[rioja, magnum, depositLager].map((p) => ['product', p] as const),
    ['customer', trade],
    ['staff', cashier],
  ] as const;
  await server.save({ records: records.map(([entity, data]) => ({ entity, id: data.id, stored: createOnce(data, seed) })), ledger: [], conflicts: [], selling: sellingWrites() });
  const [entry] = await db.outbox.toArray();
  const ctx: MutatorContext = {
    side: 'server',
    deviceId: enrolment.deviceId,
    actorId: cashier.id,
    actorRole: cashier.role,
    channelId: channel.id,
    warehouseId: enrolment.warehouseId,
    seq: entry!.seq,
    hlc: entry!.hlc,
    base: entry!.base,
    now: new Date().toISOString(),
  };
  const tx = new OverlayTx(server);
  expect(await runMutation(tx, entry!, ctx)).toEqual({ status: 'applied' });
  await tx.flush();
  const serverSale = (await server.load('sale', [tillSale.id])).get(tillSale.id)?.data as SaleRecord;
  const tillRecord = omit(tillSale as SaleRecord & { version?: unknown; fields?: unknown }, 'version', 'fields');
  expect(serverSale.flags).toEqual([]);
  expect(tillRecord).toEqual(serverSale);
  expect(serverSale.priced?.lines[0]?.priceListId).toBe('0190a0e0-0000-7000-8000-0000000071a3');
});

test("a discount beyond the cashier's limit is refused until a manager approves it, using up no receipt number", async () => {
  db = await sellingDb();
  const discounted = line(rioja.id, rioja.packs[0]!.id, 2, { manualDiscount: { kind: 'percent', bp: 2000, reason: 'corked' } });
  const input = mixedCase({ cart: { lines: [discounted], cartDiscount: null } });
  expect(await codeOf(completeSale(db, input, at))).toBe('DISCOUNT_OVER_LIMIT');
  expect(await getMeta(db, 'receiptCounter')).toBeUndefined();
  expect(await db.outbox.count()).toBe(0);

  const sale = await completeSale(db, { ...input, approverId: manager.id }, at);
  expect(sale).toMatchObject({ receiptNo: 'CC-03-000001', approverId: manager.id, total: 2598 - 520 });
  expect(sale.priced?.lines[0]?.adjustments[0]).toMatchObject({ kind: 'manual-line', approvedBy: manager.id });
});

test('an age-restricted cart needs its check; a total that moved since it was shown is not charged', async () => {
  db = await sellingDb();
  expect(await codeOf(completeSale(db, mixedCase({ ageCheck: null }), at))).toBe('AGE_CHECK_REQUIRED');
  expect(await codeOf(completeSale(db, mixedCase({ shownTotal: 9000 }), at))).toBe('TOTAL_CHANGED');
  expect(await codeOf(completeSale(db, mixedCase({ customerId: '0190a0e0-0000-7000-8000-00000000c5ff' }), at))).toBe('UNKNOWN_RECORD');
  expect(await db.sales.count()).toBe(0);
  expect(await codeOf(completeSale(db, mixedCase({ customerId: regular.id }), at))).toBe('stored');
});

test('a till enrolled before till numbers cannot number a receipt until a pull brings its number', async () => {
  db = await sellingDb();
  await setMeta(db, 'enrolment', omit(enrolment, 'tillNumber'));
  expect(await codeOf(completeSale(db, mixedCase(), at))).toBe('NO_TILL_NUMBER');
  expect(await db.outbox.count()).toBe(0);

  await applyPullPage(db, { cursor: 'p1', hasMore: false, lastSeq: 0, changes: [], tillNumber: 7 });
  expect((await getMeta(db, 'enrolment'))?.tillNumber).toBe(7);
  expect((await completeSale(db, mixedCase(), at)).receiptNo).toBe('CC-07-000001');
});
