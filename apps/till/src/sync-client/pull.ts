import { MAX_PULL_LIMIT, PROTOCOL_VERSION, type PullResponseV2 } from '@tillsafe/sync';
import type { TillDb } from '../db/till-db';
import { deleteMeta, getMetas, setMeta } from '../db/meta';
import { compactProductChunks } from '../db/product-table';
import { pruneHistory } from '../db/prune-history';
import type { SyncApi } from './api-client';
import { preparePullPage, storePullPage, type PreparedPage } from './apply-pull-page';

/** The most the server serves per page: a fresh till's catalog comes in few requests. */
export const PULL_PAGE_SIZE = MAX_PULL_LIMIT;

export interface PullProgress {
  pages: number;
  /** Products stored so far in this pull. */
  products: number;
}

/**
 * The cursor to resume from: the stored one when it was pulled with this build's protocol. A
 * till that pulled with an older one (a protocol-1 till, whose pulls skipped the selling records
 * but moved past them) pulls once from no cursor: the server's change log holds each record once,
 * at its latest position, so that one pull brings every record the till never received, and
 * replaces the ones it has. Forgetting the old cursor and noting the new protocol are one
 * transaction, so an interrupted re-pull resumes from its own (new-protocol) cursor.
 *
 * Nearly every pull is of this build's protocol: that case is a plain read, one round trip to
 * IndexedDB. A read-write transaction would add its commit, and every pull a poke starts waits
 * for this before it asks the server (another till's tab line is on its way). The cursor only
 * changes under the pull lock, which the caller holds (a pull storing a page, or a push answer's
 * corrections moving it back), so the read cannot be stale.
 */
export async function cursorForThisProtocol(db: TillDb): Promise<string | undefined> {
  const [stored, storedProtocol] = await getMetas(db, ['pullCursor', 'pullProtocol'] as const);
  if (storedProtocol === PROTOCOL_VERSION) return stored;
  return db.transaction('rw', db.meta, async () => {
    const [cursor, protocol] = await getMetas(db, ['pullCursor', 'pullProtocol'] as const);
    if (protocol === PROTOCOL_VERSION) return cursor;
    await Promise.all([deleteMeta(db, 'pullCursor'), setMeta(db, 'pullProtocol', PROTOCOL_VERSION)]);
    return undefined;
  });
}

/**
 * Pulls every page after the stored cursor, applying each page with its cursor in one
 * transaction, so an interrupted pull resumes where it stopped. The first pull sends no cursor,
 * and so does the first pull after the till moved to a newer protocol (cursorForThisProtocol).
 *
 * Three things overlap: the server reads and sends page n+1 while the till stores page n, and
 * page n+1 is parsed while IndexedDB (in the browser's own process) is still writing page n.
 * Pages are still stored strictly in order, each transaction started after the one before has
 * committed; a page that fails stops the pull (a request already sent is dropped) and the stored
 * cursor stays at the last page stored. Each page leaves `pull.wait` (waiting for the server),
 * `pull.parse` and `pull.store` (waiting for its transaction) performance measures, for
 * DevTools' Performance panel and the bench.
 *
 * A pull that stored products in chunks while older chunks were already there (a large page
 * bringing products again) ends by dropping the copies it made unreadable (compactAfter). A pull
 * that stored every page then drops the finished business older than the server's history window,
 * once a day at most (pruneAfter).
 */
export async function pullAll(db: TillDb, api: SyncApi, token: string, onProgress?: (progress: PullProgress) => void): Promise<PullProgress> {
  const progress: PullProgress = { pages: 0, products: 0 };
  // The request goes out as soon as the cursor is known; the chunk key, read beside it, is only
  // needed once a page is stored.
  const chunks = lastChunkKey(db);
  chunks.catch(() => undefined);
  let cursor = await cursorForThisProtocol(db);
  let next: Promise<PullResponseV2> | undefined = request(api, token, cursor);
  const chunksBefore = await chunks;
  let writing: { page: PreparedPage; done: Promise<void> } | undefined;

  const finish = async ({ page, done }: { page: PreparedPage; done: Promise<void> }) => {
    const started = performance.now();
    await done;
    performance.measure('pull.store', { start: started });
    progress.pages += 1;
    progress.products += page.stats.product;
    onProgress?.({ ...progress });
  };

  try {
    while (next) {
      const waited = performance.now();
      const page: PullResponseV2 = await next;
      performance.measure('pull.wait', { start: waited });
      // A page that claims more but does not move the cursor would loop for ever.
      const more: boolean = page.hasMore && page.cursor !== cursor;
      cursor = page.cursor;
      next = more ? request(api, token, cursor) : undefined;
      const parsing = performance.now();
      const prepared = preparePullPage(db, page);
      performance.measure('pull.parse', { start: parsing });
      if (writing) await finish(writing);
      const done = storePullPage(db, prepared);
      done.catch(() => undefined);
      writing = { page: prepared, done };
    }
    if (writing) await finish(writing);
  } catch (error) {
    // Whatever failed, the page being written settles before the pull (and its lock) ends.
    await writing?.done.catch(() => undefined);
    // The pages stored before the failure stay, and so do the copies they made unreadable.
    await compactAfter(db, chunksBefore).catch(() => undefined);
    throw error;
  }
  await compactAfter(db, chunksBefore);
  // Housekeeping: the pull succeeded whether or not old history could be dropped; the next one tries again.
  await pruneAfter(db).catch(() => undefined);
  return progress;
}

/** The key of the latest chunk of products, undefined when there is none. */
async function lastChunkKey(db: TillDb): Promise<number | undefined> {
  return (await db.productChunks.orderBy(':id').lastKey()) as number | undefined;
}

/**
 * Compacts the chunks when this pull stored some over older ones: those may hold copies of the
 * same products, which no read reaches any more (product-table.ts). A fresh till's first pull has
 * nothing older to compact; a product that changed while it pulled leaves a copy behind until the
 * next large page. Leaves a `pull.compact` performance measure.
 */
async function compactAfter(db: TillDb, before: number | undefined): Promise<void> {
  if (before === undefined) return;
  const after = await lastChunkKey(db);
  if (after === undefined || after <= before) return;
  const started = performance.now();
  await compactProductChunks(db);
  performance.measure('pull.compact', { start: started });
}

/**
 * Drops the sales, tabs and parked sales that fell out of the server's history window (see
 * db/prune-history.ts), by the till's clock. Leaves a `pull.prune` performance measure when it ran.
 */
async function pruneAfter(db: TillDb): Promise<void> {
  const started = performance.now();
  if (await pruneHistory(db, new Date())) performance.measure('pull.prune', { start: started });
}

/** Requests a page; a request the pull abandons (an earlier page failed) rejects unobserved. */
function request(api: SyncApi, token: string, cursor: string | undefined): Promise<PullResponseV2> {
  const pending = api.pull(token, cursor, PULL_PAGE_SIZE);
  pending.catch(() => undefined);
  return pending;
}
