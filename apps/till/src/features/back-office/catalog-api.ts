import { z } from 'zod';
import { productRecordSchema, type ProductInput, type ProductRecord } from '@tillsafe/sync';
import type { DownloadedFile } from './office-http';
import type { OfficeSession } from './office-session';

export const catalogReferencesSchema = z.object({
  categories: z.array(z.object({ id: z.string(), name: z.string() })),
  taxCategories: z.array(z.object({ id: z.string(), name: z.string(), rateBp: z.number(), inclusive: z.boolean() })),
  depositItems: z.array(z.object({ id: z.string(), name: z.string(), amount: z.number() })),
});
export type CatalogReferences = z.infer<typeof catalogReferencesSchema>;

const productPageSchema = z.object({ products: z.array(productRecordSchema), total: z.number(), limit: z.number(), offset: z.number() });
export type ProductPage = z.infer<typeof productPageSchema>;
export type ProductStatusFilter = 'all' | 'active' | 'inactive';
export interface ProductQuery {
  q: string;
  status: ProductStatusFilter;
  limit: number;
  offset: number;
}

const productAnswer = z.object({ product: productRecordSchema });

export const importPlanSchema = z.object({
  rows: z.number(),
  products: z.number(),
  creates: z.number(),
  updates: z.number(),
  errorCount: z.number(),
  errors: z.array(z.object({ row: z.number(), column: z.string(), message: z.string() })),
});
export type ImportPlan = z.infer<typeof importPlanSchema>;

/** The catalog calls of docs/api.md ("The catalog"). */
export function createCatalogApi(session: OfficeSession) {
  const org = (orgId: string) => `/api/v1/organisations/${encodeURIComponent(orgId)}`;
  const product = (orgId: string, id: string) => `${org(orgId)}/products/${encodeURIComponent(id)}`;
  return {
    references: (orgId: string): Promise<CatalogReferences> => session.request(`${org(orgId)}/catalog/references`, catalogReferencesSchema),
    listProducts: (orgId: string, query: ProductQuery): Promise<ProductPage> => {
      const search = new URLSearchParams({ status: query.status, limit: String(query.limit), offset: String(query.offset) });
      if (query.q.trim()) search.set('q', query.q.trim());
      return session.request(`${org(orgId)}/products?${search.toString()}`, productPageSchema);
    },
    createProduct: async (orgId: string, input: ProductInput): Promise<ProductRecord> => (await session.request(`${org(orgId)}/products`, productAnswer, { method: 'POST', body: input })).product,
    updateProduct: async (orgId: string, id: string, input: ProductInput): Promise<ProductRecord> =>
      (await session.request(product(orgId, id), productAnswer, { method: 'PUT', body: input })).product,
    exportCsv: (orgId: string): Promise<DownloadedFile> => session.download(`${org(orgId)}/catalog/export.csv`),
    previewImport: (orgId: string, file: Blob): Promise<ImportPlan> =>
      session.request(`${org(orgId)}/catalog/import/preview`, importPlanSchema, { method: 'POST', body: new Blob([file], { type: 'text/csv' }) }),
    applyImport: (orgId: string, file: Blob): Promise<ImportPlan & { applied: number }> =>
      session.request(`${org(orgId)}/catalog/import`, importPlanSchema.extend({ applied: z.number() }), { method: 'POST', body: new Blob([file], { type: 'text/csv' }) }),
    deactivateProduct: async (orgId: string, id: string): Promise<ProductRecord> =>
      (await session.request(`${product(orgId, id)}/deactivate`, productAnswer, { method: 'POST', body: {} })).product,
  };
}

export type CatalogApi = ReturnType<typeof createCatalogApi>;
