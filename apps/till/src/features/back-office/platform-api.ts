import { z } from 'zod';
import { businessDetailSchema, businessSummarySchema, decisionSchema, type BusinessDetail, type BusinessStatusFilter, type BusinessSummary } from './business-schemas';
import type { DownloadedFile } from './office-http';
import type { OfficeSession } from './office-session';

/** The platform administrators' review of new businesses (docs/api.md, "Business approval"). */
export function createPlatformApi(session: OfficeSession) {
  const business = (orgId: string) => `/api/v1/admin/businesses/${encodeURIComponent(orgId)}`;
  return {
    listBusinesses: async (status: BusinessStatusFilter): Promise<BusinessSummary[]> =>
      (await session.request(`/api/v1/admin/businesses?status=${status}`, z.object({ businesses: z.array(businessSummarySchema) }))).businesses,
    business: (orgId: string): Promise<BusinessDetail> => session.request(business(orgId), businessDetailSchema),
    downloadDocument: (orgId: string, documentId: string): Promise<DownloadedFile> => session.download(`${business(orgId)}/documents/${encodeURIComponent(documentId)}`),
    approve: (orgId: string, note: string | undefined) => session.request(`${business(orgId)}/approve`, decisionSchema, { method: 'POST', body: note ? { note } : {} }),
    reject: (orgId: string, reason: string) => session.request(`${business(orgId)}/reject`, decisionSchema, { method: 'POST', body: { reason } }),
  };
}

export type PlatformApi = ReturnType<typeof createPlatformApi>;
