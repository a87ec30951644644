import { z } from 'zod';

/**
 * Which lines a quantity break or promotion covers. A line is in scope when its product is listed
 * or belongs to a listed category — both lists empty means every product — and neither its
 * product nor its pack is excluded (e.g. exclude the case pack so a case keeps its case price).
 */
export const ruleScopeSchema = z.object({
  productIds: z.array(z.uuid()).max(5_000),
  categoryIds: z.array(z.uuid()).max(500),
  excludedProductIds: z.array(z.uuid()).max(5_000),
  excludedPackIds: z.array(z.uuid()).max(5_000),
});
export type RuleScope = z.infer<typeof ruleScopeSchema>;

export function inScope(scope: RuleScope, product: { id: string; categoryId: string }, packId: string): boolean {
  if (scope.excludedProductIds.includes(product.id) || scope.excludedPackIds.includes(packId)) return false;
  if (scope.productIds.length === 0 && scope.categoryIds.length === 0) return true;
  return scope.productIds.includes(product.id) || scope.categoryIds.includes(product.categoryId);
}
