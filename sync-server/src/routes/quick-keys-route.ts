import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { quickKeysInputSchema } from '@tillsafe/sync';
import { audit } from '../auth/audit';
import type { AuthServices } from '../auth/auth-services';
import { clientAddress } from '../auth/client-address';
import { orgAccess, requireCapability, type OrgEnv } from '../auth/org-access';
import { userAuth } from '../auth/user-auth';
import { listProducts } from '../catalog/list-products';
import { loadQuickKeys, saveQuickKeys } from '../catalog/quick-keys';
import { ApiError } from '../errors';
import { jsonBody, parseWith } from '../validate';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const productSearchSchema = z.object({ q: z.string().trim().max(100).optional() });
const SEARCH_LIMIT = 20;

/**
 * `/api/v1/organisations/:orgId/channels/:channelId/quick-keys`: the channel's quick-key pad for
 * the back office. Arranging what a store's till shows is catalog work for that store, so it needs
 * `catalog.edit` in the channel: owners, organisation-wide managers and the channel's own
 * managers. `/products` searches the organisation's active products to pick keys from (a store
 * manager may not browse the whole catalog editor, but may pick from it). A save replaces the
 * keys only, is audited and is pulled by the channel's tills.
 */
export function quickKeysRoute(services: AuthServices, trustProxy: boolean) {
  const { db, clock } = services;

  function channelOf(c: Context<OrgEnv>): string {
    const channelId = c.req.param('channelId') ?? '';
    if (!UUID.test(channelId)) throw new ApiError('NOT_FOUND', 'There is no such channel in this organisation.');
    requireCapability(c, 'catalog.edit', channelId);
    return channelId;
  }

  return new Hono<OrgEnv>()
    .use('/:orgId/channels/:channelId/quick-keys', userAuth(services), orgAccess(services))
    .use('/:orgId/channels/:channelId/quick-keys/*', userAuth(services), orgAccess(services))
    .get('/:orgId/channels/:channelId/quick-keys', async (c) => {
      const channelId = channelOf(c);
      return c.json(await loadQuickKeys(db, c.get('org').tenantId, channelId));
    })
    .get('/:orgId/channels/:channelId/quick-keys/products', async (c) => {
      channelOf(c);
      const { q } = parseWith(productSearchSchema, c.req.query(), 'product search');
      const page = await listProducts(db, c.get('org').tenantId, { ...(q ? { q } : {}), status: 'active', limit: SEARCH_LIMIT, offset: 0 });
      return c.json({
        products: page.products.map((p) => ({ id: p.id, name: p.name, active: p.active, packs: p.packs.map((k) => ({ id: k.id, name: k.name, units: k.units, price: k.price })) })),
        total: page.total,
      });
    })
    .put('/:orgId/channels/:channelId/quick-keys', async (c) => {
      const channelId = channelOf(c);
      const { tenantId } = c.get('org');
      const { quickKeys } = await jsonBody(c, quickKeysInputSchema);
      const before = await saveQuickKeys(db, tenantId, channelId, quickKeys);
      await audit(db, {
        action: 'catalog.quick_keys_saved',
        tenantId,
        actorUserId: c.get('user').userId,
        subject: channelId,
        before,
        after: quickKeys,
        ip: clientAddress(c, trustProxy),
        at: clock(),
      });
      await c.var.notifier.publish(tenantId);
      return c.json(await loadQuickKeys(db, tenantId, channelId));
    });
}
