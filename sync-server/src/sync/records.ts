import type { CategoryRecord, ChannelRecord, ProductRecord, SaleRecord, StaffRecord, WarehouseRecord } from '@tillsafe/sync';
import type { categories, channels, products, sales, staff, warehouses } from '../db/schema';

/** Row → record mappers: the shapes tills receive, defined by @tillsafe/sync's schemas. */
export function toProductRecord(r: typeof products.$inferSelect): ProductRecord {
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
