import type {
  CashEventRecord,
  CategoryRecord,
  ChannelRecord,
  CustomerRecord,
  DepositItemRecord,
  DraftRecord,
  LoyaltyEntryRecord,
  PriceListRecord,
  ProductRecord,
  SaleRecord,
  ReceiptHeader,
  SellingSettingsRecord,
  StaffRecord,
  StoredRefund,
  TabLineRecord,
  TabRecord,
  TaxCategoryRecord,
  WarehouseRecord,
} from '@tillsafe/sync';
import type { taxRates } from '../db/onboarding-schema';
import { products, type cashEvents, type categories, type channels, type customers, type drafts, type sales, type staff, type tabLines, type tabs, type warehouses } from '../db/schema';
import type { depositItems, loyaltyLedger, priceLists, refunds, sellingSettings } from '../db/selling-schema';

/**
 * A product's record and sync metadata: what every read that maps products to records selects.
 * Not `change_json` (a pull page's own copy of the record, ~1 KB a product) nor the rest a record
 * does not carry: a batch, a back-office page or a catalog export of 50,000 reads only these.
 */
export const productColumns = {
  id: products.id,
  sku: products.sku,
  name: products.name,
  brand: products.brand,
  categoryId: products.categoryId,
  volumeMl: products.volumeMl,
  ageRestricted: products.ageRestricted,
  taxRateBp: products.taxRateBp,
  active: products.active,
  packs: products.packs,
  taxCategoryId: products.taxCategoryId,
  depositItemId: products.depositItemId,
  version: products.version,
  fields: products.fields,
};

/** Row → record mappers: the shapes tills receive, defined by @tillsafe/sync's schemas. */
export function toProductRecord(r: Omit<typeof products.$inferSelect, 'tenantId' | 'version' | 'fields' | 'updatedAt' | 'changeJson'>): ProductRecord {
  const product: ProductRecord = {
    id: r.id,
    sku: r.sku,
    name: r.name,
    brand: r.brand,
    categoryId: r.categoryId,
    volumeMl: r.volumeMl,
    ageRestricted: r.ageRestricted,
    taxRateBp: r.taxRateBp,
    active: r.active,
    packs: r.packs,
  };
  // Protocol-2 fields appear only once set, so a protocol-1 catalog reads exactly as before.
  if (r.taxCategoryId !== null) product.taxCategoryId = r.taxCategoryId;
  if (r.depositItemId !== null) product.depositItemId = r.depositItemId;
  return product;
}

export function toChannelRecord(r: typeof channels.$inferSelect): ChannelRecord {
  return { id: r.id, name: r.name, kind: r.kind, currency: r.currency, locale: r.locale, code: r.code };
}

export function toWarehouseRecord(r: typeof warehouses.$inferSelect): WarehouseRecord {
  return { id: r.id, channelId: r.channelId, name: r.name };
}

export function toCategoryRecord(r: typeof categories.$inferSelect): CategoryRecord {
  return { id: r.id, name: r.name, sort: r.sort, color: r.color };
}

export function toStaffRecord(r: typeof staff.$inferSelect): StaffRecord {
  return { id: r.id, name: r.name, role: r.role, pinSalt: r.pinSalt, pinHash: r.pinHash };
}

export function toSaleRecord(r: typeof sales.$inferSelect): SaleRecord {
  const sale: SaleRecord = {
    id: r.id,
    channelId: r.channelId,
    warehouseId: r.warehouseId,
    deviceId: r.deviceId,
    actorId: r.actorId,
    receiptNo: r.receiptNo,
    currency: r.currency,
    lines: r.lines,
    total: r.total,
    taxTotal: r.taxTotal,
    tenders: r.tenders,
    change: r.change,
    soldAt: r.soldAt.toISOString(),
    flags: r.flags,
  };
  if (r.priced === null) return sale;
  // A protocol-2 sale: what it adds (sync's saleSellingFields).
  return {
    ...sale,
    customerId: r.customerId,
    ...(r.payments === null ? {} : { payments: r.payments }),
    priced: r.priced,
    ...(r.settlement === null ? {} : { settlement: r.settlement }),
    ageCheck: r.ageCheck,
    approverId: r.approverId,
    ...(r.loyaltyEarned === null ? {} : { loyaltyEarned: r.loyaltyEarned }),
    ...(r.loyaltyRedeemed === null ? {} : { loyaltyRedeemed: r.loyaltyRedeemed }),
  };
}

