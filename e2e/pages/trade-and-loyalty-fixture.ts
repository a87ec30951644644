import postgres from 'postgres';
import { DEMO, openDatabase } from '@tillsafe/sync-server';
import { saveSellingRules, type SellingRulesWrite } from '@tillsafe/sync-server/testing';

type Settings = NonNullable<SellingRulesWrite['settings']>[number];
type PriceEntry = { productId: string; packId: string; price: number };

/**
 * Gives the demo store a wholesale price list and a loyalty programme (a point per cent spent, a
 * point pays a cent, one Member tier), written the way the back office saves rules so tills pull
 * them. The channel's other settings (pricing, cash rounding, minimum age, quick keys) are kept.
 */
export async function saveTradePricesAndLoyalty(list: { id: string; name: string; entries: PriceEntry[] }): Promise<void> {
  const db = postgres(process.env.E2E_DATABASE_URL!, { max: 1, onnotice: () => undefined });
  let settings: Settings;
  try {
    const [current] = await db<{ pricing: Settings['pricing']; cash_rounding: Settings['cashRounding']; minimum_age: number; quick_keys: Settings['quickKeys'] }[]>`
      select pricing, cash_rounding, minimum_age, quick_keys from selling_settings where channel_id = ${DEMO.store.channel.id}`;
    settings = current
      ? { id: DEMO.store.channel.id, pricing: current.pricing, cashRounding: current.cash_rounding, minimumAge: current.minimum_age, loyalty: null, quickKeys: current.quick_keys ?? [] }
      : { id: DEMO.store.channel.id, pricing: { rounding: 'half-even', taxRounding: 'line' }, cashRounding: null, minimumAge: 21, loyalty: null };
  } finally {
    await db.end();
  }
  const database = await openDatabase({ url: process.env.E2E_DATABASE_URL! });
  try {
    await saveSellingRules(database.db, DEMO.tenant.id, {
      priceLists: [{ ...list, kind: 'wholesale', customerId: null, currency: 'USD', validFrom: null, validTo: null }],
      settings: [
        {
          ...settings,
          loyalty: { earn: { points: 1, perMinorUnits: 1 }, pointValue: { points: 1, value: 1 }, tiers: [{ id: 'member', name: 'Member', minLifetimePoints: 0, multiplierBp: 10_000 }], offlineRedemptionLimit: 100_000 },
        },
      ],
    });
  } finally {
    await database.close();
  }
}
