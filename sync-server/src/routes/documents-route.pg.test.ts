import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { uuidv7 } from '@tillsafe/sync';
import { hashPassword } from '../auth/password';
import { auditLog, memberships, users } from '../db/identity-schema';
import { businessDocuments } from '../db/onboarding-schema';
import { PASSWORD, startBackOffice, type BackOffice } from '../onboarding/back-office-test-client';
import { DRIVERS } from '../testing/test-server';
import { MAX_DOCUMENT_BYTES } from './documents-route';

const PDF = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1]);
const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1]);

interface DocumentAnswer {
  id: string;
  kind: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  approval: string;
}

describe.each(DRIVERS)('business documents on %s', (kind) => {
  let office: BackOffice;
  beforeAll(async () => {
    office = await startBackOffice(kind);
  });
  afterAll(() => office.close());

  const db = () => office.server.database.db;
  const docsOf = (orgId: string) => db().select().from(businessDocuments).where(eq(businessDocuments.tenantId, orgId));
  const filesOf = async (orgId: string) => readdir(path.join(office.documentsDir, orgId)).catch(() => [] as string[]);

  test('a PDF licence is kept as a file under the organisation, listed, downloaded byte for byte and audited', async () => {
    const { token, orgId } = await office.signUp('pdf@docs.example');
    const up = await office.upload(orgId, PDF, { token, kind: 'liquor_licence', fileName: 'licence 2026.pdf', claimedType: 'application/pdf', multipart: true });
    expect(up.status).toBe(201);
    const doc = up.body as unknown as DocumentAnswer;
    expect(doc).toMatchObject({ kind: 'liquor_licence', fileName: 'licence 2026.pdf', contentType: 'application/pdf', sizeBytes: PDF.byteLength, approval: 'pending' });
    expect(new Uint8Array(await readFile(path.join(office.documentsDir, orgId, `${doc.id}.pdf`)))).toEqual(PDF);

    const list = await office.call('GET', `/api/v1/organisations/${orgId}/documents`, undefined, token);
    expect(list.body.documents).toEqual([expect.objectContaining({ id: doc.id, kind: 'liquor_licence', uploadedBy: 'pdf@docs.example', sha256: doc.sha256 })]);
    const file = await office.download(`/api/v1/organisations/${orgId}/documents/${doc.id}`, token);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    expect(file.headers.get('content-disposition')).toContain('attachment; filename="licence 2026.pdf"');
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(PDF);

    const [entry] = await db().select().from(auditLog).where(and(eq(auditLog.tenantId, orgId), eq(auditLog.action, 'document.uploaded')));
    expect(entry).toMatchObject({ subject: doc.id, after: { kind: 'liquor_licence', contentType: 'application/pdf', sha256: doc.sha256 } });
  });

  test('the type is read from the bytes: a PNG sent as a PDF is kept as a PNG, a raw JPEG body too', async () => {
    const { token, orgId } = await office.signUp('png@docs.example');
    const png = await office.upload(orgId, PNG, { token, kind: 'business_registration', fileName: 'registration.pdf', claimedType: 'application/pdf', multipart: true });
    expect(png).toMatchObject({ status: 201, body: { contentType: 'image/png', fileName: 'registration.pdf' } });
    const id = (png.body as unknown as DocumentAnswer).id;
    expect(await filesOf(orgId)).toContain(`${id}.png`);
    expect((await office.download(`/api/v1/organisations/${orgId}/documents/${id}`, token)).headers.get('content-type')).toBe('image/png');
    const raw = await office.upload(orgId, JPEG, { token, kind: 'proof_of_address', fileName: '../../etc/bill.jpeg', claimedType: 'application/octet-stream' });
    expect(raw).toMatchObject({ status: 201, body: { contentType: 'image/jpeg', fileName: 'bill.jpeg' } });
    expect((await docsOf(orgId)).map((d) => d.contentType).sort()).toEqual(['image/jpeg', 'image/png']);
  });

  test('a text file claimed as a PDF, an HTML page and an empty file are refused; nothing is stored', async () => {
    const { token, orgId } = await office.signUp('text@docs.example');
    const text = await office.upload(orgId, new TextEncoder().encode('I promise this is a licence.'), { token, kind: 'liquor_licence', fileName: 'licence.pdf', claimedType: 'application/pdf', multipart: true });
    expect(text).toMatchObject({ status: 415, body: { error: { code: 'UNSUPPORTED_DOCUMENT', message: expect.stringContaining('PDF, PNG and JPEG'), claimedType: 'application/pdf' } } });
    const html = await office.upload(orgId, new TextEncoder().encode('<html>%PDF-</html>'), { token, kind: 'liquor_licence', claimedType: 'application/pdf' });
    expect(html.body.error).toMatchObject({ code: 'UNSUPPORTED_DOCUMENT' });
    expect((await office.upload(orgId, new Uint8Array(), { token, kind: 'liquor_licence' })).body.error).toMatchObject({ code: 'UNSUPPORTED_DOCUMENT', message: expect.stringContaining('empty') });
    expect(await docsOf(orgId)).toEqual([]);
    expect(await filesOf(orgId)).toEqual([]);
  });

  test('a document over 10 MiB is refused whether its size is declared or not; one of exactly 10 MiB is kept', async () => {
    const { token, orgId } = await office.signUp('big@docs.example');
    const big = new Uint8Array(MAX_DOCUMENT_BYTES + 1);
    big.set(PDF);
    const declared = await office.upload(orgId, big, { token, kind: 'liquor_licence', claimedType: 'application/pdf', declareLength: true });
    expect(declared.body.error).toMatchObject({ code: 'DOCUMENT_TOO_LARGE' });
    const raw = await office.upload(orgId, big, { token, kind: 'liquor_licence', claimedType: 'application/pdf' });
    expect(raw).toMatchObject({ status: 413, body: { error: { code: 'DOCUMENT_TOO_LARGE', message: expect.stringContaining('10 MiB') } } });
    const form = await office.upload(orgId, big, { token, kind: 'liquor_licence', multipart: true });
    expect(form.body.error).toMatchObject({ code: 'DOCUMENT_TOO_LARGE' });
    const way = await office.upload(orgId, new Uint8Array(MAX_DOCUMENT_BYTES * 2), { token, kind: 'liquor_licence', multipart: true });
    expect(way.body.error).toMatchObject({ code: 'DOCUMENT_TOO_LARGE' });
    expect(await docsOf(orgId)).toEqual([]);
    const fits = big.subarray(0, MAX_DOCUMENT_BYTES);
    expect((await office.upload(orgId, fits, { token, kind: 'liquor_licence' })).body).toMatchObject({ sizeBytes: MAX_DOCUMENT_BYTES, contentType: 'application/pdf' });
    // Other API bodies keep their own, smaller limit.
    const bulky = await office.call('PUT', `/api/v1/organisations/${orgId}/onboarding/channel`, JSON.stringify({ name: 'x'.repeat(9 * 1024 * 1024) }), token);
    expect(bulky.body.error).toMatchObject({ code: 'BODY_TOO_LARGE' });
  });

  test('a missing or unknown kind is a 400 naming kind; a form without a file names file', async () => {
    const { token, orgId } = await office.signUp('kind@docs.example');
    expect((await office.upload(orgId, PDF, { token, multipart: true })).body.error).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringContaining('kind') });
    expect((await office.upload(orgId, PDF, { token, kind: 'selfie' })).body.error).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringContaining('kind') });
    const noFile = await office.call('POST', `/api/v1/organisations/${orgId}/documents`, undefined, token);
    expect(noFile.status).toBe(400);
    expect(await docsOf(orgId)).toEqual([]);
  });

  test('cashiers cannot send, list or read documents; other organisations’ documents are not found', async () => {
    const owner = await office.signUp('owner@docs.example');
    const doc = (await office.upload(owner.orgId, PDF, { token: owner.token, kind: 'liquor_licence' })).body as unknown as DocumentAnswer;
    const cashierId = uuidv7();
    await db().insert(users).values({ id: cashierId, email: 'cashier@docs.example', name: 'Cass', passwordHash: await hashPassword(PASSWORD) });
    await db().insert(memberships).values({ id: uuidv7(), userId: cashierId, tenantId: owner.orgId, channelId: null, role: 'cashier' });
    const cashier = await office.login('cashier@docs.example', PASSWORD);
    expect((await office.upload(owner.orgId, PDF, { token: cashier, kind: 'liquor_licence' })).status).toBe(403);
    expect((await office.call('GET', `/api/v1/organisations/${owner.orgId}/documents`, undefined, cashier)).status).toBe(403);
    expect((await office.download(`/api/v1/organisations/${owner.orgId}/documents/${doc.id}`, cashier)).status).toBe(403);
    expect((await office.download(`/api/v1/organisations/${owner.orgId}/documents/${doc.id}`)).status).toBe(401);

    const other = await office.signUp('other@docs.example', 'Other Shop');
    expect((await office.download(`/api/v1/organisations/${owner.orgId}/documents/${doc.id}`, other.token)).status).toBe(404);
    expect((await office.download(`/api/v1/organisations/${other.orgId}/documents/${doc.id}`, other.token)).status).toBe(404);
    expect((await office.upload(owner.orgId, PDF, { token: other.token, kind: 'liquor_licence' })).status).toBe(404);
    expect((await docsOf(owner.orgId)).length).toBe(1);
    expect(await docsOf(other.orgId)).toEqual([]);
  });
});
