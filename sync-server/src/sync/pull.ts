import { and, eq, gte, or, type SQL } from 'drizzle-orm';
import { protocol3EntityNames, sellingEntityNames, type AnyEntityName, type ChangeV2, type PullResponseV2, type RecordMeta, type RecordRef, type SellingEntity } from '@tillsafe/sync';
import type { DeviceIdentity } from '../auth/device-auth';
import type { Db } from '../db/database';
import { staffInChannel } from '../auth/channel-staff';
import { cashEvents, categories, channels, customers, devices, drafts, products, sales, tabLines, tabs, warehouses } from '../db/schema';
import { refunds } from '../db/selling-schema';
import { inTransaction } from '../db/tenant-scope';
import { ApiError } from '../errors';
import { decodeCursor, encodeCursor } from './change-log';
import { anyUuid, runPrepared } from './bulk-write';
import { loadSelling } from './pg-selling-store';
import {
  productColumns,
  toCashEventRecord,
  toCategoryRecord,
  toChannelRecord,
  toCustomerRecord,
  toDraftRecord,
  toProductRecord,
  toRefundRecord,
  toSaleRecord,
  toStaffRecord,
  toTabLineRecord,
  toTabRecord,
  toWarehouseRecord,
} from './records';

/** How many days of finished business a till is sent when the server is not told otherwise (TILL_HISTORY_DAYS). */
export const DEFAULT_HISTORY_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface PullRequest {
  cursor?: string | undefined;
  limit: number;
  /** The protocol the till speaks (1 when absent). */
  protocolVersion?: number | undefined;
  /** Days of finished business sent (DEFAULT_HISTORY_DAYS when absent). */
  historyDays?: number | undefined;
}

/**
 * One page of the tenant's change log after `cursor`, scoped to what this device needs: the
 * catalog and customers of the tenant; the staff with a role in its channel, with that role (the
 * others as deletes); its own channel and warehouse; the tabs, tab lines
 * and sales of its channel; from protocol 2, the selling records (pricing rules, refunds and
 * loyalty entries of the tenant, its channel's selling settings); from protocol 3, the parked
 * sales of its channel. Finished business is sent for the last `historyDays` days only (see
 * historyLoaders). Positions outside the scope — records of a later protocol than the till
 * speaks, which it could not parse — still advance the cursor, so paging always moves forward.
 * (A till moving to a newer protocol pulls once from no cursor.)
 *
 * Answers the page as JSON text (a PullResponseV2). A fresh till's pull is the whole catalog,
 * tens of thousands of products: each product keeps its change as JSON text, written by the
 * database whenever the product is written (migration 0019), which the page's own statement reads
 * and this only passes along, instead of parsing, mapping and serialising each product again. The
 * other records go through their loaders. The page, the device's row and the loaders' reads are
 * each sent together.
 */
export async function pullChanges(db: Db, device: DeviceIdentity, request: PullRequest): Promise<string> {
  const { cursor: cursorText, limit, protocolVersion = 1, historyDays = DEFAULT_HISTORY_DAYS } = request;
  const after = decodeCursor(cursorText);
  if (after === undefined) throw new ApiError('BAD_CURSOR', 'The pull cursor is not one this server issued. Start again without a cursor.');
  return inTransaction(db, async (tx) => {
    const [rows, [dev]] = await Promise.all([
      runPrepared(tx, PAGE_SQL, [device.tenantId, after, limit]) as Promise<PageRow[]>,
      tx.select({ lastSeq: devices.lastSeq, tillNumber: devices.tillNumber }).from(devices).where(eq(devices.id, device.deviceId)).prepare('pull-device').execute(),
    ]);
    const page = readPage(rows);
    const visible = page.others.filter((r) => speaks(protocolVersion, r.entity));
    const records = await loadVisible(tx, device, visible, historyLoaders(new Date(Date.now() - historyDays * DAY_MS)));
    // Products come written already, joined by the database; a product put without a stored
    // product (one no longer there) is not sent.
    const changes: string[] = page.products ? [page.products] : [];
    for (const r of visible) {
      if (r.op === 'delete') {
        changes.push(JSON.stringify({ entity: r.entity as AnyEntityName, id: r.entityId, version: {}, op: 'delete', data: null } satisfies ChangeV2));
      } else {
        const found = records.get(`${r.entity}:${r.entityId}`);
        if (found) changes.push(JSON.stringify({ entity: r.entity as AnyEntityName, id: r.entityId, version: found.meta.version, fields: found.meta.fields, op: 'put', data: found.data } satisfies ChangeV2));
        else if (HIDDEN_AS_DELETE.has(r.entity)) changes.push(JSON.stringify({ entity: r.entity as AnyEntityName, id: r.entityId, version: {}, op: 'delete', data: null } satisfies ChangeV2));
      }
    }
    const envelope: PullResponseV2 = {
      cursor: encodeCursor(page.last ?? after),
      hasMore: page.hasMore,
      lastSeq: dev?.lastSeq ?? 0,
      changes: [],
      ...(dev ? { tillNumber: dev.tillNumber } : {}),
      historyDays,
    };
    return JSON.stringify(envelope).replace('"changes":[]', `"changes":[${changes.join(',')}]`);
  });
}

