import { and, asc, eq, gt } from 'drizzle-orm';
import { sellingEntityNames, type AnyEntityName, type ChangeV2, type PullResponseV2, type RecordMeta, type RecordRef, type SellingEntity } from '@tillsafe/sync';
import type { DeviceIdentity } from '../auth/device-auth';
import type { Db } from '../db/database';
import { cashEvents, categories, changeIndex, channels, customers, devices, products, sales, staff, tabLines, tabs, warehouses } from '../db/schema';
import { ApiError } from '../errors';
import { decodeCursor, encodeCursor } from './change-log';
import { anyUuid } from './bulk-write';
import { loadSelling } from './pg-selling-store';
import {
  toCashEventRecord,
  toCategoryRecord,
  toChannelRecord,
  toCustomerRecord,
  toProductRecord,
  toSaleRecord,
  toStaffRecord,
  toTabLineRecord,
  toTabRecord,
  toWarehouseRecord,
} from './records';

/**
 * One page of the tenant's change log after `cursor`, scoped to what this device needs: the
 * catalog, staff and customers of the tenant; its own channel and warehouse; the tabs, tab lines
 * and sales of its channel; from protocol 2, the selling records (pricing rules, refunds and
 * loyalty entries of the tenant, its channel's selling settings). Positions outside the scope —
 * selling records for a protocol-1 till, which could not parse them — still advance the cursor,
 * so paging always moves forward. (A till moving to protocol 2 pulls once from no cursor.)
 */
export async function pullChanges(db: Db, device: DeviceIdentity, cursorText: string | undefined, limit: number, protocolVersion = 1): Promise<PullResponseV2> {
  const after = decodeCursor(cursorText);
  if (after === undefined) throw new ApiError('BAD_CURSOR', 'The pull cursor is not one this server issued. Start again without a cursor.');
  return db.transaction(async (tx) => {
    const rows = await tx
      .select()
      .from(changeIndex)
      .where(and(eq(changeIndex.tenantId, device.tenantId), gt(changeIndex.pos, after)))
      .orderBy(asc(changeIndex.pos))
      .limit(limit + 1);
    const hasMore = rows.length > limit;
    const page = rows.slice(0, limit);
    const visible = protocolVersion >= 2 ? page : page.filter((r) => !SELLING.has(r.entity));
    const records = await loadVisible(tx, device, visible);
    const changes: ChangeV2[] = [];
    for (const r of visible) {
      if (r.op === 'delete') {
        changes.push({ entity: r.entity as AnyEntityName, id: r.entityId, version: {}, op: 'delete', data: null });
        continue;
      }
      const found = records.get(`${r.entity}:${r.entityId}`);
      if (found) changes.push({ entity: r.entity as AnyEntityName, id: r.entityId, version: found.meta.version, fields: found.meta.fields, op: 'put', data: found.data });
    }
    const [dev] = await tx.select({ lastSeq: devices.lastSeq, tillNumber: devices.tillNumber }).from(devices).where(eq(devices.id, device.deviceId));
    const last = page.at(-1);
    return { cursor: encodeCursor(last ? last.pos : after), hasMore, lastSeq: dev?.lastSeq ?? 0, changes, ...(dev ? { tillNumber: dev.tillNumber } : {}) };
  });
}

interface Loaded {
  data: unknown;
  meta: RecordMeta;
}
type Loader = (tx: Db, device: DeviceIdentity, ids: string[]) => Promise<(readonly [string, Loaded])[]>;

const SELLING: ReadonlySet<string> = new Set(sellingEntityNames);
const selling =
  (entity: SellingEntity): Loader =>
  async (tx, d, ids) =>
    (await loadSelling(tx, d.tenantId, entity, ids)).map((data) => plain(data));

const plain = (data: { id: string }): readonly [string, Loaded] => [data.id, { data, meta: { version: {}, fields: {} } }];
const synced = (data: { id: string }, r: RecordMeta): readonly [string, Loaded] => [data.id, { data, meta: { version: r.version, fields: r.fields } }];

