import path from 'node:path';
import type { Config } from '../config';
import type { DocumentStore } from './document-store';
import { filesystemDocumentStore } from './filesystem-document-store';
import { s3DocumentStore } from './s3-document-store';

/** The document store the environment asks for: S3 when `S3_BUCKET` is set, else files under the data folder. */
export function documentStoreFromConfig(config: Config, dataDir: string): DocumentStore {
  if (config.S3_BUCKET) {
    return s3DocumentStore({
      bucket: config.S3_BUCKET,
      region: config.S3_REGION,
      endpoint: config.S3_ENDPOINT,
      accessKeyId: config.S3_ACCESS_KEY_ID,
      secretAccessKey: config.S3_SECRET_ACCESS_KEY,
    });
  }
  return filesystemDocumentStore(path.join(dataDir, 'documents'));
}
