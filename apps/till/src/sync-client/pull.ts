import type { TillDb } from '../db/till-db';
import { getMeta } from '../db/meta';
import type { SyncApi } from './api-client';
import { applyPullPage } from './apply-pull-page';

export const PULL_PAGE_SIZE = 1000;

export interface PullProgress {
  pages: number;
  /** Products stored so far in this pull. */
  products: number;
}

/**
 * Pulls every page after the stored cursor, applying each page with its cursor in one
 * transaction, so an interrupted pull resumes where it stopped. The first pull sends no cursor.
 */
export async function pullAll(db: TillDb, api: SyncApi, token: string, onProgress?: (progress: PullProgress) => void): Promise<PullProgress> {
  const progress: PullProgress = { pages: 0, products: 0 };
  for (;;) {
    const cursor = await getMeta(db, 'pullCursor');
    const page = await api.pull(token, cursor, PULL_PAGE_SIZE);
    const stats = await applyPullPage(db, page);
    progress.pages += 1;
    progress.products += stats.product;
    onProgress?.({ ...progress });
    // A page that claims more but does not move the cursor would loop for ever.
    if (!page.hasMore || page.cursor === cursor) return progress;
  }
}
