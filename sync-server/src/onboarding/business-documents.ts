import { and, asc, eq } from 'drizzle-orm';
import type { Context } from 'hono';
import type { Db } from '../db/database';
import { users } from '../db/identity-schema';
import { businessDocuments } from '../db/onboarding-schema';
import { ApiError } from '../errors';
import type { DocumentStore } from '../storage/document-store';

/** Reading an organisation's documents, shared by its own people and the platform admins. */

export async function listDocuments(db: Db, tenantId: string) {
  const rows = await db
    .select({
      id: businessDocuments.id,
      kind: businessDocuments.kind,
      fileName: businessDocuments.fileName,
      contentType: businessDocuments.contentType,
      sizeBytes: businessDocuments.sizeBytes,
      sha256: businessDocuments.sha256,
      uploadedAt: businessDocuments.uploadedAt,
      uploadedBy: users.email,
    })
    .from(businessDocuments)
    .innerJoin(users, eq(users.id, businessDocuments.uploadedBy))
    .where(eq(businessDocuments.tenantId, tenantId))
    .orderBy(asc(businessDocuments.uploadedAt), asc(businessDocuments.id));
  return rows.map((r) => ({ ...r, uploadedAt: r.uploadedAt.toISOString() }));
}

/**
 * The document's bytes as a download: the sniffed content type, `nosniff` so a browser never
 * second-guesses it, and an attachment name that cannot break out of its header.
 */
export async function documentDownload(c: Context, db: Db, store: DocumentStore, tenantId: string, documentId: string): Promise<Response> {
  const notFound = new ApiError('NOT_FOUND', 'There is no such document in this organisation.');
  if (!/^[0-9a-f-]{36}$/i.test(documentId)) throw notFound;
  const [doc] = await db
    .select()
    .from(businessDocuments)
    .where(and(eq(businessDocuments.id, documentId), eq(businessDocuments.tenantId, tenantId)));
  if (!doc) throw notFound;
  const bytes = await store.get(doc.storageKey);
  if (!bytes) throw new ApiError('NOT_FOUND', 'This document is listed but its file is missing from document storage; ask the business to upload it again.');
  const asciiName = doc.fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return c.body(bytes.slice().buffer, 200, {
    'content-type': doc.contentType,
    'content-length': String(bytes.byteLength),
    'content-disposition': `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(doc.fileName)}`,
    'x-content-type-options': 'nosniff',
    'cache-control': 'private, no-store',
  });
}
