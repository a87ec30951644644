import type { IndexableType } from 'dexie';
import { inNativeTransaction } from './native-transaction';
import type { ProductChunkRow, ProductRow } from './rows';
import type { TillDb } from './till-db';
import type { RowTable, TillTables } from './till-tables';

/** Products per chunk record: a fiftieth of the writes, and a chunk still quick to read for one product. */
export const PRODUCTS_PER_CHUNK = 50;

/** A bulk write of at least this many products (a large pull page) is stored in chunks. */
export const CHUNKED_FROM = 1_000;

/** Above this many products to find, reading every product once beats a lookup each. */
const LOOKUPS_BEFORE_SCAN = 100;

type ProductTables = Pick<TillTables, 'products' | 'productChunks'>;

/**
 * The till's products, wherever they are stored (schema version 10), as one table.
 *
 * Two places, because IndexedDB charges per write: a fresh till's pull of 50,000 products spent
 * most of its time issuing 50,000 `put`s, while the same products written 50 to a record took a
 * fraction of the time. So:
 * - a bulk write of CHUNKED_FROM products or more (a large pull page) goes to `productChunks`,
 *   PRODUCTS_PER_CHUNK to a record, keyed in write order, found by product id through the
 *   multi-entry `ids` index;
 * - every other write (mutators, small pulls, push corrections, a rebase) goes to `products`, one
 *   row per product, as before.
 *
 * Which copy is the product: its row in `products` if there is one, else its copy in the latest
 * chunk that holds it. A chunk write deletes the `products` rows of the products it brings (their
 * keys are read in the same transaction: few, except on a till upgraded from version 9, whose
 * catalog stays in rows until a large page brings it again), so a newer chunk is never hidden by
 * an older row. A delete removes the product from both. A product brought by two chunks (a price
 * import pulled as one large page, a pull of everything after a protocol change, a product that
 * changed while a fresh till was pulling) leaves its older copy in the older chunk, unread, until
 * compactProductChunks drops it.
 *
 * Everything here only awaits its tables' requests, so it runs inside a Dexie transaction or a
 * native one (native-transaction.ts) alike; the transaction must span both tables.
 */
export function productTable(tables: ProductTables): RowTable<ProductRow> {
  return new LayeredProducts(tables.products, tables.productChunks);
}

class LayeredProducts implements RowTable<ProductRow> {
  constructor(
    private readonly rows: RowTable<ProductRow>,
    private readonly chunks: RowTable<ProductChunkRow>,
  ) {}

  async get(key: IndexableType): Promise<ProductRow | undefined> {
    return (await this.bulkGet([key]))[0];
  }

  /**
   * The rows first (one request each, what a sale's few products cost); the chunks only for those
   * not found. Many products at once (another tab's pull page) are picked from one read of all.
   */
  async bulkGet(keys: IndexableType[]): Promise<(ProductRow | undefined)[]> {
    if (keys.length > LOOKUPS_BEFORE_SCAN) {
      const byId = new Map((await this.toArray()).map((row) => [row.id, row]));
      return keys.map((key) => byId.get(idOf(key)));
    }
    const own = await this.rows.bulkGet(keys);
    const missing = keys.filter((_, i) => own[i] === undefined).map(idOf);
    if (missing.length === 0) return own;
    const found = await chunkedCopies(this.chunks, missing);
    return keys.map((key, i) => own[i] ?? found.get(idOf(key)));
  }

  async toArray(): Promise<ProductRow[]> {
    const [chunks, rows] = await Promise.all([this.chunks.toArray(), this.rows.toArray()]);
    const byId = new Map<string, ProductRow>();
    for (const chunk of inWriteOrder(chunks)) for (const row of chunk.rows) byId.set(row.id, row);
    for (const row of rows) byId.set(row.id, row);
    return [...byId.values()];
  }

  async count(): Promise<number> {
    return (await this.toArray()).length;
  }

  toCollection() {
    return { primaryKeys: async () => (await this.toArray()).map((row) => row.id) };
  }

  where(index: string): never {
    throw new Error(`Products have no "${index}" index: the sell screen searches its in-memory catalog.`);
  }

  put(row: ProductRow): Promise<unknown> {
    return this.rows.put(row);
  }

  add(row: ProductRow): Promise<unknown> {
    return this.rows.add(row);
  }

