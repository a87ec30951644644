import { z } from 'zod';
import { quickKeySchema, type QuickKey } from '@tillsafe/sync';
import type { OfficeSession } from './office-session';

const keyProductSchema = z.object({
  id: z.string(),
  name: z.string(),
  active: z.boolean(),
  packs: z.array(z.object({ id: z.string(), name: z.string(), units: z.number(), price: z.number() })),
});

export const channelQuickKeysSchema = z.object({
  channel: z.object({ id: z.string(), name: z.string(), currency: z.string(), locale: z.string() }),
  quickKeys: z.array(quickKeySchema),
  products: z.array(keyProductSchema),
});
export type ChannelQuickKeys = z.infer<typeof channelQuickKeysSchema>;

const productPickSchema = z.object({ products: z.array(keyProductSchema), total: z.number() });

/** The quick-key calls of docs/api.md ("A channel's quick keys"). */
export function createQuickKeysApi(session: OfficeSession) {
  const keys = (orgId: string, channelId: string) => `/api/v1/organisations/${encodeURIComponent(orgId)}/channels/${encodeURIComponent(channelId)}/quick-keys`;
  return {
    load: (orgId: string, channelId: string): Promise<ChannelQuickKeys> => session.request(keys(orgId, channelId), channelQuickKeysSchema),
    searchProducts: (orgId: string, channelId: string, q: string) => session.request(`${keys(orgId, channelId)}/products?${new URLSearchParams(q.trim() ? { q: q.trim() } : {}).toString()}`, productPickSchema),
    save: (orgId: string, channelId: string, quickKeys: readonly QuickKey[]): Promise<ChannelQuickKeys> =>
      session.request(keys(orgId, channelId), channelQuickKeysSchema, { method: 'PUT', body: { quickKeys } }),
  };
}
