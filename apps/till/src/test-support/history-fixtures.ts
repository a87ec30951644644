/** Finished business as a pull stores it, for the tests of what the till keeps of it. */
import type { DraftRow, RefundRow, SaleRow, TabLineRow, TabRow } from '../db/rows';
import { cashier, channel, enrolment, lager } from './fixtures';

/** A record id that reads as its number: `id(0x5a1)` is …0000000005a1. */
export const id = (n: number): string => `0190a0e0-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;

/** Another till of the channel, where the pulled business was done. */
const otherTill = '0190a0e0-0000-7000-8000-00000000e002';

export function saleRow(saleId: string, soldAt: string): SaleRow {
  return {
    id: saleId,
    channelId: channel.id,
    warehouseId: enrolment.warehouseId,
    deviceId: otherTill,
    actorId: cashier.id,
    receiptNo: `CC-02-${saleId.slice(-6)}`,
    currency: 'USD',
    lines: [],
    total: 250,
    taxTotal: 23,
    tenders: [{ kind: 'cash', amount: 250 }],
    change: 0,
    soldAt,
    flags: [],
  };
}

export function refundRow(refundId: string, saleId: string, at: string): RefundRow {
  return {
    id: refundId,
    saleId,
    lines: [{ lineId: id(0x11), qty: 1, amount: 250, disposition: 'restock' }],
    tenders: [{ kind: 'cash', amount: 250, rounding: 0 }],
    total: 250,
    withReceipt: true,
    actorId: cashier.id,
    at,
    channelId: channel.id,
    deviceId: otherTill,
  };
}

export function tabRow(tabId: string, openedAt: string, closedAt: string | null): TabRow {
  return { id: tabId, channelId: channel.id, name: '', tableNo: '7', status: closedAt === null ? 'open' : 'closed', openedAt, closedAt, saleId: null, movedFrom: null };
}

export function tabLineRow(lineId: string, tabId: string): TabLineRow {
  return { id: lineId, tabId, productId: lager.id, packId: lager.packs[0]!.id, qty: 1, notes: '', voided: false, addedBy: otherTill, movedFrom: null };
}

export function draftRow(draftId: string, parkedAt: string, closed?: { status: 'resumed' | 'discarded'; at: string }): DraftRow {
  return {
    id: draftId,
    channelId: channel.id,
    label: 'Table 9',
    lines: [{ lineId: id(0x12), productId: lager.id, packId: lager.packs[0]!.id, qty: 1, notes: '', manualDiscount: null }],
    cartDiscount: null,
    customerId: null,
    parkedBy: cashier.id,
    parkedOn: otherTill,
    parkedAt,
    status: closed?.status ?? 'parked',
    closedBy: closed ? cashier.id : null,
    closedOn: closed ? otherTill : null,
    closedAt: closed?.at ?? null,
  };
}
