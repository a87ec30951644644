import { Hono, type Context } from 'hono';
import { can } from '@tillsafe/domain';
import { productInputSchema, uuidv7, type ProductRecord } from '@tillsafe/sync';
import { audit } from '../auth/audit';
import type { AuthServices } from '../auth/auth-services';
import { clientAddress } from '../auth/client-address';
import { orgAccess, requireCapability, type OrgEnv } from '../auth/org-access';
import { userAuth } from '../auth/user-auth';
import { loadCatalogReferences } from '../catalog/catalog-references';
import type { ProductWrite } from '../catalog/check-products';
import { findProduct, listProducts, productListQuerySchema } from '../catalog/list-products';
import { CatalogRejected, setProductActive, writeProducts, type CatalogActor } from '../catalog/write-products';
import { ApiError } from '../errors';
import { jsonBody, parseWith } from '../validate';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `/api/v1/organisations/:orgId/products` and `/catalog/references`: the organisation's catalog
 * for the back office. Reading and writing need `catalog.edit` for the whole organisation (the
 * catalog is shared by all its channels): owners and organisation-wide managers. Writes go
 * through write-products.ts, which applies them as tills' `product.upsert` is applied and moves
 * them in the change log, so every till pulls them; each is audited.
 */
export function productsRoute(services: AuthServices, trustProxy: boolean) {
  const { db, clock } = services;

  function actorOf(c: Context<OrgEnv>): CatalogActor {
    requireCapability(c, 'catalog.edit');
    const role = c.get('org').roles.find((r) => r.channelId === null && can(r.role, 'catalog.edit'))!.role;
    return { userId: c.get('user').userId, role };
  }

  function productId(c: Context<OrgEnv>): string {
    const id = c.req.param('productId') ?? '';
    if (!UUID.test(id)) throw new ApiError('NOT_FOUND', 'There is no such product in this organisation.');
    return id;
  }

  async function save(c: Context<OrgEnv>, write: ProductWrite, edit: ProductRecord | undefined): Promise<ProductRecord> {
    const actor = actorOf(c);
    const { tenantId } = c.get('org');
    let saved: ProductRecord;
    try {
      [saved] = (await writeProducts(db, tenantId, [write], actor, edit ? { mustExist: new Set([write.id]) } : {})) as [ProductRecord];
    } catch (error) {
      if (error instanceof CatalogRejected) {
        const first = error.problems[0]!;
        throw new ApiError(first.code, first.message, { field: first.field, problems: error.problems.map(({ field, code, message }) => ({ field, code, message })) });
      }
      throw error;
    }
    await audit(db, {
      action: 'catalog.product_saved',
      tenantId,
      actorUserId: actor.userId,
      subject: write.id,
      before: edit ?? null,
      after: saved,
      ip: clientAddress(c, trustProxy),
      at: clock(),
    });
    await c.var.notifier.publish(tenantId);
    return saved;
  }

  async function existing(c: Context<OrgEnv>): Promise<ProductRecord> {
    const found = await findProduct(db, c.get('org').tenantId, productId(c));
    if (!found) throw new ApiError('NOT_FOUND', 'There is no such product in this organisation.');
    return found;
  }

  return new Hono<OrgEnv>()
    .use('/:orgId/products', userAuth(services), orgAccess(services))
    .use('/:orgId/products/*', userAuth(services), orgAccess(services))
    .use('/:orgId/catalog/references', userAuth(services), orgAccess(services))
    .get('/:orgId/catalog/references', async (c) => {
      actorOf(c);
      return c.json(await loadCatalogReferences(db, c.get('org').tenantId));
    })
    .get('/:orgId/products', async (c) => {
      actorOf(c);
      const query = parseWith(productListQuerySchema, c.req.query(), 'product search');
      const page = await listProducts(db, c.get('org').tenantId, query);
      return c.json({ ...page, limit: query.limit, offset: query.offset });
    })
    .post('/:orgId/products', async (c) => {
      actorOf(c);
      const input = await jsonBody(c, productInputSchema);
      return c.json({ product: await save(c, { id: uuidv7(), input }, undefined) }, 201);
    })
    .get('/:orgId/products/:productId', async (c) => {
      actorOf(c);
      return c.json({ product: await existing(c) });
    })
    .put('/:orgId/products/:productId', async (c) => {
      actorOf(c);
      const before = await existing(c);
      const input = await jsonBody(c, productInputSchema);
      return c.json({ product: await save(c, { id: before.id, input }, before) });
    })
    .post('/:orgId/products/:productId/deactivate', async (c) => {
      const actor = actorOf(c);
      const { tenantId } = c.get('org');
      const before = await existing(c);
      if (!before.active) return c.json({ product: before });
      const product = await setProductActive(db, tenantId, before.id, false, actor);
      await audit(db, { action: 'catalog.product_deactivated', tenantId, actorUserId: actor.userId, subject: before.id, before: { active: true }, after: { active: false }, ip: clientAddress(c, trustProxy), at: clock() });
      await c.var.notifier.publish(tenantId);
      return c.json({ product });
    });
}
