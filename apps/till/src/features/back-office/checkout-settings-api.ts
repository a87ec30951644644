import { z } from 'zod';
import { checkoutSettingsSchema, type CheckoutSettings } from '@tillsafe/sync';
import type { OfficeSession } from './office-session';

export const channelCheckoutSettingsSchema = checkoutSettingsSchema.extend({
  channel: z.object({ id: z.string(), name: z.string() }),
  minimumAge: z.number(),
});
export type ChannelCheckoutSettings = z.infer<typeof channelCheckoutSettingsSchema>;

/** The checkout-settings calls of docs/api.md ("A channel's checkout settings"). */
export function createCheckoutSettingsApi(session: OfficeSession) {
  const path = (orgId: string, channelId: string) => `/api/v1/organisations/${encodeURIComponent(orgId)}/channels/${encodeURIComponent(channelId)}/checkout-settings`;
  return {
    load: (orgId: string, channelId: string): Promise<ChannelCheckoutSettings> => session.request(path(orgId, channelId), channelCheckoutSettingsSchema),
    save: (orgId: string, channelId: string, settings: CheckoutSettings): Promise<ChannelCheckoutSettings> =>
      session.request(path(orgId, channelId), channelCheckoutSettingsSchema, { method: 'PUT', body: settings }),
  };
}
