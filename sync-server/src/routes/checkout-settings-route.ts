import { Hono, type Context } from 'hono';
import { checkoutSettingsSchema } from '@tillsafe/sync';
import { audit } from '../auth/audit';
import type { AuthServices } from '../auth/auth-services';
import { clientAddress } from '../auth/client-address';
import { orgAccess, requireCapability, type OrgEnv } from '../auth/org-access';
import { userAuth } from '../auth/user-auth';
import { ApiError } from '../errors';
import { loadCheckoutSettings, saveCheckoutSettings } from '../sync/checkout-settings';
import { jsonBody } from '../validate';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `/api/v1/organisations/:orgId/channels/:channelId/checkout-settings`: how a channel's tills take
 * mobile money and check age. These are selling rules of the channel, like its rounding and
 * minimum age, so they need `pricing.edit` there: owners, organisation-wide managers and the
 * channel's managers. A save changes these fields only, is audited and is pulled by the tills.
 */
export function checkoutSettingsRoute(services: AuthServices, trustProxy: boolean) {
  const { db, clock } = services;
  const path = '/:orgId/channels/:channelId/checkout-settings';

  function channelOf(c: Context<OrgEnv>): string {
    const channelId = c.req.param('channelId') ?? '';
    if (!UUID.test(channelId)) throw new ApiError('NOT_FOUND', 'There is no such channel in this organisation.');
    requireCapability(c, 'pricing.edit', channelId);
    return channelId;
  }

  return new Hono<OrgEnv>()
    .use(path, userAuth(services), orgAccess(services))
    .get(path, async (c) => c.json(await loadCheckoutSettings(db, c.get('org').tenantId, channelOf(c))))
    .put(path, async (c) => {
      const channelId = channelOf(c);
      const { tenantId } = c.get('org');
      const settings = await jsonBody(c, checkoutSettingsSchema);
      const before = await saveCheckoutSettings(db, tenantId, channelId, settings);
      await audit(db, { action: 'selling.checkout_settings_saved', tenantId, actorUserId: c.get('user').userId, subject: channelId, before, after: settings, ip: clientAddress(c, trustProxy), at: clock() });
      await c.var.notifier.publish(tenantId);
      return c.json(await loadCheckoutSettings(db, tenantId, channelId));
    });
}
