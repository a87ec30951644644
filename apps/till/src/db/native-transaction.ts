import { Dexie, RangeSet, type IndexableType, type ObservabilitySet, type Table } from 'dexie';
import { ProductWrites } from './product-changes';
import type { TillDb } from './till-db';
import { TILL_TABLE_NAMES, type RowTable, type TillTableName, type TillTables } from './till-tables';

/**
 * Runs `work` in ONE read-write IndexedDB transaction over `scope`, with the tables as plain
 * IndexedDB requests instead of Dexie's: what a local mutation commits in (commit-mutation.ts).
 *
 * Why: a sale is a few dozen small requests, and Dexie costs far more per request than IndexedDB
 * itself does (its promise zones, its middleware stack, its liveQuery bookkeeping). Measured on a
 * till holding 50,000 products, the same transaction took about three times as long through
 * Dexie. The commit is what the cashier waits for between two customers.
 *
 * What Dexie would have done is done here once, in the task after the commit:
 * - every `liveQuery` is told which tables changed (`Dexie.on('storagemutated')`, Dexie's own
 *   documented event; other tabs hear of it through Dexie's BroadcastChannel);
 * - written products go to the till's product-change feed, as its middleware would send them.
 * The database runs without Dexie's liveQuery cache (till-db.ts), which a native write would
 * leave stale.
 *
 * Writes are queued, not waited for: their promises resolve at once, and when `work` is done the
 * transaction is told to commit (`IDBTransaction.commit()`), so IndexedDB commits as soon as it
 * has run them instead of first sending every answer back to the page: one round trip to
 * IndexedDB less at the end of every local commit, which a sale's cashier waits for.
 *
 * The rules are IndexedDB's: `work` may only await these tables' requests (no fetch, timer or
 * WebCrypto), or the transaction commits under it. If `work` throws, the transaction is aborted
 * and nothing is stored; a request that fails, a write included, aborts it too, and its error is
 * thrown.
 */
export async function inNativeTransaction<T>(db: TillDb, scope: readonly Table[], work: (tables: TillTables) => Promise<T>, options: { quiet?: boolean } = {}): Promise<T> {
  if (!db.isOpen()) await db.open();
  const transaction = db.backendDB().transaction([...new Set(scope.map((t) => t.name))], 'readwrite');
  const committed = new Promise<void>((resolve, reject) => {
    transaction.oncomplete = () => {
      resolve();
    };
    transaction.onabort = () => {
      reject(transaction.error ?? new DOMException('The transaction was aborted.', 'AbortError'));
    };
  });
  // Observed here so an abort while `work` is still running is never an unhandled rejection.
  committed.catch(() => undefined);
  const changes = new ChangeLog();
  const tables = Object.fromEntries(TILL_TABLE_NAMES.map((name) => [name, new NativeTable(transaction, name, changes)])) as unknown as TillTables;
  let result: T;
  try {
    result = await work(tables);
  } catch (error) {
    abortQuietly(transaction);
    throw transaction.error ?? error;
  }
  commitNow(transaction);
  await committed;
  // A quiet transaction changes nothing anyone sees (it copies what is stored; product-table.ts).
  if (options.quiet) return result;
  // The listeners re-run their queries and re-render: work that follows the commit, in a task of
  // its own, rather than work the committing caller waits for.
  setTimeout(() => {
    changes.tell(db);
  }, 0);
  return result;
}

/**
 * Asks IndexedDB to commit as soon as the requests queued are done, rather than once their answers
 * have come back to the page and it has seen that nothing follows them: one round trip less.
 */
function commitNow(transaction: IDBTransaction): void {
  try {
    transaction.commit();
  } catch (error) {
    // InvalidStateError: it is committing already, or a failed request aborted it (`committed` says which).
    if (!(error instanceof DOMException && error.name === 'InvalidStateError')) throw error;
  }
}

/** Aborts, unless the transaction already finished or aborted itself (a failed request). */
function abortQuietly(transaction: IDBTransaction): void {
  try {
    transaction.abort();
  } catch {
    // InvalidStateError: nothing left to abort.
  }
}

/**
 * What a write returns: nothing to wait for. IndexedDB runs a transaction's requests in the order
 * they were made, so a later read sees the write; a write that fails aborts the whole transaction,
 * and `committed` throws its error.
 */
const queued = Promise.resolve();

