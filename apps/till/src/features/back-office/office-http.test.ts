import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { callFile, callJson, fileNameOf, type FetchLike } from './office-http';

function recording(answer: Response) {
  const seen: { path: string; init: RequestInit }[] = [];
  const fetchImpl: FetchLike = (path, init) => {
    seen.push({ path, init });
    return Promise.resolve(answer);
  };
  return { fetchImpl, seen };
}

describe('back-office HTTP calls', () => {
  test('a form (a document upload) is sent as it is, leaving its multipart content type to the browser', async () => {
    const { fetchImpl, seen } = recording(new Response(JSON.stringify({ id: 'd1' }), { status: 201 }));
    const form = new FormData();
    form.set('kind', 'liquor_licence');
    await callJson(fetchImpl, '/api/v1/organisations/o1/documents', z.object({ id: z.string() }), { body: form, token: 't' });
    const headers = new Headers(seen[0]?.init.headers);
    expect(seen[0]?.init.body).toBe(form);
    expect(seen[0]?.init.method).toBe('POST');
    expect(headers.get('content-type')).toBeNull();
    expect(headers.get('authorization')).toBe('Bearer t');
  });

  test('a JSON body is written as JSON with its content type, and PUT is sent as PUT', async () => {
    const { fetchImpl, seen } = recording(new Response(JSON.stringify({ step: 'warehouse' }), { status: 200 }));
    await callJson(fetchImpl, '/x', z.object({ step: z.string() }), { method: 'PUT', body: { name: 'Back room' } });
    expect(seen[0]?.init.method).toBe('PUT');
    expect(seen[0]?.init.body).toBe('{"name":"Back room"}');
    expect(new Headers(seen[0]?.init.headers).get('content-type')).toBe('application/json');
  });

  test('a refused upload throws the server’s code and sentence', async () => {
    const body = { error: { code: 'UNSUPPORTED_DOCUMENT', message: 'Only PDF, PNG and JPEG files are accepted.', claimedType: 'application/pdf' } };
    const { fetchImpl } = recording(new Response(JSON.stringify(body), { status: 415 }));
    await expect(callJson(fetchImpl, '/x', z.unknown(), { body: new FormData() })).rejects.toMatchObject({
      status: 415,
      code: 'UNSUPPORTED_DOCUMENT',
      message: 'Only PDF, PNG and JPEG files are accepted.',
      details: { claimedType: 'application/pdf' },
    });
  });

  test('a downloaded file keeps its bytes and the name the server gave it', async () => {
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]);
    const { fetchImpl } = recording(
      new Response(bytes, { status: 200, headers: { 'content-type': 'application/pdf', 'content-disposition': `attachment; filename="Licence _1_.pdf"; filename*=UTF-8''Licence%20%E2%84%961.pdf` } }),
    );
    const file = await callFile(fetchImpl, '/x');
    expect(new Uint8Array(await file.blob.arrayBuffer())).toEqual(bytes);
    expect(file.fileName).toBe('Licence №1.pdf');
  });

  test('a Content-Disposition name is read from filename* first, then filename, quoted or not', () => {
    expect(fileNameOf(`attachment; filename="a.pdf"; filename*=UTF-8''b%C3%A9.pdf`)).toBe('bé.pdf');
    expect(fileNameOf('attachment; filename="plain name.png"')).toBe('plain name.png');
    expect(fileNameOf('attachment; filename=bare.jpg')).toBe('bare.jpg');
    expect(fileNameOf(`attachment; filename="fallback.pdf"; filename*=UTF-8''%E0%A4%A.pdf`)).toBe('fallback.pdf');
    expect(fileNameOf(null)).toBeUndefined();
  });
});
