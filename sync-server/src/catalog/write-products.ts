import { sql } from 'drizzle-orm';
import type { Role } from '@tillsafe/domain';
import {
  formatHlc,
  OverlayTx,
  parseHlc,
  productUpdate,
  productUpdateArgsSchema,
  productUpsert,
  productUpsertArgsSchema,
  recordKey,
  tickHlc,
  uuidv7,
  type Hlc,
  type MutatorContext,
  type ProductRecord,
  type Stored,
} from '@tillsafe/sync';
import type { Db } from '../db/database';
import { ApiError } from '../errors';
import { recordChanges } from '../sync/change-log';
import { pgRecordStore } from '../sync/pg-record-store';
import { loadCatalogReferences, type CatalogReferences } from './catalog-references';
import { checkProducts, type CatalogProblem, type ProductWrite } from './check-products';

/** Products a batch could not save, every reason listed: the batch wrote nothing. */
export class CatalogRejected extends Error {
  constructor(readonly problems: readonly CatalogProblem[]) {
    super(problems[0]?.message ?? 'The products could not be saved.');
    this.name = 'CatalogRejected';
  }
}

/** Serialises catalog writes of one organisation, so two of them cannot both take a free barcode. */
export async function lockCatalog(tx: Db, tenantId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`catalog:${tenantId}`}, 0))`);
}

export interface CatalogActor {
  userId: string;
  role: Role;
}

/**
 * Saves products from the back office in the caller's transaction, the way a till's
 * `product.upsert` is applied: the same mutator, over the same record store, each field stamped
 * so it merges with tills' concurrent edits, and every product moved in the change log, so tills
 * pull it. The server's writes are node `server` in version vectors; each takes an HLC past every
 * stamp already on the product, so an edit made here wins over what the server had seen.
 *
 * Checks everything first (checkProducts) and writes nothing when anything is wrong. `mustExist`
 * lists ids that are edits: one the organisation does not have answers NOT_FOUND.
 */
export async function writeProducts(tx: Db, tenantId: string, writes: readonly ProductWrite[], actor: CatalogActor, options: { mustExist?: ReadonlySet<string>; refs?: CatalogReferences } = {}): Promise<ProductRecord[]> {
  await lockCatalog(tx, tenantId);
  const refs = options.refs ?? (await loadCatalogReferences(tx, tenantId));
  const problems = await checkProducts(tx, tenantId, writes, refs);
  if (problems.length) throw new CatalogRejected(problems);

  const store = pgRecordStore(tx, tenantId);
  const overlay = new OverlayTx(store);
  await overlay.prefetch(writes.map((w) => ({ entity: 'product' as const, id: w.id })));
  const rates = new Map(refs.taxCategories.map((t) => [t.id, t.rateBp]));
  const now = Date.now();
  const saved: ProductRecord[] = [];
  for (const { id, input } of writes) {
    const existing = await overlay.get('product', id);
    if (!existing && options.mustExist?.has(id)) throw new ApiError('NOT_FOUND', 'There is no such product in this organisation.');
    const product: ProductRecord = {
      id,
      sku: input.sku,
      name: input.name,
      brand: input.brand,
      categoryId: input.categoryId,
      volumeMl: input.volumeMl,
      ageRestricted: input.ageRestricted,
      taxRateBp: rates.get(input.taxCategoryId) ?? 0,
      taxCategoryId: input.taxCategoryId,
      depositItemId: input.depositItemId,
      active: input.active,
      packs: input.packs.map((p) => ({ id: p.id ?? uuidv7(), name: p.name, units: p.units, price: p.price, barcodes: p.barcodes, depositItemId: p.depositItemId })),
    };
    // Parsed as tills will parse it: a record they could not read must never be stored.
    const args = productUpsertArgsSchema.parse({ product });
    await productUpsert.run(overlay, args, serverContext(actor, 'product', id, existing, now));
    overlay.commitMutation();
    saved.push(args.product);
  }
  await finish(tx, tenantId, overlay, writes.map((w) => w.id));
  return saved;
}

/** Takes a product off the tills' shelves (or puts it back): only its `active` field is written. */
export async function setProductActive(tx: Db, tenantId: string, id: string, active: boolean, actor: CatalogActor): Promise<ProductRecord> {
  await lockCatalog(tx, tenantId);
  const overlay = new OverlayTx(pgRecordStore(tx, tenantId));
  const existing = await overlay.get('product', id);
  if (!existing) throw new ApiError('NOT_FOUND', 'There is no such product in this organisation.');
  await productUpdate.run(overlay, productUpdateArgsSchema.parse({ productId: id, patch: { active } }), serverContext(actor, 'product', id, existing, Date.now()));
  const written = (await overlay.get('product', id))!.data;
  await finish(tx, tenantId, overlay, [id]);
  return written;
}

function serverContext(actor: CatalogActor, entity: 'product', id: string, existing: Stored<ProductRecord> | undefined, now: number): MutatorContext {
  return {
    side: 'server',
    deviceId: 'server',
    actorId: actor.userId,
    actorRole: actor.role,
    channelId: '',
    warehouseId: '',
    seq: (existing?.meta.version.server ?? 0) + 1,
    hlc: formatHlc(stampAfter(existing, now)),
    base: existing ? { [recordKey(entity, id)]: existing.meta.version } : undefined,
    now: new Date(now).toISOString(),
  };
}

/** Stores what the overlay holds and moves the products in the change log, last, so its tenant lock is short. */
async function finish(tx: Db, tenantId: string, overlay: OverlayTx, ids: readonly string[]): Promise<void> {
  await overlay.flush();
  await recordChanges(
    tx,
    tenantId,
    ids.map((id) => ({ entity: 'product' as const, id, op: 'put' as const })),
  );
}

/** An HLC of node `server` after now and after every stamp on the record. */
function stampAfter(existing: Stored<ProductRecord> | undefined, now: number): Hlc {
  let last: Hlc = { wall: 0, counter: 0, node: 'server' };
  for (const stamp of Object.values(existing?.meta.fields ?? {})) {
    const seen = parseHlc(stamp.hlc);
    if (seen.wall > last.wall || (seen.wall === last.wall && seen.counter > last.counter)) last = { wall: seen.wall, counter: seen.counter, node: 'server' };
  }
  return tickHlc(last, now);
}
