import type { Payment } from '@tillsafe/domain';
import type { SaleReceiptInput } from '@tillsafe/hardware';
import type { ChannelRecord, ReceiptHeader } from '@tillsafe/sync';
import { getMeta } from '../../db/meta';
import { readProducts } from '../../db/product-table';
import type { SaleRow } from '../../db/rows';
import type { TillDb } from '../../db/till-db';
import { sellingSettingsOf } from '../../db/selling-settings';

type TenderInput = SaleReceiptInput['tenders'][number];

/** What a receipt says besides the sale itself. */
export interface ReceiptContext {
  channel: Pick<ChannelRecord, 'name' | 'locale'>;
  tillName: string | undefined;
  cashierName: string | undefined;
  /** Each product's tax rate, for the tax summary; a missing one is worked out from the line. */
  taxRates: ReadonlyMap<string, number>;
  timeZone: string;
  /** The channel's receipt details, as pulled with its selling settings (null: none set up). */
  receipt?: ReceiptHeader | null;
}

export const RECEIPT_FOOTER = ['Thank you for shopping with us.', 'Keep this receipt for returns.'];

/** What a receipt's header says of the seller: the store's name, then (once set up in the back office) the legal name, address and tax number. */
export interface ReceiptSeller {
  name: string;
  addressLines: string[];
  taxId?: string;
}

/**
 * The seller's lines from the channel's receipt details (null: only the store's name), and the
 * footer: the store's own, or the default thanks.
 */
export function receiptSellerOf(storeName: string, header: ReceiptHeader | null | undefined): { store: ReceiptSeller; footer: string[] } {
  if (!header) return { store: { name: storeName, addressLines: [] }, footer: RECEIPT_FOOTER };
  const legal = header.legalName.trim() && header.legalName.trim() !== storeName ? [header.legalName.trim()] : [];
  const footer = header.footer.split('\n').map((line) => line.trim()).filter(Boolean);
  return {
    store: { name: storeName, addressLines: [...legal, ...header.addressLines], ...(header.taxNumber ? { taxId: header.taxNumber } : {}) },
    footer: footer.length ? footer : RECEIPT_FOOTER,
  };
}

/** A rate in basis points from a tax-inclusive amount and the tax in it (1000 = 10%). */
function impliedRateBp(gross: number, tax: number): number {
  const net = gross - tax;
  return net > 0 ? Math.round((tax * 10_000) / net) : 0;
}

/** A payment of a split tender as the printed receipt names it in plain ASCII ("Card ****4242", "M-Pesa QK7…"). */
function paymentTender(payment: Payment): TenderInput {
  switch (payment.kind) {
    case 'cash':
      return { kind: 'cash', amount: payment.amount };
    case 'card':
      return { kind: 'card', label: `Card ****${payment.last4}`, amount: payment.amount };
    case 'mobile_money':
      return { kind: 'mobile', label: `${payment.provider} ${payment.reference}`, amount: payment.amount };
    case 'loyalty':
      return { kind: 'account', label: `Points (${payment.points})`, amount: payment.value };
  }
}

/** The stored sale as the hardware package's receipt input: the receipt says what was recorded. */
export function saleReceiptInput(sale: SaleRow, context: ReceiptContext): SaleReceiptInput {
  const seller = receiptSellerOf(context.channel.name, context.receipt);
  return {
    saleId: sale.id,
    receiptNo: sale.receiptNo,
    soldAt: sale.soldAt,
    timeZone: context.timeZone,
    currency: sale.currency,
    locale: context.channel.locale,
    store: seller.store,
    ...(context.tillName ? { till: context.tillName } : {}),
    ...(context.cashierName ? { cashier: context.cashierName } : {}),
    lines: sale.lines.map((line) => ({
      name: line.name,
      packName: line.packName,
      qty: line.qty,
      unitPrice: line.unitPrice,
      lineTotal: line.lineTotal,
      taxRateBp: context.taxRates.get(line.productId) ?? impliedRateBp(line.lineTotal, line.tax),
      tax: line.tax,
    })),
    total: sale.total,
    tenders: sale.payments ? sale.payments.map(paymentTender) : sale.tenders.map((tender) => ({ kind: tender.kind, amount: tender.amount })),
    change: sale.change,
    taxLabel: 'Tax',
    footer: seller.footer,
  };
}

export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Reads what the receipt needs from the till's database: channel, till name, cashier, tax rates. */
export async function loadReceiptContext(db: TillDb, sale: SaleRow): Promise<ReceiptContext> {
  const [channel, enrolment, cashier, products, settings] = await Promise.all([
    db.channels.get(sale.channelId),
    getMeta(db, 'enrolment'),
    db.staff.get(sale.actorId),
    readProducts(db, sale.lines.map((line) => line.productId)),
    db.sellingSettings.get(sale.channelId),
  ]);
  const taxRates = new Map<string, number>();
  for (const product of products) if (product) taxRates.set(product.id, product.taxRateBp);
  return {
    channel: channel ?? { name: 'Receipt', locale: 'en-US' },
    tillName: enrolment?.name,
    cashierName: cashier?.name,
    taxRates,
    timeZone: localTimeZone(),
    receipt: sellingSettingsOf(settings, sale.channelId).receipt ?? null,
  };
}
