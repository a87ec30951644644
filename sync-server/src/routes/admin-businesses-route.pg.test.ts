import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog, businessProfiles } from '../db/identity-schema';
import { startBackOffice, type BackOffice } from '../onboarding/back-office-test-client';
import { DEMO } from '../seed/demo-organisation';
import { DRIVERS } from '../testing/test-server';

const PDF = new TextEncoder().encode('%PDF-1.4\n% licence\n%%EOF\n');
const CHANNEL = { name: 'Quay Wines', kind: 'store', currency: 'GBP', locale: 'en-GB', timezone: 'Europe/London' };

interface Business {
  organisationId: string;
  name: string;
  approval: string;
  approvalReason: string | null;
  ownerEmails: string[];
  documentCount: number;
}

describe.each(DRIVERS)('business approval by platform admins on %s', (kind) => {
  let office: BackOffice;
  let admin: string;
  beforeAll(async () => {
    office = await startBackOffice(kind);
    admin = await office.login(DEMO.platformAdmin.email, DEMO.platformAdmin.password);
  });
  afterAll(() => office.close());

  const db = () => office.server.database.db;
  const listed = async (status: string) => ((await office.call('GET', `/api/v1/admin/businesses?status=${status}`, undefined, admin)).body.businesses as Business[]).map((b) => b.organisationId);

  async function readyBusiness(email: string) {
    const business = await office.signUp(email, `Shop of ${email}`);
    const base = `/api/v1/organisations/${business.orgId}/onboarding`;
    expect((await office.call('PUT', `${base}/channel`, CHANNEL, business.token)).status).toBe(201);
    const warehouse = await office.call('PUT', `${base}/warehouse`, { name: 'Stockroom' }, business.token);
    return { ...business, channelId: warehouse.body.channelId as string, warehouseId: warehouse.body.id as string };
  }
  const pairingCode = (b: { orgId: string; token: string; channelId: string; warehouseId: string }) =>
    office.call('POST', `/api/v1/organisations/${b.orgId}/pairing-codes`, { channelId: b.channelId, warehouseId: b.warehouseId }, b.token);

  test('end to end: a pending business cannot make pairing codes; the admin reads its licence and approves; then it can', async () => {
    const shop = await readyBusiness('approve@shop.example');
    expect((await pairingCode(shop)).body.error).toMatchObject({ code: 'BUSINESS_NOT_APPROVED' });
    const doc = await office.upload(shop.orgId, PDF, { token: shop.token, kind: 'liquor_licence', fileName: 'licence.pdf' });

    const pending = (await office.call('GET', '/api/v1/admin/businesses', undefined, admin)).body.businesses as Business[];
    expect(pending.find((b) => b.organisationId === shop.orgId)).toMatchObject({ approval: 'pending', ownerEmails: ['approve@shop.example'], documentCount: 1 });
    const detail = await office.call('GET', `/api/v1/admin/businesses/${shop.orgId}`, undefined, admin);
    expect(detail.body.documents).toEqual([expect.objectContaining({ id: doc.body.id, kind: 'liquor_licence' })]);
    const file = await office.download(`/api/v1/admin/businesses/${shop.orgId}/documents/${doc.body.id as string}`, admin);
    expect(file.status).toBe(200);
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(PDF);

    const approved = await office.call('POST', `/api/v1/admin/businesses/${shop.orgId}/approve`, undefined, admin);
    expect(approved).toMatchObject({ status: 200, body: { organisationId: shop.orgId, approval: 'approved', approvalReason: null } });
    expect(await listed('pending')).not.toContain(shop.orgId);
    expect(await listed('approved')).toContain(shop.orgId);
    const code = await pairingCode(shop);
    expect(code.status).toBe(201);
    expect((await office.call('POST', '/api/v1/devices/enroll', { pairingCode: code.body.code, name: 'Front till' })).status).toBe(201);
    expect((await office.call('GET', `/api/v1/me`, undefined, shop.token)).body.memberships).toEqual([expect.objectContaining({ organisationId: shop.orgId, approval: 'approved' })]);

    const [entry] = await db().select().from(auditLog).where(and(eq(auditLog.tenantId, shop.orgId), eq(auditLog.action, 'business.approved')));
    expect(entry).toMatchObject({ actorUserId: DEMO.platformAdmin.id, before: { approval: 'pending' }, after: { approval: 'approved' } });
    expect((await office.call('POST', `/api/v1/admin/businesses/${shop.orgId}/approve`, undefined, admin)).body.error).toMatchObject({ code: 'BUSINESS_NOT_PENDING', approval: 'approved' });
  });

  test('a rejection needs a reason, which the business sees; a new upload puts it back in the queue', async () => {
    const shop = await readyBusiness('reject@shop.example');
    const noReason = await office.call('POST', `/api/v1/admin/businesses/${shop.orgId}/reject`, {}, admin);
    expect(noReason).toMatchObject({ status: 400, body: { error: { code: 'VALIDATION_FAILED', message: expect.stringContaining('reason') } } });
    expect((await office.call('POST', `/api/v1/admin/businesses/${shop.orgId}/reject`, { reason: '  ' }, admin)).status).toBe(400);
    expect((await db().select().from(businessProfiles).where(eq(businessProfiles.tenantId, shop.orgId)))[0]!.approval).toBe('pending');

    const reason = 'The liquor licence is missing; upload a copy of it.';
    expect((await office.call('POST', `/api/v1/admin/businesses/${shop.orgId}/reject`, { reason }, admin)).body).toMatchObject({ approval: 'rejected', approvalReason: reason });
    const wizard = await office.call('GET', `/api/v1/organisations/${shop.orgId}/onboarding`, undefined, shop.token);
    expect(wizard.body.organisation).toMatchObject({ approval: 'rejected', approvalReason: reason });
    expect((await pairingCode(shop)).body.error).toMatchObject({ code: 'BUSINESS_NOT_APPROVED', message: expect.stringContaining('not approved') });
    expect(await listed('rejected')).toContain(shop.orgId);

    const again = await office.upload(shop.orgId, PDF, { token: shop.token, kind: 'liquor_licence', multipart: true });
    expect(again).toMatchObject({ status: 201, body: { approval: 'pending' } });
    expect(await listed('pending')).toContain(shop.orgId);
    expect((await db().select().from(businessProfiles).where(eq(businessProfiles.tenantId, shop.orgId)))[0]).toMatchObject({ approval: 'pending', approvalReason: null, decidedBy: null });
    const actions = (await db().select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.tenantId, shop.orgId))).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['business.rejected', 'business.resubmitted']));
    expect((await office.call('POST', `/api/v1/admin/businesses/${shop.orgId}/approve`, { note: 'Licence checked.' }, admin)).body).toMatchObject({ approval: 'approved', approvalReason: 'Licence checked.' });
  });

  test('only platform admins review businesses; an owner is refused and changes nothing', async () => {
    const shop = await readyBusiness('sneaky@shop.example');
    for (const [method, path, body] of [
      ['GET', '/api/v1/admin/businesses', undefined],
      ['GET', `/api/v1/admin/businesses/${shop.orgId}`, undefined],
      ['POST', `/api/v1/admin/businesses/${shop.orgId}/approve`, {}],
      ['POST', `/api/v1/admin/businesses/${shop.orgId}/reject`, { reason: 'Competitor' }],
    ] as const) {
      expect((await office.call(method, path, body, shop.token)).body.error, `${method} ${path}`).toMatchObject({ code: 'FORBIDDEN' });
    }
    const owner = DEMO.users.find((u) => u.role === 'owner')!;
    expect((await office.call('POST', `/api/v1/admin/businesses/${shop.orgId}/approve`, {}, await office.login(owner.email, owner.password))).status).toBe(403);
    expect((await office.call('GET', '/api/v1/admin/businesses')).status).toBe(401);
    expect((await db().select().from(businessProfiles).where(eq(businessProfiles.tenantId, shop.orgId)))[0]!.approval).toBe('pending');
    // A platform admin belongs to no organisation, so organisation routes do not open for them.
    expect((await office.call('GET', `/api/v1/organisations/${shop.orgId}/documents`, undefined, admin)).status).toBe(404);
  });

  test('unknown businesses, bad ids and a bad status filter are answered plainly', async () => {
    expect((await office.call('POST', '/api/v1/admin/businesses/01935f00-0000-7000-8000-00000000dead/approve', {}, admin)).status).toBe(404);
    expect((await office.call('POST', '/api/v1/admin/businesses/not-an-id/reject', { reason: 'No such shop' }, admin)).status).toBe(404);
    expect((await office.call('GET', '/api/v1/admin/businesses?status=maybe', undefined, admin)).body.error).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringContaining('status') });
    // The demo organisation predates approvals (no profile): it is not in the queue.
    expect(await listed('all')).not.toContain(DEMO.tenant.id);
    expect((await office.call('POST', '/api/v1/admin/businesses/x/approve', '{"note":', admin)).status).toBe(404);
    const shop = await office.signUp('json@shop.example');
    expect((await office.call('POST', `/api/v1/admin/businesses/${shop.orgId}/approve`, '{"note":', admin)).body.error).toMatchObject({ code: 'MALFORMED_JSON' });
  });
});