/**
 * A row as PAGE_SQL answers it: what the row is, then a position, entity, id, op and JSON text.
 * `change`: a position of the change log other than a product put; `products`: the page's
 * product puts, their changes' JSON joined by commas (null when there are none); `page`: the
 * page's last position, with `more` as its op when positions follow it.
 */
type PageRow = [row: 'change' | 'products' | 'page', pos: string | number | null, entity: string | null, entityId: string | null, op: string | null, json: string | null];

interface PageOfChanges {
  /** The positions other than product puts, in order. */
  others: { entity: string; entityId: string; op: 'put' | 'delete' }[];
  /** The product puts' changes, as JSON text joined by commas. */
  products: string | null;
  last: number | undefined;
  hasMore: boolean;
}

function readPage(rows: readonly PageRow[]): PageOfChanges {
  const page: PageOfChanges = { others: [], products: null, last: undefined, hasMore: false };
  for (const [row, pos, entity, entityId, op, json] of rows) {
    if (row === 'change') page.others.push({ entity: entity ?? '', entityId: entityId ?? '', op: op === 'delete' ? 'delete' : 'put' });
    else if (row === 'products') page.products = json;
    else {
      page.last = pos === null ? undefined : Number(pos);
      page.hasMore = op === 'more';
    }
  }
  return page;
}

/**
 * The page: the change log's next `$3` positions (taken first, with one more to tell whether
 * positions follow, so the planner never joins the whole rest of the log before it limits). Its
 * product puts come back as ONE row: the products' stored change JSON (migration 0019), joined by
 * the database. A fresh till's pull is tens of thousands of products, and one text per page costs
 * the server next to nothing to pass along, where a row per product was most of a page's cost.
 * Order within a page does not matter: the change log holds each record once, and a till applies
 * a page as a whole. Every other position comes back as its own row, in order, and a last row
 * tells the page's last position and whether more follow.
 */
const PAGE_SQL = `with ahead as materialized (
    select "pos", "entity", "entity_id", "op" from "change_index"
    where "tenant_id" = $1::uuid and "pos" > $2::bigint order by "pos" limit $3::int + 1
  ), page as materialized (
    select * from ahead order by "pos" limit $3::int
  )
  select * from (
    select 'change' as "row", c."pos", c."entity", c."entity_id", c."op", null::text as "json"
    from page c where c."entity" <> 'product' or c."op" <> 'put' order by c."pos"
  ) as changes
  union all
  select 'products', null, null, null, null, string_agg(p."change_json", ',')
  from page c join "products" p on p."tenant_id" = $1::uuid and p."id" = c."entity_id"
  where c."entity" = 'product' and c."op" = 'put'
  union all
  select 'page', (select max("pos") from page), null, null, case when (select count(*) from ahead) > $3::int then 'more' else 'last' end, null`;

