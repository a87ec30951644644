import { and, eq, isNull, or } from 'drizzle-orm';
import { emptyMeta, type SellingEntity, type SellingEntityTypes, type SellingRecordStore, type SellingWrite, type Stored } from '@tillsafe/sync';
import type { Db } from '../db/database';
import { receiptDetails, taxRates } from '../db/onboarding-schema';
import { depositItems, loyaltyLedger, priceLists, promotions, quantityBreaks, refunds, sellingSettings } from '../db/selling-schema';
import { anyUuid, bulkInsert } from './bulk-write';
import { toDepositItemRecord, toLoyaltyEntryRecord, toPriceListRecord, toRefundRecord, toSellingSettingsRecord, toTaxCategoryRecord } from './records';

type Loader<E extends SellingEntity> = (tx: Db, tenantId: string, ids: string[]) => Promise<SellingEntityTypes[E][]>;

const taxCategoryColumns = { id: taxRates.id, name: taxRates.name, rateBp: taxRates.rateBp, inclusive: taxRates.inclusive };

/** How each selling entity is read by id, scoped to the tenant. */
const loaders: { [E in SellingEntity]: Loader<E> } = {
  taxCategory: async (tx, t, ids) => (await tx.select(taxCategoryColumns).from(taxRates).where(and(eq(taxRates.tenantId, t), anyUuid(taxRates.id, ids)))).map(toTaxCategoryRecord),
  depositItem: async (tx, t, ids) => (await tx.select().from(depositItems).where(and(eq(depositItems.tenantId, t), anyUuid(depositItems.id, ids)))).map(toDepositItemRecord),
  priceList: async (tx, t, ids) => (await tx.select().from(priceLists).where(and(eq(priceLists.tenantId, t), anyUuid(priceLists.id, ids)))).map(toPriceListRecord),
  quantityBreak: async (tx, t, ids) => (await tx.select().from(quantityBreaks).where(and(eq(quantityBreaks.tenantId, t), anyUuid(quantityBreaks.id, ids)))).map((r) => r.rule),
  promotion: async (tx, t, ids) => (await tx.select().from(promotions).where(and(eq(promotions.tenantId, t), anyUuid(promotions.id, ids)))).map((r) => r.rule),
  // Each channel's settings carry its receipt details (onboarding's receipt step), for the till's receipt header.
  sellingSettings: async (tx, t, ids) => {
    const [rows, receipts] = await Promise.all([
      tx.select().from(sellingSettings).where(and(eq(sellingSettings.tenantId, t), anyUuid(sellingSettings.channelId, ids))).prepare('load-selling-settings').execute(),
      tx
        .select({ channelId: receiptDetails.channelId, legalName: receiptDetails.legalName, addressLines: receiptDetails.addressLines, taxNumber: receiptDetails.taxNumber, footer: receiptDetails.footer })
        .from(receiptDetails)
        .where(and(eq(receiptDetails.tenantId, t), anyUuid(receiptDetails.channelId, ids))),
    ]);
    const byChannel = new Map(receipts.map(({ channelId, ...receipt }) => [channelId, receipt]));
    return rows.map((r) => toSellingSettingsRecord(r, byChannel.get(r.channelId) ?? null));
  },
  refund: async (tx, t, ids) => (await tx.select().from(refunds).where(and(eq(refunds.tenantId, t), anyUuid(refunds.id, ids))).prepare('load-refunds').execute()).map(toRefundRecord),
  loyaltyEntry: async (tx, t, ids) => (await tx.select().from(loyaltyLedger).where(and(eq(loyaltyLedger.tenantId, t), anyUuid(loyaltyLedger.id, ids)))).map(toLoyaltyEntryRecord),
};

/** Reads a selling entity by id: the same loaders serve the push and the pull. */
export function loadSelling<E extends SellingEntity>(tx: Db, tenantId: string, entity: E, ids: string[]): Promise<SellingEntityTypes[E][]> {
  return (loaders[entity] as Loader<E>)(tx, tenantId, ids);
}

