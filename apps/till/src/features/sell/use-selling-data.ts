import type { CustomerRecord, SellingRules, SellingSettingsRecord } from '@tillsafe/sync';
import { db } from '../../app/services';
import { recordTables } from '../../db/record-tables';
import { sellingSettingsOf } from '../../db/selling-settings';
import { useLiveQuery } from '../../lib/use-live-query';
import { dexieSellingStore } from '../../sync-client/dexie-selling-store';

/** What the till sells by in its channel, for one customer, as last pulled. */
export interface SellingData {
  /** Rounding, cash rounding, minimum age and loyalty programme (defaults until the channel's arrive). */
  settings: SellingSettingsRecord;
  /** Every pricing rule but other customers' price lists. */
  rules: SellingRules;
  /** The attached customer, or null for a walk-in (or a customer this till does not hold). */
  customer: CustomerRecord | null;
}

/**
 * The channel's selling settings, the pricing rules for the customer and the customer, live: a
 * pull that changes a promotion re-prices the open cart at once. Read through the same selling
 * store the sale mutator reads, so the screen prices from exactly what the sale will.
 */
export function useSellingData(channelId: string, customerId: string | null): SellingData | undefined {
  return useLiveQuery(async () => {
    const [settings, rules, customer] = await Promise.all([
      db.sellingSettings.get(channelId),
      dexieSellingStore(db).rules(customerId),
      customerId === null ? undefined : db.customers.get(customerId),
    ]);
    return {
      settings: sellingSettingsOf(settings, channelId),
      rules,
      customer: customer ? (recordTables.customer.fromRow(customer).data as CustomerRecord) : null,
    };
  }, [channelId, customerId]);
}