interface Loaded {
  data: unknown;
  meta: RecordMeta;
}
type Loader = (tx: Db, device: DeviceIdentity, ids: string[]) => Promise<(readonly [string, Loaded])[]>;

const SELLING: ReadonlySet<string> = new Set(sellingEntityNames);
const PROTOCOL_3: ReadonlySet<string> = new Set(protocol3EntityNames);

/** Whether a till of this protocol can parse records of `entity`. */
const speaks = (protocolVersion: number, entity: string): boolean => (SELLING.has(entity) ? protocolVersion >= 2 : PROTOCOL_3.has(entity) ? protocolVersion >= 3 : true);

/**
 * Entities a till may hold from before and must drop once it may no longer see them: a staff
 * member whose role in this channel was removed, or who moved to another channel, is sent as a
 * delete, so they can no longer sign in here. (A till that never held them ignores the delete.)
 */
const HIDDEN_AS_DELETE: ReadonlySet<string> = new Set<AnyEntityName>(['staff']);
const selling =
  (entity: SellingEntity): Loader =>
  async (tx, d, ids) =>
    (await loadSelling(tx, d.tenantId, entity, ids)).map((data) => plain(data));

const plain = (data: { id: string }): readonly [string, Loaded] => [data.id, { data, meta: { version: {}, fields: {} } }];
const synced = (data: { id: string }, r: RecordMeta): readonly [string, Loaded] => [data.id, { data, meta: { version: r.version, fields: r.fields } }];

// The tabs, parked sales and sales of the device's channel, and of those only the ones `shown`
// also picks when given (the pull's history window, historyLoaders).
const tabsOfChannel =
  (shown?: SQL): Loader =>
  async (tx, d, ids) =>
    (await tx.select().from(tabs).where(and(eq(tabs.tenantId, d.tenantId), eq(tabs.channelId, d.channelId), anyUuid(tabs.id, ids), shown))).map((r) => synced(toTabRecord(r), r));
const draftsOfChannel =
  (shown?: SQL): Loader =>
  async (tx, d, ids) =>
    (await tx.select().from(drafts).where(and(eq(drafts.tenantId, d.tenantId), eq(drafts.channelId, d.channelId), anyUuid(drafts.id, ids), shown))).map((r) => synced(toDraftRecord(r), r));
const salesOfChannel =
  (shown?: SQL): Loader =>
  async (tx, d, ids) =>
    (await tx.select().from(sales).where(and(eq(sales.tenantId, d.tenantId), eq(sales.channelId, d.channelId), anyUuid(sales.id, ids), shown))).map((r) => plain(toSaleRecord(r)));

/** How each pulled entity's current record is read, already filtered to the device's scope. */
const loaders: Partial<Record<AnyEntityName, Loader>> = {
  product: async (tx, d, ids) =>
    (await tx.select(productColumns).from(products).where(and(eq(products.tenantId, d.tenantId), anyUuid(products.id, ids)))).map((r) => synced(toProductRecord(r), r)),
  category: async (tx, d, ids) =>
    (await tx.select().from(categories).where(and(eq(categories.tenantId, d.tenantId), anyUuid(categories.id, ids)))).map((r) => plain(toCategoryRecord(r))),
  // Each with their role in the till's channel; those with none there are not sent (see HIDDEN_AS_DELETE).
  staff: async (tx, d, ids) => (await staffInChannel(tx, d.tenantId, d.channelId, ids)).map((r) => plain(toStaffRecord(r))),
  customer: async (tx, d, ids) =>
    (await tx.select().from(customers).where(and(eq(customers.tenantId, d.tenantId), anyUuid(customers.id, ids)))).map((r) => synced(toCustomerRecord(r), r)),
  channel: async (tx, d, ids) =>
    (await tx.select().from(channels).where(and(eq(channels.tenantId, d.tenantId), eq(channels.id, d.channelId), anyUuid(channels.id, ids)))).map((r) => plain(toChannelRecord(r))),
  warehouse: async (tx, d, ids) =>
    (await tx.select().from(warehouses).where(and(eq(warehouses.tenantId, d.tenantId), eq(warehouses.id, d.warehouseId), anyUuid(warehouses.id, ids)))).map((r) =>
      plain(toWarehouseRecord(r)),
    ),
  tab: tabsOfChannel(),
  tabLine: async (tx, d, ids) =>
    (await tx.select().from(tabLines).where(and(eq(tabLines.tenantId, d.tenantId), eq(tabLines.channelId, d.channelId), anyUuid(tabLines.id, ids)))).map((r) =>
      synced(toTabLineRecord(r), r),
    ),
  draft: draftsOfChannel(),
  sale: salesOfChannel(),
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
 * The pull's loaders, which send finished business only from `since` on: sales sold since then,
 * with every refund of them (a till plans a refund from the sale and all its earlier refunds, so
 * it never holds one without the others), and refunds the server recorded since then, whatever
 * their sale's age (a till that still holds an older sale, not yet dropped, must hear of a new
 * refund of it); tabs closed since then, with their lines; parked sales taken back or discarded
 * since then. Open tabs and parked sales go however old they are.
 *
 * Without a window a till pulls its store's whole history: a store selling 500 times a day
 * would send a new or replaced till 180,000 sales after a year, and every till would keep them
 * all. A till looks an older sale up on the server for a return (sale-lookup.ts) and may drop
 * its own copies past the window (the pull tells it `historyDays`). The times are the till's
 * own (`soldAt`, `closedAt`): a clock that was wrong only decides whether a record is sent, never
 * what it says. Pushes' corrections use `loaders`: a record a till just wrote is answered as the
 * server holds it, however old.
 */
