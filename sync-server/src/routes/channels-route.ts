import { asc, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import type { AuthServices } from '../auth/auth-services';
import { orgAccess, type OrgEnv } from '../auth/org-access';
import { userAuth } from '../auth/user-auth';
import { channels, warehouses } from '../db/schema';

/**
 * `GET /api/v1/organisations/:orgId/channels`: the organisation's channels (stores, bars) with
 * their warehouses, read-only, for anyone with a role there. The back office needs them to pick
 * where a new till sells and to name the channel of a role; what a user may *do* in a channel is
 * still checked by each route that acts on it.
 */
export function channelsRoute(services: AuthServices) {
  const { db } = services;
  return new Hono<OrgEnv>().use('/:orgId/channels', userAuth(services), orgAccess(services)).get('/:orgId/channels', async (c) => {
    const { tenantId } = c.get('org');
    const [channelRows, warehouseRows] = await Promise.all([
      db
        .select({ id: channels.id, name: channels.name, kind: channels.kind, currency: channels.currency })
        .from(channels)
        .where(eq(channels.tenantId, tenantId))
        .orderBy(asc(channels.name), asc(channels.id)),
      db
        .select({ id: warehouses.id, channelId: warehouses.channelId, name: warehouses.name })
        .from(warehouses)
        .where(eq(warehouses.tenantId, tenantId))
        .orderBy(asc(warehouses.name), asc(warehouses.id)),
    ]);
    return c.json({
      channels: channelRows.map((channel) => ({
        ...channel,
        warehouses: warehouseRows.filter((w) => w.channelId === channel.id).map(({ id, name }) => ({ id, name })),
      })),
    });
  });
}
