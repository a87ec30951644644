import { asc, eq } from 'drizzle-orm';
import { Hono, type Context } from 'hono';
import { can } from '@tillsafe/domain';
import { audit } from '../auth/audit';
import type { AuthServices } from '../auth/auth-services';
import { clientAddress } from '../auth/client-address';
import { orgAccess, requireCapability, type OrgEnv } from '../auth/org-access';
import { userAuth } from '../auth/user-auth';
import { catalogToCsv } from '../catalog/catalog-csv';
import { loadCatalogReferences } from '../catalog/catalog-references';
import { applyImport, organisationCurrency, planImport } from '../catalog/import-catalog';
import type { CatalogActor } from '../catalog/write-products';
import { products } from '../db/schema';
import { ApiError } from '../errors';
import { productColumns, toProductRecord } from '../sync/records';

/**
 * `/api/v1/organisations/:orgId/catalog/export.csv` and `/catalog/import[/preview]`: the catalog
 * and its prices as a CSV file (catalog/catalog-csv.ts). Import is two calls with the same file:
 * the preview says what it would create and update and every row's problems, writing nothing;
 * the import applies all of it in one transaction, or — any row wrong — none of it.
 */
export function catalogCsvRoute(services: AuthServices, trustProxy: boolean) {
  const { db, clock } = services;

  function actorOf(c: Context<OrgEnv>): CatalogActor {
    requireCapability(c, 'catalog.edit');
    const role = c.get('org').roles.find((r) => r.channelId === null && can(r.role, 'catalog.edit'))!.role;
    return { userId: c.get('user').userId, role };
  }

  async function fileOf(c: Context<OrgEnv>): Promise<string> {
    const text = await c.req.text();
    if (!text.trim()) throw new ApiError('VALIDATION_FAILED', 'Send the CSV file as the request body (text/csv).');
    return text;
  }

  return new Hono<OrgEnv>()
    .use('/:orgId/catalog/*', userAuth(services), orgAccess(services))
    .get('/:orgId/catalog/export.csv', async (c) => {
      actorOf(c);
      const { tenantId } = c.get('org');
      const [refs, currency, rows] = await Promise.all([
        loadCatalogReferences(db, tenantId),
        organisationCurrency(db, tenantId),
        db.select(productColumns).from(products).where(eq(products.tenantId, tenantId)).orderBy(asc(products.name), asc(products.id)),
      ]);
      const day = new Date(clock()).toISOString().slice(0, 10);
      c.header('content-type', 'text/csv; charset=utf-8');
      c.header('content-disposition', `attachment; filename="catalog-${day}.csv"`);
      // The byte order mark tells spreadsheets the file is UTF-8; import drops it.
      return c.body(`\uFEFF${catalogToCsv(rows.map(toProductRecord), refs, currency)}`);
    })
    .post('/:orgId/catalog/import/preview', async (c) => {
      actorOf(c);
      const { plan } = await planImport(db, c.get('org').tenantId, await fileOf(c));
      return c.json(plan);
    })
    .post('/:orgId/catalog/import', async (c) => {
      const actor = actorOf(c);
      const { tenantId } = c.get('org');
      const { plan, saved } = await applyImport(db, tenantId, await fileOf(c), actor);
      if (plan.errorCount > 0) {
        throw new ApiError('IMPORT_INVALID', `${plan.errorCount} row problem${plan.errorCount === 1 ? '' : 's'} in the file; nothing was imported. Fix them and import again.`, { ...plan });
      }
      await audit(db, { action: 'catalog.imported', tenantId, actorUserId: actor.userId, subject: `${plan.creates} created, ${plan.updates} updated`, after: { rows: plan.rows, creates: plan.creates, updates: plan.updates }, ip: clientAddress(c, trustProxy), at: clock() });
      await c.var.notifier.publish(tenantId);
      return c.json({ ...plan, applied: saved.length });
    });
}