function historyLoaders(since: Date): Partial<Record<AnyEntityName, Loader>> {
  const tabShown = or(eq(tabs.status, 'open'), gte(tabs.closedAt, since));
  return {
    ...loaders,
    sale: salesOfChannel(gte(sales.soldAt, since)),
    refund: async (tx, d, ids) =>
      (
        await tx
          .select({ refund: refunds })
          .from(refunds)
          .leftJoin(sales, and(eq(sales.tenantId, refunds.tenantId), eq(sales.id, refunds.saleId)))
          .where(and(eq(refunds.tenantId, d.tenantId), anyUuid(refunds.id, ids), or(gte(sales.soldAt, since), gte(refunds.recordedAt, since))))
      ).map((r) => plain(toRefundRecord(r.refund))),
    tab: tabsOfChannel(tabShown),
    tabLine: async (tx, d, ids) =>
      (
        await tx
          .select({ line: tabLines })
          .from(tabLines)
          .innerJoin(tabs, and(eq(tabs.tenantId, tabLines.tenantId), eq(tabs.id, tabLines.tabId)))
          .where(and(eq(tabLines.tenantId, d.tenantId), eq(tabLines.channelId, d.channelId), anyUuid(tabLines.id, ids), tabShown))
      ).map((r) => synced(toTabLineRecord(r.line), r.line)),
    draft: draftsOfChannel(or(eq(drafts.status, 'parked'), gte(drafts.closedAt, since))),
  };
}

/**
 * The records' current state as this device may see it, as a pull would send them, and a
 * `delete` for each one the server does not hold or the device may not see: the corrections of a
 * push answer (@tillsafe/sync corrections.ts). Besides what pulls carry, a till gets back its own
 * cash events, which it keeps but never pulls. Selling records only for protocol 2, parked sales for 3.
 */
export async function currentChanges(tx: Db, device: DeviceIdentity, refs: readonly RecordRef[], protocolVersion: number): Promise<ChangeV2[]> {
  const asked = refs.filter((r) => speaks(protocolVersion, r.entity));
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
  // Every entity's read is sent at once: the driver pipelines them, one round trip for all.
  const loaded = await Promise.all(
    Object.entries(from).map(async ([entity, load]) => {
      const ids = page.filter((r) => r.entity === entity && r.op === 'put').map((r) => r.entityId);
      return ids.length === 0 ? [] : (await load(tx, device, ids)).map(([id, record]) => [`${entity}:${id}`, record] as const);
    }),
  );
  for (const records of loaded) for (const [key, record] of records) out.set(key, record);
  return out;
}
