import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { documentKey } from './document-store';
import { filesystemDocumentStore } from './filesystem-document-store';

const TENANT = '01935f00-0000-7000-8000-000000000001';
const DOC = '01935f00-0000-7000-8000-00000000d0c1';

describe('documents as files under the data folder', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'tillsafe-docs-'));
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  test('a document is written to documents/<tenant>/<id>.<ext>, read back byte for byte, and leaves no partial file', async () => {
    const store = filesystemDocumentStore(root);
    const key = documentKey(TENANT, DOC, 'jpg');
    const bytes = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1]);
    await store.put(key, bytes, 'image/jpeg');
    expect(new Uint8Array(await readFile(path.join(root, TENANT, `${DOC}.jpg`)))).toEqual(bytes);
    expect(await store.get(key)).toEqual(bytes);
    expect(await readdir(path.join(root, TENANT))).toEqual([`${DOC}.jpg`]);
  });

  test('a missing document reads as undefined; deleting it twice is fine', async () => {
    const store = filesystemDocumentStore(root);
    const key = documentKey(TENANT, DOC, 'jpg');
    await store.delete(key);
    await store.delete(key);
    expect(await store.get(key)).toBeUndefined();
  });

  test('keys that could leave the folder are refused before touching the disk', async () => {
    const store = filesystemDocumentStore(root);
    for (const key of ['../escape.pdf', `${TENANT}/../../escape.pdf`, `${TENANT}/${DOC}.exe`, `/etc/${DOC}.pdf`]) {
      await expect(store.put(key, new Uint8Array([0x25]), 'application/pdf')).rejects.toThrow(/not a document key/);
      await expect(store.get(key)).rejects.toThrow(/not a document key/);
    }
    expect(await readdir(path.dirname(root))).not.toContain('escape.pdf');
  });
});
