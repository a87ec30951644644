import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/database';
import { channels } from '../db/schema';
import { ApiError } from '../errors';

/** One channel of the tenant, for the back office's per-channel settings; NOT_FOUND otherwise. */
export async function findChannel(tx: Db, tenantId: string, channelId: string) {
  const [channel] = await tx
    .select({ id: channels.id, name: channels.name, currency: channels.currency, locale: channels.locale })
    .from(channels)
    .where(and(eq(channels.tenantId, tenantId), eq(channels.id, channelId)));
  if (!channel) throw new ApiError('NOT_FOUND', 'There is no such channel in this organisation.');
  return channel;
}
