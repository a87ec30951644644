import { and, eq, sql } from 'drizzle-orm';
import { defaultSellingSettings, mobileMoneyProvidersOf, type CheckoutSettings } from '@tillsafe/sync';
import { findChannel } from '../catalog/find-channel';
import type { Db } from '../db/database';
import { sellingSettings } from '../db/selling-schema';
import { ApiError } from '../errors';
import { recordChanges } from './change-log';

export interface ChannelCheckoutSettings extends CheckoutSettings {
  channel: { id: string; name: string };
  /** The channel's minimum age, which the challenge age may not be under. */
  minimumAge: number;
}

async function current(tx: Db, tenantId: string, channelId: string, lock: boolean) {
  const query = tx
    .select({ minimumAge: sellingSettings.minimumAge, mobileMoneyProviders: sellingSettings.mobileMoneyProviders, visualCheck: sellingSettings.visualCheck, challengeAge: sellingSettings.challengeAge })
    .from(sellingSettings)
    .where(and(eq(sellingSettings.tenantId, tenantId), eq(sellingSettings.channelId, channelId)));
  const [row] = lock ? await query.for('update') : await query;
  const defaults = defaultSellingSettings(channelId);
  return row ?? { minimumAge: defaults.minimumAge, mobileMoneyProviders: [...mobileMoneyProvidersOf(defaults)], visualCheck: true, challengeAge: null };
}

/** One channel's checkout settings (the defaults when it has no selling settings yet). */
export async function loadCheckoutSettings(tx: Db, tenantId: string, channelId: string): Promise<ChannelCheckoutSettings> {
  const channel = await findChannel(tx, tenantId, channelId);
  const row = await current(tx, tenantId, channelId, false);
  return { channel: { id: channel.id, name: channel.name }, ...row };
}

/**
 * Replaces one channel's checkout settings and nothing else of its selling settings (so a
 * concurrent change of its rounding or quick keys is kept), and moves them in the change log for
 * its tills. A challenge age under the channel's minimum age is refused: a visual check would then
 * serve people the store may not. Returns the settings as they were, for the audit log.
 */
export async function saveCheckoutSettings(tx: Db, tenantId: string, channelId: string, settings: CheckoutSettings): Promise<CheckoutSettings> {
  await findChannel(tx, tenantId, channelId);
  const { minimumAge, ...before } = await current(tx, tenantId, channelId, true);
  if (settings.challengeAge !== null && settings.challengeAge < minimumAge) {
    throw new ApiError('CHALLENGE_AGE_BELOW_MINIMUM', `The challenge age cannot be under this store's minimum age of ${minimumAge}: a visual check would serve people the store may not.`, { minimumAge });
  }
  const defaults = defaultSellingSettings(channelId);
  const values = { mobileMoneyProviders: [...settings.mobileMoneyProviders], visualCheck: settings.visualCheck, challengeAge: settings.challengeAge };
  await tx
    .insert(sellingSettings)
    .values({ channelId, tenantId, pricing: defaults.pricing, cashRounding: defaults.cashRounding, minimumAge: defaults.minimumAge, loyalty: defaults.loyalty, ...values, updatedAt: new Date() })
    .onConflictDoUpdate({
      target: sellingSettings.channelId,
      set: { mobileMoneyProviders: sql`excluded.mobile_money_providers`, visualCheck: sql`excluded.visual_check`, challengeAge: sql`excluded.challenge_age`, updatedAt: sql`excluded.updated_at` },
    });
  await recordChanges(tx, tenantId, [{ entity: 'sellingSettings', id: channelId, op: 'put' }]);
  return before;
}