/**
 * The selling records of one tenant for the mutators. They are immutable or written by the back
 * office, never by a mutator, so nothing here is locked; refunds of one sale are serialised by the
 * lock on the sale row instead.
 */
export function pgSellingStore(tx: Db, tenantId: string): SellingRecordStore {
  return {
    async load<E extends SellingEntity>(entity: E, ids: readonly string[]) {
      const out = new Map<string, Stored<SellingEntityTypes[E]>>();
      if (ids.length === 0) return out;
      for (const data of await loadSelling(tx, tenantId, entity, [...ids])) out.set(data.id, { data, meta: emptyMeta() });
      return out;
    },
    async rules(customerId) {
      const lists = and(eq(priceLists.tenantId, tenantId), customerId === null ? isNull(priceLists.customerId) : or(isNull(priceLists.customerId), eq(priceLists.customerId, customerId)));
      // Issued together: the driver pipelines them into one round trip.
      const [taxCategories, deposits, listRows, breaks, promos] = await Promise.all([
        tx.select(taxCategoryColumns).from(taxRates).where(eq(taxRates.tenantId, tenantId)),
        tx.select().from(depositItems).where(eq(depositItems.tenantId, tenantId)),
        tx.select().from(priceLists).where(lists),
        tx.select({ rule: quantityBreaks.rule }).from(quantityBreaks).where(eq(quantityBreaks.tenantId, tenantId)),
        tx.select({ rule: promotions.rule }).from(promotions).where(eq(promotions.tenantId, tenantId)),
      ]);
      return {
        taxCategories: taxCategories.map(toTaxCategoryRecord),
        depositItems: deposits.map(toDepositItemRecord),
        priceLists: listRows.map(toPriceListRecord),
        quantityBreaks: breaks.map((r) => r.rule),
        promotions: promos.map((r) => r.rule),
      };
    },
    async refundsOfSale(saleId) {
      return (await tx.select().from(refunds).where(and(eq(refunds.tenantId, tenantId), eq(refunds.saleId, saleId))).prepare('refunds-of-sale').execute()).map(toRefundRecord);
    },
    async loyaltyEntriesOf(customerId) {
      return (await tx.select().from(loyaltyLedger).where(and(eq(loyaltyLedger.tenantId, tenantId), eq(loyaltyLedger.customerId, customerId))).prepare('loyalty-of-customer').execute()).map(
        toLoyaltyEntryRecord,
      );
    },
  };
}

const CREATE_ONCE = { onConflict: 'nothing' } as const;

/** Writes what selling mutators create: refunds and loyalty entries, each once by id. */
export async function saveSelling(tx: Db, tenantId: string, writes: readonly SellingWrite[]): Promise<void> {
  const of = <E extends 'refund' | 'loyaltyEntry'>(entity: E) => writes.filter((w) => w.entity === entity).map((w) => w.stored.data as SellingEntityTypes[E]);
  const unexpected = writes.find((w) => w.entity !== 'refund' && w.entity !== 'loyaltyEntry');
  if (unexpected) throw new Error(`${unexpected.entity} records are not written by mutators`);
  await Promise.all([
    bulkInsert(
      tx,
      refunds,
      of('refund').map((r) => ({ id: r.id, tenantId, saleId: r.saleId, channelId: r.channelId, deviceId: r.deviceId, actorId: r.actorId, lines: r.lines, tenders: r.tenders, total: r.total, withReceipt: r.withReceipt, at: r.at })),
      CREATE_ONCE,
    ),
    bulkInsert(
      tx,
      loyaltyLedger,
      of('loyaltyEntry').map((e) => ({
        id: e.id,
        tenantId,
        customerId: e.customerId,
        saleId: e.saleId ?? null,
        kind: e.kind,
        points: e.points,
        reversesId: e.kind === 'reverse' ? e.reversesId : null,
        reversedKind: e.kind === 'reverse' ? e.reversedKind : null,
        reason: e.kind === 'adjust' ? e.reason : null,
        actorId: e.kind === 'adjust' ? e.actorId : null,
        at: e.at,
      })),
      CREATE_ONCE,
    ),
  ]);
}
