import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp } from '../app';
import type { DbKind } from '../db/database';
import { filesystemDocumentStore } from '../storage/filesystem-document-store';
import { startTestServer, type TestServer } from '../testing/test-server';

/**
 * For the onboarding, document and approval tests: the real app on a fresh database of the given
 * kind, with documents kept as real files in a temporary folder, and a few calls as a back
 * office would make them.
 */
export interface BackOffice {
  server: TestServer;
  documentsDir: string;
  call(method: string, path: string, body?: unknown, token?: string): Promise<Answer>;
  /** Sends `bytes` as the raw body, or as a multipart form when `multipart` is set. */
  upload(orgId: string, bytes: Uint8Array, options: { token: string; kind?: string; fileName?: string; claimedType?: string; multipart?: boolean; declareLength?: boolean }): Promise<Answer>;
  download(path: string, token?: string): Promise<Response>;
  /** Signs a new business up; its owner's token and the organisation's id. */
  signUp(email: string, organisationName?: string): Promise<{ token: string; orgId: string }>;
  login(email: string, password: string): Promise<string>;
  close(): Promise<void>;
}

export interface Answer {
  status: number;
  body: Record<string, unknown> & { error?: { code: string; message: string; [k: string]: unknown } };
}

export const PASSWORD = 'a long enough password';

export async function startBackOffice(kind: DbKind): Promise<BackOffice> {
  const auth = { secret: 'a test signing key that is long enough' };
  const server = await startTestServer(kind, { auth });
  const documentsDir = await mkdtemp(path.join(tmpdir(), 'tillsafe-documents-'));
  const app = createApp({ database: server.database, version: 'test', auth, documents: filesystemDocumentStore(documentsDir) });

  async function answer(res: Response): Promise<Answer> {
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : {}) as Answer['body'] };
  }

  async function call(method: string, url: string, body?: unknown, token?: string) {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    return answer(await app.request(url, { method, headers, ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }) }));
  }

  async function login(email: string, password: string) {
    const res = await call('POST', '/api/v1/auth/login', { email, password });
    if (res.status !== 200) throw new Error(`sign-in failed: ${JSON.stringify(res.body)}`);
    return res.body.accessToken as string;
  }

  return {
    server,
    documentsDir,
    call,
    login,
    async upload(orgId, bytes, options) {
      const headers: Record<string, string> = { authorization: `Bearer ${options.token}` };
      let body: FormData | Uint8Array;
      let url = `/api/v1/organisations/${orgId}/documents`;
      if (options.multipart) {
        const form = new FormData();
        if (options.kind !== undefined) form.set('kind', options.kind);
        form.set('file', new File([bytes.slice()], options.fileName ?? 'upload', options.claimedType ? { type: options.claimedType } : {}));
        body = form;
      } else {
        const query = new URLSearchParams();
        if (options.kind !== undefined) query.set('kind', options.kind);
        if (options.fileName !== undefined) query.set('fileName', options.fileName);
        url += `?${query.toString()}`;
        if (options.claimedType) headers['content-type'] = options.claimedType;
        if (options.declareLength) headers['content-length'] = String(bytes.byteLength);
        body = bytes.slice();
      }
      return answer(await app.request(url, { method: 'POST', headers, body }));
    },
    download: (url, token) => Promise.resolve(app.request(url, { headers: token ? { authorization: `Bearer ${token}` } : {} })),
    async signUp(email, organisationName = 'New Bottle Shop') {
      const res = await call('POST', '/api/v1/auth/signup', { email, password: PASSWORD, name: 'New Owner', organisationName, businessType: 'retailer' });
      if (res.status !== 201) throw new Error(`sign-up failed: ${JSON.stringify(res.body)}`);
      const orgId = (res.body.memberships as { organisationId: string }[])[0]!.organisationId;
      return { token: res.body.accessToken as string, orgId };
    },
    async close() {
      await server.close();
      await rm(documentsDir, { recursive: true, force: true });
    },
  };
}
