import { mobileMoneyProvidersOf, type DepositItemRecord, type PriceListRecord, type PromotionRecord, type QuantityBreakRecord, type SellingSettingsRecord, type TaxCategoryRecord } from '@tillsafe/sync';
import type { Db } from '../db/database';
import { taxRates } from '../db/onboarding-schema';
import { depositItems, priceLists, promotions, quantityBreaks, sellingSettings } from '../db/selling-schema';
import { bulkInsert } from './bulk-write';
import { recordChanges, type ChangeRef } from './change-log';

export interface SellingRulesWrite {
  taxCategories?: readonly TaxCategoryRecord[];
  depositItems?: readonly DepositItemRecord[];
  priceLists?: readonly PriceListRecord[];
  quantityBreaks?: readonly QuantityBreakRecord[];
  promotions?: readonly PromotionRecord[];
  settings?: readonly SellingSettingsRecord[];
}

const UPSERT = { onConflict: 'update' } as const;

const puts = (entity: ChangeRef['entity'], records: readonly { id: string }[] = []): ChangeRef[] => records.map((r) => ({ entity, id: r.id, op: 'put' }));

/**
 * Stores pricing rules and selling settings (already parsed with their record schemas) for one
 * tenant and moves them in its change log, in one transaction, so every protocol-2 till pulls them.
 * The back office's pricing screens call this; so do the tests and the bench.
 */
export async function saveSellingRules(db: Db, tenantId: string, rules: SellingRulesWrite): Promise<void> {
  await db.transaction(async (tx) => {
    const now = new Date();
    await Promise.all([
      bulkInsert(
        tx,
        taxRates,
        (rules.taxCategories ?? []).map((c, sort) => ({ id: c.id, tenantId, name: c.name, rateBp: c.rateBp, inclusive: c.inclusive, sort })),
        UPSERT,
      ),
      bulkInsert(
        tx,
        depositItems,
        (rules.depositItems ?? []).map((d) => ({ id: d.id, tenantId, name: d.name, amount: d.amount, taxCategoryId: d.taxCategoryId, updatedAt: now })),
        UPSERT,
      ),
      bulkInsert(
        tx,
        priceLists,
        (rules.priceLists ?? []).map((l) => ({ ...l, tenantId, updatedAt: now })),
        UPSERT,
      ),
      bulkInsert(
        tx,
        quantityBreaks,
        (rules.quantityBreaks ?? []).map((rule) => ({ id: rule.id, tenantId, rule, updatedAt: now })),
        UPSERT,
      ),
      bulkInsert(
        tx,
        promotions,
        (rules.promotions ?? []).map((rule) => ({ id: rule.id, tenantId, kind: rule.kind, rule, updatedAt: now })),
        UPSERT,
      ),
      bulkInsert(
        tx,
        sellingSettings,
        (rules.settings ?? []).map((s) => ({
          channelId: s.id,
          tenantId,
          pricing: s.pricing,
          cashRounding: s.cashRounding,
          minimumAge: s.minimumAge,
          loyalty: s.loyalty,
          quickKeys: s.quickKeys ?? [],
          mobileMoneyProviders: [...mobileMoneyProvidersOf(s)],
          visualCheck: s.visualCheck ?? true,
          challengeAge: s.challengeAge ?? null,
          updatedAt: now,
        })),
        { onConflict: 'update', target: ['channelId'] },
      ),
    ]);
    await recordChanges(tx, tenantId, [
      ...puts('taxCategory', rules.taxCategories),
      ...puts('depositItem', rules.depositItems),
      ...puts('priceList', rules.priceLists),
      ...puts('quantityBreak', rules.quantityBreaks),
      ...puts('promotion', rules.promotions),
      ...puts('sellingSettings', rules.settings),
    ]);
  });
}
