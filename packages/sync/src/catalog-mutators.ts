import { z } from 'zod';
import { mergeFields } from './merge';
import { applied, MutationRejected, writeStamp, type Mutator, type MutatorOutcome } from './mutator';
import type { SyncTx } from './overlay-tx';
import type { AnyEntityTypes, Entity, EntityTypes, Stored } from './record-store';
import { customerRecordSchema, productRecordSchema } from './records';

/** Writes a patch to a "fields" record and keeps any concurrent values as conflicts. */
export async function writeFields<E extends Entity>(
  tx: SyncTx,
  entity: E,
  id: string,
  patch: Partial<EntityTypes[E]>,
  ctx: Parameters<typeof writeStamp>[0],
  options: { mustExist?: boolean; sticky?: Partial<EntityTypes[E]>; terminal?: boolean } = {},
): Promise<MutatorOutcome> {
  // E is one of EntityTypes' keys, where the two maps agree.
  const existing = (await tx.get(entity, id)) as Stored<EntityTypes[E]> | undefined;
  if (!existing && options.mustExist) throw new MutationRejected('UNKNOWN_RECORD', `There is no ${entity} ${id} to change.`);
  const { sticky, terminal } = options;
  const merged = mergeFields(entity, id, existing, patch, writeStamp(ctx, entity, id), { ...(sticky ? { sticky } : {}), ...(terminal ? { terminal } : {}) });
  tx.put(entity, id, merged.stored as Stored<AnyEntityTypes[E]>);
  tx.addConflicts(merged.conflicts);
  if (merged.conflicts.length === 0) return applied;
  const fields = merged.conflicts.map((c) => c.field).join(', ');
  return { status: 'merged', code: 'CONCURRENT_EDIT', message: `${fields} of ${entity} ${id} were edited elsewhere at the same time; both values are kept for review.` };
}

export const productUpsertArgsSchema = z.object({ product: productRecordSchema });
export type ProductUpsertArgs = z.infer<typeof productUpsertArgsSchema>;

/** Creates a product or overwrites all its fields (each field merging by its own stamp). */
export const productUpsert: Mutator<ProductUpsertArgs> = {
  name: 'product.upsert',
  args: productUpsertArgsSchema,
  capability: 'catalog.edit',
  reads: (args) => [{ entity: 'product', id: args.product.id }],
  run: (tx, args, ctx) => writeFields(tx, 'product', args.product.id, args.product, ctx),
};

export const productUpdateArgsSchema = z.object({
  productId: z.uuid(),
  patch: productRecordSchema.omit({ id: true }).partial().refine((p) => Object.keys(p).length > 0, 'the patch changes nothing'),
});
export type ProductUpdateArgs = z.infer<typeof productUpdateArgsSchema>;

/** Changes some fields of an existing product, e.g. its price or its active flag. */
export const productUpdate: Mutator<ProductUpdateArgs> = {
  name: 'product.update',
  args: productUpdateArgsSchema,
  capability: 'catalog.edit',
  reads: (args) => [{ entity: 'product', id: args.productId }],
  run: (tx, args, ctx) => writeFields(tx, 'product', args.productId, args.patch as Partial<EntityTypes['product']>, ctx, { mustExist: true }),
};

export const customerUpsertArgsSchema = z.object({ customer: customerRecordSchema });
export type CustomerUpsertArgs = z.infer<typeof customerUpsertArgsSchema>;

/** Creates or edits a customer at the till, offline too. */
export const customerUpsert: Mutator<CustomerUpsertArgs> = {
  name: 'customer.upsert',
  args: customerUpsertArgsSchema,
  capability: 'customer.edit',
  reads: (args) => [{ entity: 'customer', id: args.customer.id }],
  run: (tx, args, ctx) => writeFields(tx, 'customer', args.customer.id, args.customer, ctx),
};
