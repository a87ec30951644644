import { and, asc, eq, gt, inArray } from 'drizzle-orm';
import type { Change, EntityName, PullResponse } from '@tillsafe/sync';
import type { DeviceIdentity } from '../auth/device-auth';
import type { Db } from '../db/database';
import { categories, changeIndex, channels, devices, products, staff, warehouses } from '../db/schema';
import { ApiError } from '../errors';
import { decodeCursor, encodeCursor } from './change-log';
import { toCategoryRecord, toChannelRecord, toProductRecord, toStaffRecord, toWarehouseRecord } from './records';

/** Entities every till of the tenant receives; channel and warehouse only its own. */
const TENANT_WIDE: ReadonlySet<string> = new Set<EntityName>(['category', 'product', 'staff']);

/**
 * One page of the tenant's change log after `cursor`, scoped to what this device needs.
 * Positions skipped by the scope still advance the cursor, so paging always moves forward.
 */
export async function pullChanges(db: Db, device: DeviceIdentity, cursorText: string | undefined, limit: number): Promise<PullResponse> {
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
    const visible = page.filter(
      (r) => TENANT_WIDE.has(r.entity) || (r.entity === 'channel' && r.entityId === device.channelId) || (r.entity === 'warehouse' && r.entityId === device.warehouseId),
    );
    const data = await loadRecords(tx, device.tenantId, visible.filter((r) => r.op === 'put'));
    const changes: Change[] = visible.map((r) => ({
      entity: r.entity as EntityName,
      id: r.entityId,
      version: { server: r.pos },
      op: r.op,
      data: r.op === 'put' ? (data.get(`${r.entity}:${r.entityId}`) ?? null) : null,
    }));
    const [dev] = await tx.select({ lastSeq: devices.lastSeq }).from(devices).where(eq(devices.id, device.deviceId));
    const last = page.at(-1);
    return { cursor: encodeCursor(last ? last.pos : after), hasMore, lastSeq: dev?.lastSeq ?? 0, changes };
  });
}

type Loader = (tx: Db, tenantId: string, ids: string[]) => Promise<(readonly [string, unknown])[]>;

/** How each pulled entity's current record is read; `sale` is not pulled by tills yet. */
const loaders: Partial<Record<EntityName, Loader>> = {
  product: async (tx, t, ids) =>
    (await tx.select().from(products).where(and(eq(products.tenantId, t), inArray(products.id, ids)))).map((r) => [r.id, toProductRecord(r)] as const),
  category: async (tx, t, ids) =>
    (await tx.select().from(categories).where(and(eq(categories.tenantId, t), inArray(categories.id, ids)))).map((r) => [r.id, toCategoryRecord(r)] as const),
  staff: async (tx, t, ids) =>
    (await tx.select().from(staff).where(and(eq(staff.tenantId, t), inArray(staff.id, ids)))).map((r) => [r.id, toStaffRecord(r)] as const),
  channel: async (tx, t, ids) =>
    (await tx.select().from(channels).where(and(eq(channels.tenantId, t), inArray(channels.id, ids)))).map((r) => [r.id, toChannelRecord(r)] as const),
  warehouse: async (tx, t, ids) =>
    (await tx.select().from(warehouses).where(and(eq(warehouses.tenantId, t), inArray(warehouses.id, ids)))).map((r) => [r.id, toWarehouseRecord(r)] as const),
};

async function loadRecords(tx: Db, tenantId: string, refs: readonly { entity: string; entityId: string }[]): Promise<Map<string, unknown>> {
  const out = new Map<string, unknown>();
  for (const [entity, load] of Object.entries(loaders)) {
    const ids = refs.filter((r) => r.entity === entity).map((r) => r.entityId);
    if (ids.length === 0) continue;
    for (const [id, record] of await load(tx, tenantId, ids)) out.set(`${entity}:${id}`, record);
  }
  return out;
}