/** How each pulled entity's current record is read, already filtered to the device's scope. */
const loaders: Partial<Record<AnyEntityName, Loader>> = {
  product: async (tx, d, ids) =>
    (await tx.select().from(products).where(and(eq(products.tenantId, d.tenantId), anyUuid(products.id, ids)))).map((r) => synced(toProductRecord(r), r)),
  category: async (tx, d, ids) =>
    (await tx.select().from(categories).where(and(eq(categories.tenantId, d.tenantId), anyUuid(categories.id, ids)))).map((r) => plain(toCategoryRecord(r))),
  staff: async (tx, d, ids) => (await tx.select().from(staff).where(and(eq(staff.tenantId, d.tenantId), anyUuid(staff.id, ids)))).map((r) => plain(toStaffRecord(r))),
  customer: async (tx, d, ids) =>
    (await tx.select().from(customers).where(and(eq(customers.tenantId, d.tenantId), anyUuid(customers.id, ids)))).map((r) => synced(toCustomerRecord(r), r)),
  channel: async (tx, d, ids) =>
    (await tx.select().from(channels).where(and(eq(channels.tenantId, d.tenantId), eq(channels.id, d.channelId), anyUuid(channels.id, ids)))).map((r) => plain(toChannelRecord(r))),
  warehouse: async (tx, d, ids) =>
    (await tx.select().from(warehouses).where(and(eq(warehouses.tenantId, d.tenantId), eq(warehouses.id, d.warehouseId), anyUuid(warehouses.id, ids)))).map((r) =>
      plain(toWarehouseRecord(r)),
    ),
  tab: async (tx, d, ids) =>
    (await tx.select().from(tabs).where(and(eq(tabs.tenantId, d.tenantId), eq(tabs.channelId, d.channelId), anyUuid(tabs.id, ids)))).map((r) => synced(toTabRecord(r), r)),
  tabLine: async (tx, d, ids) =>
    (await tx.select().from(tabLines).where(and(eq(tabLines.tenantId, d.tenantId), eq(tabLines.channelId, d.channelId), anyUuid(tabLines.id, ids)))).map((r) =>
      synced(toTabLineRecord(r), r),
    ),
  sale: async (tx, d, ids) =>
    (await tx.select().from(sales).where(and(eq(sales.tenantId, d.tenantId), eq(sales.channelId, d.channelId), anyUuid(sales.id, ids)))).map((r) => plain(toSaleRecord(r))),
  taxCategory: selling('taxCategory'),
  depositItem: selling('depositItem'),
  priceList: selling('priceList'),
  quantityBreak: selling('quantityBreak'),
  promotion: selling('promotion'),
  // Only the till's own channel's settings.
  sellingSettings: async (tx, d, ids) => (ids.includes(d.channelId) ? (await loadSelling(tx, d.tenantId, 'sellingSettings', [d.channelId])).map((data) => plain(data)) : []),
  refund: selling('refund'),
  loyaltyEntry: selling('loyaltyEntry'),
};

/**
 * The records' current state as this device may see it, as a pull would send them, and a
 * `delete` for each one the server does not hold or the device may not see: the corrections of a
 * push answer (@tillsafe/sync corrections.ts). Besides what pulls carry, a till gets back its own
 * cash events, which it keeps but never pulls. Selling records only for protocol 2.
 */
export async function currentChanges(tx: Db, device: DeviceIdentity, refs: readonly RecordRef[], protocolVersion: number): Promise<ChangeV2[]> {
  const asked = refs.filter((r) => protocolVersion >= 2 || !SELLING.has(r.entity));
  const records = await loadVisible(
    tx,
    device,
    asked.map((r) => ({ entity: r.entity, entityId: r.id, op: 'put' })),
    correctionLoaders,
  );
  return asked.map((r): ChangeV2 => {
    const found = records.get(`${r.entity}:${r.id}`);
    return found ? { entity: r.entity, id: r.id, version: found.meta.version, fields: found.meta.fields, op: 'put', data: found.data } : { entity: r.entity, id: r.id, version: {}, op: 'delete', data: null };
  });
}

const correctionLoaders: Partial<Record<AnyEntityName, Loader>> = {
  ...loaders,
  cashEvent: async (tx, d, ids) =>
    (await tx.select().from(cashEvents).where(and(eq(cashEvents.tenantId, d.tenantId), eq(cashEvents.deviceId, d.deviceId), anyUuid(cashEvents.id, ids)))).map((r) =>
      plain(toCashEventRecord(r)),
    ),
};

async function loadVisible(
  tx: Db,
  device: DeviceIdentity,
  page: readonly { entity: string; entityId: string; op: string }[],
  from: Partial<Record<AnyEntityName, Loader>> = loaders,
): Promise<Map<string, Loaded>> {
  const out = new Map<string, Loaded>();
  for (const [entity, load] of Object.entries(from)) {
    const ids = page.filter((r) => r.entity === entity && r.op === 'put').map((r) => r.entityId);
    if (ids.length === 0) continue;
    for (const [id, record] of await load(tx, device, ids)) out.set(`${entity}:${id}`, record);
  }
  return out;
}
