import type { CashEventRecord, CategoryRecord, ChannelRecord, CustomerRecord, ProductRecord, SaleRecord, StaffRecord, TabLineRecord, TabRecord, WarehouseRecord } from '@tillsafe/sync';
import type { cashEvents, categories, channels, customers, products, sales, staff, tabLines, tabs, warehouses } from '../db/schema';

/** Row → record mappers: the shapes tills receive, defined by @tillsafe/sync's schemas. */
export function toProductRecord(r: Omit<typeof products.$inferSelect, 'tenantId' | 'version' | 'fields' | 'updatedAt'>): ProductRecord {
  return {
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
}

export function toChannelRecord(r: typeof channels.$inferSelect): ChannelRecord {
  return { id: r.id, name: r.name, kind: r.kind, currency: r.currency, locale: r.locale };
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
  return {
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

export function toCashEventRecord(r: typeof cashEvents.$inferSelect): CashEventRecord {
  return { id: r.id, channelId: r.channelId, deviceId: r.deviceId, actorId: r.actorId, kind: r.kind, amount: r.amount, note: r.note, at: r.at.toISOString() };
}