export function toCustomerRecord(r: typeof customers.$inferSelect): CustomerRecord {
  return { id: r.id, name: r.name, type: r.type, phone: r.phone, email: r.email, notes: r.notes };
}

export function toTabRecord(r: typeof tabs.$inferSelect): TabRecord {
  return {
    id: r.id,
    channelId: r.channelId,
    name: r.name,
    tableNo: r.tableNo,
    status: r.status,
    openedAt: r.openedAt.toISOString(),
    closedAt: r.closedAt?.toISOString() ?? null,
    saleId: r.saleId,
    movedFrom: r.movedFrom,
  };
}

export function toTabLineRecord(r: typeof tabLines.$inferSelect): TabLineRecord {
  return {
    id: r.id,
    tabId: r.tabId,
    productId: r.productId,
    packId: r.packId,
    qty: r.qty,
    notes: r.notes,
    voided: r.voided,
    addedBy: r.addedBy,
    movedFrom: r.movedFrom,
  };
}

export function toDraftRecord(r: typeof drafts.$inferSelect): DraftRecord {
  return {
    id: r.id,
    channelId: r.channelId,
    label: r.label,
    lines: r.lines,
    cartDiscount: r.cartDiscount ?? null,
    customerId: r.customerId,
    parkedBy: r.parkedBy,
    parkedOn: r.parkedOn,
    parkedAt: r.parkedAt.toISOString(),
    status: r.status,
    closedBy: r.closedBy,
    closedOn: r.closedOn,
    closedAt: r.closedAt?.toISOString() ?? null,
  };
}

export function toCashEventRecord(r: typeof cashEvents.$inferSelect): CashEventRecord {
  return { id: r.id, channelId: r.channelId, deviceId: r.deviceId, actorId: r.actorId, kind: r.kind, amount: r.amount, note: r.note, approverId: r.approverId, at: r.at.toISOString() };
}

export function toRefundRecord(r: typeof refunds.$inferSelect): StoredRefund {
  return {
    id: r.id,
    saleId: r.saleId,
    channelId: r.channelId,
    deviceId: r.deviceId,
    actorId: r.actorId,
    lines: r.lines,
    tenders: r.tenders,
    total: r.total,
    withReceipt: r.withReceipt,
    at: r.at,
  };
}

export function toLoyaltyEntryRecord(r: typeof loyaltyLedger.$inferSelect): LoyaltyEntryRecord {
  const base = { id: r.id, customerId: r.customerId, ...(r.saleId === null ? {} : { saleId: r.saleId }), at: r.at, points: r.points };
  switch (r.kind) {
    case 'earn':
      return { ...base, kind: 'earn' };
    case 'redeem':
      return { ...base, kind: 'redeem' };
    case 'adjust':
      return { ...base, kind: 'adjust', reason: r.reason ?? '', actorId: r.actorId ?? '' };
    case 'reverse':
      return { ...base, kind: 'reverse', reversesId: r.reversesId ?? '', reversedKind: r.reversedKind ?? 'earn' };
  }
}

/** A channel's selling settings as tills pull them, with its receipt details (null: none set up). */
export function toSellingSettingsRecord(r: typeof sellingSettings.$inferSelect, receipt: ReceiptHeader | null): SellingSettingsRecord {
  return {
    id: r.channelId,
    pricing: r.pricing,
    cashRounding: r.cashRounding,
    minimumAge: r.minimumAge,
    loyalty: r.loyalty,
    quickKeys: r.quickKeys,
    mobileMoneyProviders: r.mobileMoneyProviders,
    visualCheck: r.visualCheck,
    challengeAge: r.challengeAge,
    receipt,
  };
}

export function toTaxCategoryRecord(r: Pick<typeof taxRates.$inferSelect, 'id' | 'name' | 'rateBp' | 'inclusive'>): TaxCategoryRecord {
  return { id: r.id, name: r.name, rateBp: r.rateBp, inclusive: r.inclusive };
}

export function toDepositItemRecord(r: typeof depositItems.$inferSelect): DepositItemRecord {
  return { id: r.id, name: r.name, amount: r.amount, taxCategoryId: r.taxCategoryId };
}

export function toPriceListRecord(r: typeof priceLists.$inferSelect): PriceListRecord {
  return { id: r.id, name: r.name, kind: r.kind, customerId: r.customerId, currency: r.currency, validFrom: r.validFrom, validTo: r.validTo, entries: r.entries };
}
