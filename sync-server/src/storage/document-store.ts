import { ApiError } from '../errors';

/**
 * Where the bytes of business documents live (a port): the local filesystem under `DATA_DIR` by
 * default, any S3-compatible store when `S3_BUCKET` is set. The database keeps what a document is;
 * the store keeps only bytes under a key the server made.
 */
export interface DocumentStore {
  /** Said in the start banner. */
  readonly description: string;
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** The bytes, or undefined when nothing is stored under the key. */
  get(key: string): Promise<Uint8Array | undefined>;
  /** Removes the object; removing a missing one is not an error. */
  delete(key: string): Promise<void>;
}

const KEY_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.(pdf|png|jpg)$/;

/** `<tenant>/<document>.<ext>`: made from ids only, so nothing a client sends becomes a path. */
export function documentKey(tenantId: string, documentId: string, extension: 'pdf' | 'png' | 'jpg'): string {
  return assertDocumentKey(`${tenantId.toLowerCase()}/${documentId.toLowerCase()}.${extension}`);
}

/** Adapters check every key again, so a bug elsewhere cannot reach outside the store. */
export function assertDocumentKey(key: string): string {
  if (!KEY_PATTERN.test(key)) throw new Error(`not a document key: ${JSON.stringify(key)}`);
  return key;
}

/** The store of a server started without one: document calls answer 503 with a sentence. */
export function unavailableDocumentStore(): DocumentStore {
  const refuse = () => Promise.reject(new ApiError('DOCUMENT_STORAGE_UNAVAILABLE', 'This server has no document storage configured, so documents cannot be kept or read.'));
  return { description: 'none', put: refuse, get: refuse, delete: refuse };
}