  bulkPut(rows: readonly ProductRow[]): Promise<unknown> {
    return rows.length < CHUNKED_FROM ? this.rows.bulkPut(rows) : this.putChunks(rows);
  }

  /** Stores `rows` in chunks, in their order, and deletes the rows of those products stored one by one. */
  private async putChunks(rows: readonly ProductRow[]): Promise<void> {
    const ids = new Set(rows.map((row) => row.id));
    const shadowing = (await this.rows.toCollection().primaryKeys()).filter((key) => ids.has(idOf(key)));
    const chunks: Omit<ProductChunkRow, 'key'>[] = [];
    for (let i = 0; i < rows.length; i += PRODUCTS_PER_CHUNK) {
      const part = rows.slice(i, i + PRODUCTS_PER_CHUNK);
      chunks.push({ ids: part.map((row) => row.id), rows: part });
    }
    // Without a key, IndexedDB gives each the next one: write order.
    await Promise.all([shadowing.length ? this.rows.bulkDelete(shadowing) : undefined, this.chunks.bulkPut(chunks as ProductChunkRow[])]);
  }

  delete(key: IndexableType): Promise<unknown> {
    return this.bulkDelete([key]);
  }

  /** Deletes the products' rows and takes them out of every chunk holding them (a chunk left empty goes). */
  async bulkDelete(keys: IndexableType[]): Promise<unknown> {
    const ids = new Set(keys.map(idOf));
    const [, holding] = await Promise.all([this.rows.bulkDelete(keys), this.chunks.where('ids').anyOf([...ids]).toArray()]);
    return thinChunks(this.chunks, inWriteOrder(holding), (id) => !ids.has(id));
  }
}

/**
 * Rewrites `chunks` with only the places `keeps` keeps (given a product's id and its place in the
 * chunk); a chunk that keeps nothing is deleted, one that keeps everything is left alone. Returns
 * how many product copies went, and how many chunks were rewritten and deleted.
 */
async function thinChunks(table: RowTable<ProductChunkRow>, chunks: readonly ProductChunkRow[], keeps: (id: string, at: number, chunk: ProductChunkRow) => boolean): Promise<Compaction> {
  const rewritten: ProductChunkRow[] = [];
  const deleted: number[] = [];
  let dropped = 0;
  for (const chunk of chunks) {
    const keep = chunk.ids.flatMap((id, i) => (keeps(id, i, chunk) ? [i] : []));
    if (keep.length === chunk.ids.length) continue;
    dropped += chunk.ids.length - keep.length;
    if (keep.length === 0) deleted.push(chunk.key);
    else rewritten.push({ key: chunk.key, ids: keep.map((i) => chunk.ids[i]!), rows: keep.map((i) => chunk.rows[i]!) });
  }
  await Promise.all([rewritten.length ? table.bulkPut(rewritten) : undefined, deleted.length ? table.bulkDelete(deleted) : undefined]);
  return { dropped, rewritten: rewritten.length, deleted: deleted.length };
}

/** The latest chunk's copy of each of `ids` that a chunk holds. */
async function chunkedCopies(chunks: RowTable<ProductChunkRow>, ids: readonly string[]): Promise<Map<string, ProductRow>> {
  const wanted = new Set(ids);
  const found = new Map<string, ProductRow>();
  for (const chunk of inWriteOrder(await chunks.where('ids').anyOf([...wanted]).toArray())) {
    chunk.ids.forEach((id, i) => {
      if (wanted.has(id)) found.set(id, chunk.rows[i]!);
    });
  }
  return found;
}

/** A product's key, which is its id (a string). */
function idOf(key: IndexableType): string {
  return key as string;
}

/** Chunks by key, each once (a lookup by several of its products answers a chunk more than once). */
function inWriteOrder(chunks: readonly ProductChunkRow[]): ProductChunkRow[] {
  return [...new Map(chunks.map((chunk) => [chunk.key, chunk])).values()].sort((a, b) => a.key - b.key);
}

/** What a compaction dropped. */
export interface Compaction {
  /** Product copies no read could reach any more. */
  dropped: number;
  /** Chunks rewritten without them, and chunks deleted because nothing in them was still read. */
  rewritten: number;
  deleted: number;
}

/** Chunks read per read-only transaction while compacting: a sale committing meanwhile waits for one slice at most. */
const CHUNKS_PER_SLICE = 100;

