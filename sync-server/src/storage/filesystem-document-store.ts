import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { assertDocumentKey, type DocumentStore } from './document-store';

/**
 * Documents as files under `root` (`DATA_DIR/documents` by default): `<tenant>/<document>.<ext>`.
 * A file is written beside its final name and renamed into place, so a crash never leaves half
 * a document under a name the database points at.
 */
export function filesystemDocumentStore(root: string): DocumentStore {
  const base = path.resolve(root);
  const fileOf = (key: string) => path.join(base, ...assertDocumentKey(key).split('/'));
  return {
    description: `files in ${base}`,
    async put(key, bytes) {
      const file = fileOf(key);
      await mkdir(path.dirname(file), { recursive: true });
      const partial = `${file}.${randomBytes(6).toString('hex')}.partial`;
      try {
        await writeFile(partial, bytes, { flag: 'wx' });
        await rename(partial, file);
      } catch (error) {
        await rm(partial, { force: true });
        throw error;
      }
    },
    async get(key) {
      try {
        return new Uint8Array(await readFile(fileOf(key)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
    },
    async delete(key) {
      await rm(fileOf(key), { force: true });
    },
  };
}
