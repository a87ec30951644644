import { Hono, type Context } from 'hono';
import type { z } from 'zod';
import { audit, type AuditAction } from '../auth/audit';
import type { AuthServices } from '../auth/auth-services';
import { clientAddress } from '../auth/client-address';
import { orgAccess, requireCapability, type OrgEnv } from '../auth/org-access';
import { userAuth } from '../auth/user-auth';
import type { Db } from '../db/database';
import { LIQUOR_STORE_DEFAULTS } from '../onboarding/liquor-store-defaults';
import { lockProgress, onboardingView, type OnboardingStep, type Progress } from '../onboarding/onboarding-progress';
import { catalogStepSchema, channelStepSchema, receiptStepSchema, taxRatesStepSchema, warehouseStepSchema } from '../onboarding/onboarding-schemas';
import { saveCatalog, saveChannel, saveReceipt, saveTaxRates, saveWarehouse, type StepOutcome } from '../onboarding/onboarding-steps';
import { recordChanges } from '../sync/change-log';
import { jsonBody } from '../validate';

/**
 * `/api/v1/organisations/:orgId/onboarding…`: the set-up wizard of a new business. `GET` says
 * which steps are done and what they made, so the wizard resumes; one `PUT` per step saves it
 * (201 the first time, 200 when redone). Steps go in order; each needs `catalog.edit` for the
 * whole organisation (owners and organisation-wide managers), is audited, and what tills need
 * (channel, warehouse, categories) enters the change log in the same transaction.
 */
export function onboardingRoute(services: AuthServices, trustProxy: boolean) {
  const { db, clock } = services;

  async function saveStep<B, T>(
    c: Context<OrgEnv>,
    step: OnboardingStep,
    schema: z.ZodType<B>,
    save: (tx: Db, progress: Progress, body: B) => Promise<StepOutcome<T>>,
    action: AuditAction,
  ) {
    const { tenantId } = c.get('org');
    requireCapability(c, 'catalog.edit');
    const body = await jsonBody(c, schema);
    const outcome = await db.transaction(async (tx) => {
      const progress = await lockProgress(tx, tenantId);
      const saved = await save(tx, progress, body);
      await audit(tx, {
        action,
        tenantId,
        actorUserId: c.get('user').userId,
        subject: step,
        before: saved.before,
        after: saved.result,
        ip: clientAddress(c, trustProxy),
        at: clock(),
      });
      // Last, so the change log's tenant lock is held only until the commit.
      await recordChanges(tx, tenantId, saved.changes);
      return saved;
    });
    if (outcome.changes.length) await c.var.notifier.publish(tenantId);
    return c.json({ step, ...outcome.result }, outcome.created ? 201 : 200);
  }

  return new Hono<OrgEnv>()
    .use('/:orgId/onboarding', userAuth(services), orgAccess(services))
    .use('/:orgId/onboarding/*', userAuth(services), orgAccess(services))
    .get('/:orgId/onboarding', async (c) => {
      requireCapability(c, 'catalog.edit');
      return c.json(await onboardingView(db, c.get('org').tenantId));
    })
    .get('/:orgId/onboarding/catalog/defaults', (c) => {
      requireCapability(c, 'catalog.edit');
      return c.json({ kind: 'liquor_store', ...LIQUOR_STORE_DEFAULTS });
    })
    .put('/:orgId/onboarding/channel', (c) => saveStep(c, 'channel', channelStepSchema, saveChannel, 'onboarding.channel_saved'))
    .put('/:orgId/onboarding/warehouse', (c) => saveStep(c, 'warehouse', warehouseStepSchema, saveWarehouse, 'onboarding.warehouse_saved'))
    .put('/:orgId/onboarding/catalog', (c) => saveStep(c, 'catalog', catalogStepSchema, saveCatalog, 'onboarding.catalog_saved'))
    .put('/:orgId/onboarding/tax-rates', (c) => saveStep(c, 'tax_rates', taxRatesStepSchema, saveTaxRates, 'onboarding.tax_rates_saved'))
    .put('/:orgId/onboarding/receipt', (c) => saveStep(c, 'receipt', receiptStepSchema, saveReceipt, 'onboarding.receipt_saved'));
}
