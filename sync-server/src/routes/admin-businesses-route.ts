import { and, asc, count, eq, inArray } from 'drizzle-orm';
import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import { z } from 'zod';
import { can } from '@tillsafe/domain';
import { audit } from '../auth/audit';
import type { AuthServices } from '../auth/auth-services';
import { clientAddress } from '../auth/client-address';
import { userAuth, type UserEnv } from '../auth/user-auth';
import { businessProfiles, memberships, users } from '../db/identity-schema';
import { businessDocuments } from '../db/onboarding-schema';
import { tenants } from '../db/schema';
import { withScope } from '../db/tenant-scope';
import { ApiError } from '../errors';
import { documentDownload, listDocuments } from '../onboarding/business-documents';
import type { DocumentStore } from '../storage/document-store';
import { jsonBody, parseWith } from '../validate';

const statusQuerySchema = z.object({ status: z.enum(['pending', 'approved', 'rejected', 'all']).default('pending') });
const rejectSchema = z.object({ reason: z.string().trim().min(3).max(1000) });
const approveSchema = z.object({ note: z.string().trim().max(1000).optional() });

/** What a platform administrator sees of a business, in the list and on its own. */
const profileColumns = {
  organisationId: tenants.id,
  name: tenants.name,
  createdAt: tenants.createdAt,
  businessType: businessProfiles.businessType,
  approval: businessProfiles.approval,
  approvalReason: businessProfiles.approvalReason,
  decidedAt: businessProfiles.decidedAt,
};

/**
 * Only platform administrators (`business.approve`) pass; everyone else is told so. For them the
 * request's scope opens the platform view: every business's profile, organisation and documents.
 */
function platformAdminOnly(services: AuthServices) {
  return createMiddleware<UserEnv>(async (c, next) => {
    const user = c.get('user');
    if (!user.platformAdmin || !can('platform_admin', 'business.approve')) {
      throw new ApiError('FORBIDDEN', 'Only platform administrators may review businesses.');
    }
    await withScope(services.db, { userId: user.userId, platformAdmin: true }, next);
  });
}

/**
 * `/api/v1/admin/businesses…`: platform administrators review new businesses — list them by
 * approval status, read their documents, and approve or reject (with a reason the business
 * sees). Only a business awaiting approval can be decided; a rejected one is back to pending
 * when it sends a new document. Decisions are audited.
 */
export function adminBusinessesRoute(services: AuthServices, store: DocumentStore, trustProxy: boolean) {
  const { db, clock } = services;
  const notFound = () => new ApiError('NOT_FOUND', 'There is no such business awaiting review.');

  async function profileOf(tenantId: string) {
    if (!/^[0-9a-f-]{36}$/i.test(tenantId)) throw notFound();
    const [row] = await db
      .select(profileColumns)
      .from(businessProfiles)
      .innerJoin(tenants, eq(tenants.id, businessProfiles.tenantId))
      .where(eq(businessProfiles.tenantId, tenantId));
    if (!row) throw notFound();
    return row;
  }

  async function decide(current: Awaited<ReturnType<typeof profileOf>>, decision: 'approved' | 'rejected', reason: string | null, actorUserId: string, ip: string) {
    const tenantId = current.organisationId;
    const decidedAt = new Date(clock());
    const done = await db.transaction(async (tx) => {
      const [updated] = await tx
        .update(businessProfiles)
        .set({ approval: decision, approvalReason: reason, decidedBy: actorUserId, decidedAt })
        .where(and(eq(businessProfiles.tenantId, tenantId), eq(businessProfiles.approval, 'pending')))
        .returning({ tenantId: businessProfiles.tenantId });
      if (!updated) return false;
      await audit(tx, {
        action: decision === 'approved' ? 'business.approved' : 'business.rejected',
        tenantId,
        actorUserId,
        subject: tenantId,
        before: { approval: 'pending' },
        after: { approval: decision, reason },
        ip,
        at: clock(),
      });
      return true;
    });
    if (!done) {
      const now = await profileOf(tenantId);
      throw new ApiError('BUSINESS_NOT_PENDING', `${current.name} is already ${now.approval}; only a business awaiting approval can be decided.`, { approval: now.approval });
    }
    return { organisationId: tenantId, approval: decision, approvalReason: reason, decidedAt: decidedAt.toISOString() };
  }

  return new Hono<UserEnv>()
    .use('*', userAuth(services), platformAdminOnly(services))
    .get('/', async (c) => {
      const { status } = parseWith(statusQuerySchema, c.req.query(), 'query');
      const rows = await db
        .select(profileColumns)
        .from(businessProfiles)
        .innerJoin(tenants, eq(tenants.id, businessProfiles.tenantId))
        .where(status === 'all' ? undefined : eq(businessProfiles.approval, status))
        .orderBy(asc(tenants.createdAt), asc(tenants.id));
      const ids = rows.map((r) => r.organisationId);
      const docs = ids.length
        ? await db.select({ tenantId: businessDocuments.tenantId, n: count() }).from(businessDocuments).where(inArray(businessDocuments.tenantId, ids)).groupBy(businessDocuments.tenantId)
        : [];
      const owners = ids.length
        ? await db
            .select({ tenantId: memberships.tenantId, email: users.email })
            .from(memberships)
            .innerJoin(users, eq(users.id, memberships.userId))
            .where(and(inArray(memberships.tenantId, ids), eq(memberships.role, 'owner')))
        : [];
      return c.json({
        businesses: rows.map((r) => ({
          ...r,
          createdAt: r.createdAt.toISOString(),
          decidedAt: r.decidedAt?.toISOString() ?? null,
          ownerEmails: owners.filter((o) => o.tenantId === r.organisationId).map((o) => o.email),
          documentCount: docs.find((d) => d.tenantId === r.organisationId)?.n ?? 0,
        })),
      });
    })
    .get('/:orgId', async (c) => {
      const profile = await profileOf(c.req.param('orgId'));
      return c.json({
        ...profile,
        createdAt: profile.createdAt.toISOString(),
        decidedAt: profile.decidedAt?.toISOString() ?? null,
        documents: await listDocuments(db, profile.organisationId),
      });
    })
    .get('/:orgId/documents/:documentId', async (c) => {
      const profile = await profileOf(c.req.param('orgId'));
      return documentDownload(c, db, store, profile.organisationId, c.req.param('documentId'));
    })
    .post('/:orgId/approve', async (c) => {
      const profile = await profileOf(c.req.param('orgId'));
      // The body is optional here: an approval needs no reason, though it may carry a note.
      const raw = await c.req.text();
      let parsed: unknown = {};
      if (raw.trim()) {
        try {
          parsed = JSON.parse(raw);
        } catch {
          throw new ApiError('MALFORMED_JSON', 'The request body is not valid JSON.');
        }
      }
      const { note } = parseWith(approveSchema, parsed, 'request body');
      return c.json(await decide(profile, 'approved', note ?? null, c.get('user').userId, clientAddress(c, trustProxy)));
    })
    .post('/:orgId/reject', async (c) => {
      const profile = await profileOf(c.req.param('orgId'));
      const { reason } = await jsonBody(c, rejectSchema);
      return c.json(await decide(profile, 'rejected', reason, c.get('user').userId, clientAddress(c, trustProxy)));
    });
}