/**
 * Drops every chunk copy that no read can reach: the copy of a product that has a row, or that a
 * later chunk (or a later place in the same chunk) holds too. Without it, each large page that
 * brings products again — a wholesaler's price import, a pull of everything after a protocol
 * change — would leave another copy of them behind, and the catalog's load would read them all.
 *
 * It reads every chunk once, as the live catalog's load does, newest first, in read-only slices
 * (CHUNKS_PER_SLICE), so a sale committing meanwhile is not held up for the whole read. Then one
 * quiet read-write transaction deletes the chunks with nothing left to read and rewrites those
 * with something (read again there). Deciding outside that transaction is safe because a dead copy
 * stays dead: a chunk never gains products; a newer row or chunk only makes more copies dead; and
 * deleting a product takes it out of every chunk at once. Every product reads the same before and
 * after, so nobody is told. A pull runs it after a large page brought products again (pull.ts).
 */
export async function compactProductChunks(db: TillDb): Promise<Compaction> {
  const [keys, rowKeys] = await db.transaction('r', db.products, db.productChunks, () =>
    Promise.all([db.productChunks.toCollection().primaryKeys(), db.products.toCollection().primaryKeys()]),
  );
  // Newest first: a product is read from its row, else its latest copy; every copy after that is dead.
  const served = new Set(rowKeys.map(idOf));
  const dead = new Map<number, Set<string>>();
  const whollyDead: number[] = [];
  let whollyDeadCopies = 0;
  const newestFirst = [...keys].sort((a, b) => b - a);
  for (let i = 0; i < newestFirst.length; i += CHUNKS_PER_SLICE) {
    for (const chunk of await db.productChunks.bulkGet(newestFirst.slice(i, i + CHUNKS_PER_SLICE))) {
      if (!chunk) continue;
      // Its products that something newer serves; a product twice in it is read from its later place.
      const gone = new Set(chunk.ids.filter((id) => served.has(id)));
      const held = new Set(chunk.ids);
      for (const id of held) served.add(id);
      if (gone.size === held.size) {
        whollyDead.push(chunk.key);
        whollyDeadCopies += chunk.ids.length;
      } else if (gone.size || held.size < chunk.ids.length) dead.set(chunk.key, gone);
    }
  }
  if (whollyDead.length === 0 && dead.size === 0) return { dropped: 0, rewritten: 0, deleted: 0 };
  return inNativeTransaction(
    db,
    [db.productChunks],
    async ({ productChunks }) => {
      // The wholly dead go unread; the others are read again, as they are now, and thinned.
      const [, partly] = await Promise.all([whollyDead.length ? productChunks.bulkDelete(whollyDead) : undefined, productChunks.bulkGet([...dead.keys()])]);
      const thinned = await thinChunks(
        productChunks,
        partly.filter((chunk) => chunk !== undefined),
        (id, at, chunk) => !dead.get(chunk.key)!.has(id) && chunk.ids.lastIndexOf(id) === at,
      );
      return { dropped: whollyDeadCopies + thinned.dropped, rewritten: thinned.rewritten, deleted: whollyDead.length + thinned.deleted };
    },
    { quiet: true },
  );
}

/** The products of `ids` (undefined: not on this till), read in one transaction. */
export function readProducts(db: TillDb, ids: readonly string[]): Promise<(ProductRow | undefined)[]> {
  return db.transaction('r', db.products, db.productChunks, () => productTable(db).bulkGet([...ids]));
}

/** Every product on this till, read in one transaction. */
export function allProducts(db: TillDb): Promise<ProductRow[]> {
  return db.transaction('r', db.products, db.productChunks, () => productTable(db).toArray());
}

/**
 * Copies products found only in a chunk to rows of their own, so the sale that sells them reads
 * them with one small request each instead of a chunk each (a cart's products, as they are added).
 * The copy is the product as stored, taken in the same transaction, so nothing anyone sees
 * changes: nobody is told of it.
 */
export async function keepProductsAtHand(db: TillDb, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await inNativeTransaction(
    db,
    [db.products, db.productChunks],
    async (tables) => {
      const own = await tables.products.bulkGet([...ids]);
      const missing = ids.filter((_, i) => own[i] === undefined);
      if (missing.length === 0) return;
      const copies = [...(await chunkedCopies(tables.productChunks, missing)).values()];
      if (copies.length) await tables.products.bulkPut(copies);
    },
    { quiet: true },
  );
}
