import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { s3DocumentStore } from './s3-document-store';
import { startS3TestServer, type S3TestServer } from './s3-test-server';

const TENANT = '01935f00-0000-7000-8000-000000000001';
const DOC = '01935f00-0000-7000-8000-00000000d0c1';
const KEY = `${TENANT}/${DOC}.pdf`;
const credentials = { accessKeyId: 'AKIATESTKEY', secretAccessKey: 'a-test-secret-key' };

describe('documents in an S3-compatible store, over real HTTP', () => {
  let s3: S3TestServer;
  beforeAll(async () => {
    s3 = await startS3TestServer({ bucket: 'tillsafe-docs', ...credentials });
  });
  afterAll(() => s3.close());

  const store = () => s3DocumentStore({ bucket: 'tillsafe-docs', region: 'eu-west-1', endpoint: s3.endpoint, ...credentials });

  test('a document is PUT path-style under documents/<tenant>/<id>, signed for the region, with its type and length', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.7\n% a licence\n%%EOF\n');
    await store().put(KEY, bytes, 'application/pdf');
    const put = s3.requests.at(-1)!;
    expect(put).toMatchObject({ method: 'PUT', path: `/tillsafe-docs/documents/${KEY}`, signatureValid: true });
    expect(put.headers['content-type']).toBe('application/pdf');
    expect(put.headers['content-length']).toBe(String(bytes.byteLength));
    expect(put.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIATESTKEY\/\d{8}\/eu-west-1\/s3\/aws4_request/);
    expect(Buffer.from(s3.objects.get(`documents/${KEY}`)!.body).equals(Buffer.from(bytes))).toBe(true);
  });

  test('the same bytes come back from a GET; a missing key reads as undefined, not an error', async () => {
    const bytes = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 255, 0]);
    const key = `${TENANT}/${DOC}.png`;
    await store().put(key, bytes, 'image/png');
    expect(await store().get(key)).toEqual(bytes);
    expect(s3.requests.at(-1)).toMatchObject({ method: 'GET', path: `/tillsafe-docs/documents/${key}`, signatureValid: true });
    expect(await store().get(`${TENANT}/01935f00-0000-7000-8000-00000000ffff.pdf`)).toBeUndefined();
  });

  test('a delete removes the object', async () => {
    await store().delete(KEY);
    expect(s3.objects.has(`documents/${KEY}`)).toBe(false);
    expect(await store().get(KEY)).toBeUndefined();
  });

  test('wrong credentials fail loudly instead of pretending the document was kept', async () => {
    const wrong = s3DocumentStore({ bucket: 'tillsafe-docs', region: 'eu-west-1', endpoint: s3.endpoint, accessKeyId: 'AKIATESTKEY', secretAccessKey: 'not the secret' });
    await expect(wrong.put(KEY, new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]), 'application/pdf')).rejects.toThrow();
    expect(s3.objects.has(`documents/${KEY}`)).toBe(false);
  });

  test('a key the server did not make never reaches the store', async () => {
    const before = s3.requests.length;
    await expect(store().put('../../etc/passwd', new Uint8Array([1]), 'application/pdf')).rejects.toThrow(/not a document key/);
    expect(s3.requests.length).toBe(before);
  });
});
