import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, Middleware } from 'dexie';
import type { ProductChunkRow, ProductRow } from './rows';

/**
 * What changed in the products (their rows and their chunks, db/product-table.ts), told once its
 * transaction has committed, so the sell screen's in-memory catalog
 * (features/sell/live-catalog.ts) follows pulls product by product instead of reading 50,000
 * products again:
 * - `rows`: this tab wrote them — the rows themselves, nothing to read back;
 * - `ids`: another tab of this till wrote them, or their rows were deleted (which may leave a copy
 *   in a chunk, or nothing) — read them from IndexedDB;
 * - `all`: the table was cleared or changed in bulk — read everything again.
 *
 * Dexie's own change events cannot tell this: a bulk write of 50 rows or more is reported as "the
 * whole table". A DBCore middleware sees every write (pulls, push corrections, mutators and the
 * rebase of pending ones alike) with its rows; the listeners hear of it on the transaction's
 * `complete` (an aborted one tells nothing), and other tabs through a BroadcastChannel.
 */
export type ProductChanges = { kind: 'rows'; rows: ReadonlyMap<string, ProductRow> } | { kind: 'ids'; ids: readonly string[] } | { kind: 'all' };
export type ProductChangeListener = (changes: ProductChanges) => void;

const CHANNEL = 'tillsafe-product-changes';
type Broadcast = { db: string; ids: string[] } | { db: string; all: true };

export class ProductChangeFeed {
  private readonly listeners = new Set<ProductChangeListener>();
  private channel: BroadcastChannel | undefined;

  constructor(private readonly dbName: string) {}

  /** Listens to every committed change of the products table, in this tab and others. */
  subscribe(listener: ProductChangeListener): () => void {
    this.listeners.add(listener);
    if (!this.channel && typeof BroadcastChannel === 'function') {
      this.channel = new BroadcastChannel(CHANNEL);
      this.channel.onmessage = (event: MessageEvent<Broadcast>) => {
        if (event.data.db !== this.dbName) return;
        this.tell('all' in event.data ? { kind: 'all' } : { kind: 'ids', ids: event.data.ids });
      };
    }
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) {
        this.channel?.close();
        this.channel = undefined;
      }
    };
  }

  /** A committed transaction's writes to products, from this tab. */
  committed(changes: ProductChanges): void {
    this.tell(changes);
    if (!this.channel) return;
    if (changes.kind === 'rows') this.channel.postMessage({ db: this.dbName, ids: [...changes.rows.keys()] } satisfies Broadcast);
    else if (changes.kind === 'ids') this.channel.postMessage({ db: this.dbName, ids: [...changes.ids] } satisfies Broadcast);
    else this.channel.postMessage({ db: this.dbName, all: true } satisfies Broadcast);
  }

  private tell(changes: ProductChanges): void {
    for (const listener of this.listeners) listener(changes);
  }
}

/**
 * One transaction's writes to products — rows and chunks (db/product-table.ts) — for the feed
 * once it has committed: the rows written, and the products whose row was deleted, to read again
 * (a chunk may still hold the product). The Dexie middleware below and native transactions
 * (native-transaction.ts) both collect with it.
 */
export class ProductWrites {
  private readonly rows = new Map<string, ProductRow>();
  private readonly reread = new Set<string>();

  /** Rows put in `products`, or chunks put in `productChunks`; other tables are not products. */
  put(table: string, values: readonly unknown[]): void {
    if (table === 'products') for (const row of values as readonly ProductRow[]) this.rows.set(row.id, row);
    if (table === 'productChunks') for (const chunk of values as readonly ProductChunkRow[]) for (const row of chunk.rows) this.rows.set(row.id, row);
  }

  /** Keys deleted from `products`. A chunk deleted is one a delete of its products emptied: their rows' deletes told them. */
  delete(table: string, keys: readonly unknown[]): void {
    if (table === 'products') for (const key of keys) if (typeof key === 'string') this.reread.add(key);
  }

  /** Tells the feed, after the commit. */
  tell(feed: ProductChangeFeed): void {
    // A row deleted, then or later in the transaction: what is stored now is read again.
    for (const id of this.reread) this.rows.delete(id);
    if (this.rows.size) feed.committed({ kind: 'rows', rows: this.rows });
    if (this.reread.size) feed.committed({ kind: 'ids', ids: [...this.reread] });
  }
}

const WATCHED = new Set(['products', 'productChunks']);

/** Collects each transaction's writes to products (rows and chunks) and hands them to the feed when it commits. */
export function productChangesMiddleware(feed: ProductChangeFeed): Middleware<DBCore> {
  const pending = new WeakMap<object, ProductWrites | 'all'>();

  const record = (table: string, request: DBCoreMutateRequest, response: DBCoreMutateResponse) => {
    const trans = request.trans as unknown as EventTarget;
    let changes = pending.get(trans);
    if (!changes) {
      changes = new ProductWrites();
      pending.set(trans, changes);
      trans.addEventListener('complete', () => {
        const done = pending.get(trans);
        pending.delete(trans);
        if (done === 'all') feed.committed({ kind: 'all' });
        else done?.tell(feed);
      });
      trans.addEventListener('abort', () => pending.delete(trans));
    }
    if (changes === 'all') return;
    const stored = (_: unknown, i: number) => !Object.hasOwn(response.failures, i);
    if (request.type === 'deleteRange') pending.set(trans, 'all');
    else if (request.type === 'delete') changes.delete(table, request.keys.filter(stored));
    else changes.put(table, request.values.filter(stored));
  };

  return {
    stack: 'dbcore',
    name: 'product-changes',
    create: (down) => ({
      ...down,
      table: (name): DBCoreTable => {
        const table = down.table(name);
        if (!WATCHED.has(name)) return table;
        return {
          ...table,
          mutate: async (request) => {
            const response = await table.mutate(request);
            if (typeof (request.trans as unknown as Partial<EventTarget>).addEventListener === 'function') record(name, request, response);
            return response;
          },
        };
      },
    }),
  };
}
