import { z } from 'zod';
import { approvalSchema, businessTypes } from './office-schemas';

/** Business documents and the platform admins' review (docs/api.md), parsed where they enter. */

export const documentKinds = ['liquor_licence', 'business_registration', 'tax_registration', 'proof_of_address', 'other'] as const;
export const documentKindSchema = z.enum(documentKinds);
export type DocumentKind = z.infer<typeof documentKindSchema>;

export const businessDocumentSchema = z.object({
  id: z.string(),
  kind: documentKindSchema,
  fileName: z.string(),
  contentType: z.string(),
  sizeBytes: z.number(),
  sha256: z.string(),
  uploadedAt: z.string(),
  uploadedBy: z.string(),
});
export type BusinessDocument = z.infer<typeof businessDocumentSchema>;

export const uploadedDocumentSchema = businessDocumentSchema.omit({ uploadedBy: true }).extend({ approval: approvalSchema });

export const businessStatusFilters = ['pending', 'approved', 'rejected', 'all'] as const;
export const businessStatusFilterSchema = z.enum(businessStatusFilters);
export type BusinessStatusFilter = z.infer<typeof businessStatusFilterSchema>;

export const businessSummarySchema = z.object({
  organisationId: z.string(),
  name: z.string(),
  createdAt: z.string(),
  businessType: z.enum(businessTypes),
  approval: approvalSchema,
  approvalReason: z.string().nullable(),
  decidedAt: z.string().nullable(),
  ownerEmails: z.array(z.string()),
  documentCount: z.number(),
});
export type BusinessSummary = z.infer<typeof businessSummarySchema>;

export const businessDetailSchema = businessSummarySchema.omit({ ownerEmails: true, documentCount: true }).extend({ documents: z.array(businessDocumentSchema) });
export type BusinessDetail = z.infer<typeof businessDetailSchema>;

export const decisionSchema = z.object({ organisationId: z.string(), approval: approvalSchema, approvalReason: z.string().nullable(), decidedAt: z.string() });

/** The most a document may weigh (the server's limit, docs/api.md). */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
