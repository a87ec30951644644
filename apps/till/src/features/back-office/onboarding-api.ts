import { z } from 'zod';
import { businessDocumentSchema, uploadedDocumentSchema, type BusinessDocument, type DocumentKind } from './business-schemas';
import type { DownloadedFile } from './office-http';
import type { OfficeSession } from './office-session';
import { catalogDefaultsSchema, onboardingViewSchema, type CatalogDefaults, type CatalogInput, type ChannelInput, type OnboardingView, type ReceiptInput, type TaxRatesInput } from './onboarding-schemas';

/** The wizard's and the approval documents' calls of docs/api.md, for an organisation's own people. */
export function createOnboardingApi(session: OfficeSession) {
  const org = (orgId: string) => `/api/v1/organisations/${encodeURIComponent(orgId)}`;
  // Each step answers what it saved; the wizard re-reads the whole view after, so only the step is checked here.
  const saved = z.looseObject({ step: z.string() });
  const put = (orgId: string, path: string, body: unknown) => session.request(`${org(orgId)}/onboarding/${path}`, saved, { method: 'PUT', body }).then(() => undefined);

  return {
    view: (orgId: string): Promise<OnboardingView> => session.request(`${org(orgId)}/onboarding`, onboardingViewSchema),
    catalogDefaults: (orgId: string): Promise<CatalogDefaults> => session.request(`${org(orgId)}/onboarding/catalog/defaults`, catalogDefaultsSchema),
    saveChannel: (orgId: string, input: ChannelInput) => put(orgId, 'channel', input),
    saveWarehouse: (orgId: string, name: string) => put(orgId, 'warehouse', { name }),
    saveCatalog: (orgId: string, input: CatalogInput) => put(orgId, 'catalog', input),
    saveTaxRates: (orgId: string, input: TaxRatesInput) => put(orgId, 'tax-rates', input),
    saveReceipt: (orgId: string, input: ReceiptInput) => put(orgId, 'receipt', input),

    listDocuments: async (orgId: string): Promise<BusinessDocument[]> => (await session.request(`${org(orgId)}/documents`, z.object({ documents: z.array(businessDocumentSchema) }))).documents,
    uploadDocument: (orgId: string, kind: DocumentKind, file: File) => {
      const form = new FormData();
      form.set('kind', kind);
      form.set('file', file, file.name);
      return session.request(`${org(orgId)}/documents`, uploadedDocumentSchema, { method: 'POST', body: form });
    },
    downloadDocument: (orgId: string, documentId: string): Promise<DownloadedFile> => session.download(`${org(orgId)}/documents/${encodeURIComponent(documentId)}`),
  };
}

export type OnboardingApi = ReturnType<typeof createOnboardingApi>;
