import { expect, test } from 'vitest';
import { ledgerRefOf, writtenRefs } from './corrections';
import { beer, channel, context, warehouseId } from './test-fixtures';

const id = (n: number) => `0190a0e0-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;

test('what a mutation may write is what its mutator reads less what it only reads', () => {
  const sale = { saleId: id(1), receiptNo: 'R-1', channelId: channel.id, warehouseId, lines: [{ lineId: id(2), productId: beer.id, packId: beer.packs[0]!.id, qty: 1 }], tenders: [{ kind: 'cash', amount: 250 }], clientTotal: 250, soldAt: '2026-11-20T10:00:00.000Z' };
  expect(writtenRefs({ name: 'sale.complete', args: sale }, context())).toEqual([{ entity: 'sale', id: id(1), lock: false }]);
  const line = { tabId: id(3), lineId: id(4), productId: beer.id, packId: beer.packs[0]!.id, qty: 1 };
  expect(writtenRefs({ name: 'tab.addLine', args: line }, context()).map((r) => r.entity)).toEqual(['tabLine', 'tab', 'tab']);
  expect(writtenRefs({ name: 'no.such', args: {} }, context())).toEqual([]);
});

test('a mutation names the ledger entries it writes by the id they refer to', () => {
  expect(ledgerRefOf({ name: 'stock.adjust', args: { movementId: id(5), warehouseId, productId: beer.id, delta: 2 } })).toBe(id(5));
  expect(ledgerRefOf({ name: 'refund.create', args: { refundId: id(6), saleId: id(1), lines: [{ lineId: id(2), qty: 1, disposition: 'restock' }], to: 'cash', withReceipt: true, refundedAt: '2026-11-20T11:00:00.000Z' } })).toBe(id(6));
  expect(ledgerRefOf({ name: 'cash.event', args: { eventId: id(7), kind: 'pay_in', amount: 100 } })).toBeUndefined();
  expect(ledgerRefOf({ name: 'stock.adjust', args: { movementId: 'not-a-uuid' } })).toBeUndefined();
});
