import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { uuidv7 } from '@tillsafe/sync';
import { audit } from '../auth/audit';
import type { AuthServices } from '../auth/auth-services';
import { clientAddress } from '../auth/client-address';
import { orgAccess, requireCapability, type OrgEnv } from '../auth/org-access';
import { userAuth } from '../auth/user-auth';
import { businessProfiles } from '../db/identity-schema';
import { businessDocuments, documentKinds } from '../db/onboarding-schema';
import { ApiError } from '../errors';
import { documentDownload, listDocuments } from '../onboarding/business-documents';
import { documentKey, type DocumentStore } from '../storage/document-store';
import { sniffDocumentType } from '../storage/sniff-document-type';
import { parseWith } from '../validate';

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
/** Room for the multipart boundaries and part headers around a file of the maximum size. */
const MULTIPART_ALLOWANCE = 64 * 1024;

const DOCUMENTS_PATH = /^\/api\/v1\/organisations\/[^/]+\/documents\/?$/;

/** Uploads have their own, larger size limit than the API's other bodies. */
export function isDocumentUpload(method: string, path: string): boolean {
  return method === 'POST' && DOCUMENTS_PATH.test(path);
}

const uploadSchema = z.object({ kind: z.enum(documentKinds) });

const tooLarge = () => new ApiError('DOCUMENT_TOO_LARGE', `Documents are limited to ${MAX_DOCUMENT_BYTES / 1024 / 1024} MiB; scan it at a lower resolution or send fewer pages.`);

interface Upload {
  kind: unknown;
  fileName: string | undefined;
  claimedType: string | undefined;
  bytes: Uint8Array;
}

/** A multipart form (`kind` and `file` fields), or the raw file as the body with `?kind=&fileName=`. */
async function readUpload(c: Context): Promise<Upload> {
  const contentType = c.req.header('content-type') ?? '';
  if (/^multipart\/form-data/i.test(contentType)) {
    let form: Record<string, string | File | (string | File)[]>;
    try {
      form = await c.req.parseBody();
    } catch (error) {
      if (error instanceof ApiError) throw error;
      throw new ApiError('VALIDATION_FAILED', 'The multipart form could not be read; send the file as the `file` field.');
    }
    const file = form.file;
    if (!(file instanceof File)) throw new ApiError('VALIDATION_FAILED', 'The upload is invalid (file: attach the document as the `file` field).');
    return { kind: form.kind, fileName: file.name, claimedType: file.type || undefined, bytes: new Uint8Array(await file.arrayBuffer()) };
  }
  return { kind: c.req.query('kind'), fileName: c.req.query('fileName'), claimedType: contentType || undefined, bytes: new Uint8Array(await c.req.arrayBuffer()) };
}

/** The uploader's name for display: no folders, no control characters, at most 120 characters. */
function displayName(name: string | undefined, fallback: string): string {
  const base = (name ?? '').split(/[/\\]/).pop() ?? '';
  const clean = base.replace(/\p{Cc}/gu, '').trim().slice(0, 120);
  return clean || fallback;
}

/**
 * `/api/v1/organisations/:orgId/documents`: a business sends the documents its approval needs
 * (a liquor licence, its registration…) and lists and downloads them. The type is read from the
 * bytes, whatever the client claims; only PDF, PNG and JPEG are kept. A business that was
 * rejected goes back to awaiting approval when it sends a document. Organisation-wide
 * `catalog.edit` (owners and managers) is needed; uploads are audited.
 */
export function documentsRoute(services: AuthServices, store: DocumentStore, trustProxy: boolean) {
  const { db, clock } = services;
  return new Hono<OrgEnv>()
    .use('/:orgId/documents', userAuth(services), orgAccess(services))
    .use('/:orgId/documents/*', userAuth(services), orgAccess(services))
    .post(
      '/:orgId/documents',
      bodyLimit({
        maxSize: MAX_DOCUMENT_BYTES + MULTIPART_ALLOWANCE,
        onError: () => {
          throw tooLarge();
        },
      }),
      async (c) => {
        const { tenantId } = c.get('org');
        const { userId } = c.get('user');
        requireCapability(c, 'catalog.edit');
        const upload = await readUpload(c);
        const { kind } = parseWith(uploadSchema, { kind: upload.kind }, 'upload');
        if (upload.bytes.byteLength > MAX_DOCUMENT_BYTES) throw tooLarge();
        if (upload.bytes.byteLength === 0) throw new ApiError('UNSUPPORTED_DOCUMENT', 'The file is empty; send the PDF, PNG or JPEG of the document.');
        const sniffed = sniffDocumentType(upload.bytes);
        if (!sniffed) {
          throw new ApiError('UNSUPPORTED_DOCUMENT', 'Only PDF, PNG and JPEG files are accepted, and this file is none of them (its contents were checked, not its name or stated type).', {
            claimedType: upload.claimedType ?? null,
          });
        }
        const id = uuidv7();
        const key = documentKey(tenantId, id, sniffed.extension);
        const sha256 = createHash('sha256').update(upload.bytes).digest('hex');
        const fileName = displayName(upload.fileName, `${kind}.${sniffed.extension}`);
        const uploadedAt = new Date(clock());
        await store.put(key, upload.bytes, sniffed.contentType);
        let approval: string;
        try {
          approval = await db.transaction(async (tx) => {
            await tx.insert(businessDocuments).values({ id, tenantId, kind, fileName, contentType: sniffed.contentType, sizeBytes: upload.bytes.byteLength, sha256, storageKey: key, uploadedBy: userId, uploadedAt });
            const ip = clientAddress(c, trustProxy);
            await audit(tx, {
              action: 'document.uploaded',
              tenantId,
              actorUserId: userId,
              subject: id,
              after: { kind, fileName, contentType: sniffed.contentType, claimedType: upload.claimedType ?? null, sizeBytes: upload.bytes.byteLength, sha256 },
              ip,
              at: clock(),
            });
            const [reopened] = await tx
              .update(businessProfiles)
              .set({ approval: 'pending', approvalReason: null, decidedBy: null, decidedAt: null })
              .where(and(eq(businessProfiles.tenantId, tenantId), eq(businessProfiles.approval, 'rejected')))
              .returning({ approval: businessProfiles.approval });
            if (reopened) {
              await audit(tx, { action: 'business.resubmitted', tenantId, actorUserId: userId, subject: tenantId, before: { approval: 'rejected' }, after: { approval: 'pending', documentId: id }, ip, at: clock() });
            }
            return reopened?.approval ?? c.get('org').approval;
          });
        } catch (error) {
          // The row never committed: take the orphaned bytes back out of the store.
          await store.delete(key).catch(() => undefined);
          throw error;
        }
        return c.json({ id, kind, fileName, contentType: sniffed.contentType, sizeBytes: upload.bytes.byteLength, sha256, uploadedAt: uploadedAt.toISOString(), approval }, 201);
      },
    )
    .get('/:orgId/documents', async (c) => {
      requireCapability(c, 'catalog.edit');
      return c.json({ documents: await listDocuments(db, c.get('org').tenantId) });
    })
    .get('/:orgId/documents/:documentId', async (c) => {
      requireCapability(c, 'catalog.edit');
      return documentDownload(c, db, store, c.get('org').tenantId, c.req.param('documentId'));
    });
}
