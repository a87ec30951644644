import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DRIVERS, startTestServer, type TestServer } from './testing/test-server';

describe.each(DRIVERS)('the HTTP edge on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind, { corsOrigins: ['https://office.example.com'] });
  });
  afterAll(() => server.close());

  test('every answer carries the security headers, errors too', async () => {
    for (const path of ['/api/health', '/api/v1/nothing-here']) {
      const res = await server.app.request(path);
      expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('strict-transport-security')).toMatch(/^max-age=/);
      expect(res.headers.get('x-powered-by')).toBeNull();
    }
  });

  test('only a configured origin is allowed across origins', async () => {
    const preflight = (origin: string) =>
      server.app.request('/api/v1/auth/login', { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
    const allowed = await preflight('https://office.example.com');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://office.example.com');
    const other = await preflight('https://evil.example.net');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const simple = await server.app.request('/api/health', { headers: { origin: 'https://evil.example.net' } });
    expect(simple.headers.get('access-control-allow-origin')).toBeNull();
  });

  test('a body over the limit is refused with a code, before anything reads it', async () => {
    const res = await server.app.request('/api/v1/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'x'.repeat(8 * 1024 * 1024 + 1) });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('BODY_TOO_LARGE');
  });
});

describe('without configured origins', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('pglite');
  });
  afterAll(() => server.close());

  test('no origin gets CORS headers: the app is same-origin only', async () => {
    const res = await server.app.request('/api/v1/auth/login', { method: 'OPTIONS', headers: { origin: 'https://office.example.com', 'access-control-request-method': 'POST' } });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
});