/** A request's result as a promise, settled in IndexedDB's own success or error event. */
function settle<R>(request: IDBRequest): Promise<R> {
  return new Promise<R>((resolve, reject) => {
    request.onsuccess = () => {
      resolve(request.result as R);
    };
    request.onerror = () => {
      reject(request.error ?? new DOMException('An IndexedDB request failed.', 'UnknownError'));
    };
  });
}

/** What a transaction wrote, told once it has committed. */
class ChangeLog {
  private readonly written = new Set<string>();
  private readonly deleted = new Set<string>();
  private readonly products = new ProductWrites();

  put(table: TillTableName, rows: readonly unknown[]): void {
    this.written.add(table);
    this.products.put(table, rows);
  }

  delete(table: TillTableName, keys: readonly IndexableType[]): void {
    this.written.add(table);
    this.deleted.add(table);
    this.products.delete(table, keys);
  }

  /** Tells every liveQuery of this database which tables changed (all of each), and the product feed its rows. */
  tell(db: TillDb): void {
    if (this.written.size === 0) return;
    const parts: ObservabilitySet = {};
    const everything = () => new RangeSet(Dexie.minKey, Dexie.maxKey);
    for (const name of this.written) {
      const prefix = `idb://${db.name}/${name}/`;
      parts[prefix] = everything();
      if (this.deleted.has(name)) parts[`${prefix}:dels`] = everything();
      for (const index of db.table(name).schema.indexes) if (index.name) parts[`${prefix}${index.name}`] = everything();
    }
    Dexie.on('storagemutated').fire(parts);
    this.products.tell(db.productChanges);
  }
}

/** One table of a native transaction, with the reads and writes of a Dexie table that mutations use. */
class NativeTable<T extends object> implements RowTable<T> {
  /** The whole-table read on its way, which a read issued before it answers (and before any write) shares. */
  private reading: Promise<T[]> | undefined;

  constructor(
    private readonly transaction: IDBTransaction,
    private readonly name: TillTableName,
    private readonly changes: ChangeLog,
  ) {}

  private get store(): IDBObjectStore {
    return this.transaction.objectStore(this.name);
  }

  get(key: IndexableType): Promise<T | undefined> {
    return settle<T | undefined>(this.store.get(key as IDBValidKey));
  }

  bulkGet(keys: IndexableType[]): Promise<(T | undefined)[]> {
    const store = this.store;
    return Promise.all(keys.map((key) => settle<T | undefined>(store.get(key as IDBValidKey))));
  }

  /**
   * Every row. A second read issued while one is still on its way, with no write to the table
   * between them, shares that request: IndexedDB would answer it the same rows, one more task
   * later. A sale reads the meta table for its counters and for its receipt number at once.
   * Both callers get the same row objects, which this till's code only ever reads.
   */
  toArray(): Promise<T[]> {
    if (this.reading) return this.reading;
    const reading = settle<T[]>(this.store.getAll());
    this.reading = reading;
    const done = () => {
      if (this.reading === reading) this.reading = undefined;
    };
    reading.then(done, done);
    return reading;
  }

  /** A write is queued after the read on its way: a read issued from now on must see it. */
  private written(): void {
    this.reading = undefined;
  }

  count(): Promise<number> {
    return settle(this.store.count());
  }

  toCollection() {
    return { primaryKeys: () => settle<IndexableType[]>(this.store.getAllKeys()) };
  }

  where(index: string) {
    const source = this.store.index(index);
    const matching = (value: IndexableType) => settle<T[]>(source.getAll(IDBKeyRange.only(value)));
    return {
      equals: (value: IndexableType) => ({ toArray: () => matching(value) }),
      anyOf: (values: readonly IndexableType[]) => ({ toArray: async () => (await Promise.all([...new Set(values)].map(matching))).flat() }),
    };
  }

  put(row: T): Promise<unknown> {
    return this.bulkPut([row]);
  }

  add(row: T): Promise<unknown> {
    this.written();
    this.changes.put(this.name, [row]);
    this.store.add(row);
    return queued;
  }

  bulkPut(rows: readonly T[]): Promise<unknown> {
    const store = this.store;
    this.written();
    this.changes.put(this.name, rows);
    for (const row of rows) store.put(row);
    return queued;
  }

  delete(key: IndexableType): Promise<unknown> {
    return this.bulkDelete([key]);
  }

  bulkDelete(keys: IndexableType[]): Promise<unknown> {
    const store = this.store;
    this.written();
    this.changes.delete(this.name, keys);
    for (const key of keys) store.delete(key as IDBValidKey);
    return queued;
  }
}
