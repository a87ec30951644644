import type { ProductRecord } from '@tillsafe/sync';
import type { ProductChanges } from '../../db/product-changes';
import { allProducts, readProducts } from '../../db/product-table';
import { fromProductRow, type ProductRow } from '../../db/rows';
import type { TillDb } from '../../db/till-db';
import { ProductIndex } from './product-index';

/** The catalog as the sell screen reads it at one moment; a change makes a new snapshot. */
export interface CatalogSnapshot {
  index: ProductIndex;
  /** Active products by id; a new map whenever a product changed. */
  productsById: ReadonlyMap<string, ProductRecord>;
  /** Counts the changes applied, so memos over the (mutable) index know to re-run. */
  version: number;
}

/**
 * The till's products in memory, for search and scanning: read from IndexedDB once, then kept
 * current from the database's product change feed (db/product-changes.ts) — a pull page's rows
 * are applied as they were written, another tab's by reading just those ids — so the sell screen
 * never reads the whole catalog again after a price change. Loading starts as soon as someone
 * asks (the sign-in screen does, so the catalog is ready by the time a PIN is typed) and the
 * catalog stays loaded for the page's life.
 */
export class LiveCatalog {
  private snapshot: CatalogSnapshot | undefined;
  private loading: Promise<void> | undefined;
  private readonly listeners = new Set<() => void>();
  /** Changes heard while the first load was reading, applied after it. */
  private heldBack: ProductChanges[] | undefined;
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly db: TillDb) {}

  /** Starts loading (once); settles when the catalog is in memory. */
  load(): Promise<void> {
    this.loading ??= this.start();
    return this.loading;
  }

  getSnapshot = (): CatalogSnapshot | undefined => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  private async start(): Promise<void> {
    this.heldBack = [];
    this.db.productChanges.subscribe((changes) => {
      if (this.heldBack) this.heldBack.push(changes);
      else this.enqueue(changes);
    });
    const started = performance.now();
    const index = await this.readAll();
    performance.measure('catalog.load', { start: started });
    this.publish(index);
    const held = this.heldBack;
    this.heldBack = undefined;
    for (const changes of held) this.enqueue(changes);
  }

  /** Changes apply one batch at a time, in the order they committed. */
  private enqueue(changes: ProductChanges): void {
    this.queue = this.queue.then(() => this.apply(changes)).catch(() => undefined);
  }

  private async apply(changes: ProductChanges): Promise<void> {
    const current = this.snapshot;
    if (!current) return;
    if (changes.kind === 'all') {
      this.publish(await this.readAll());
      return;
    }
    const rows: [string, ProductRow | undefined][] =
      changes.kind === 'rows' ? [...changes.rows] : await readProducts(this.db, changes.ids).then((found) => changes.ids.map((id, i) => [id, found[i]]));
    const { index } = current;
    for (const [id, row] of rows) {
      if (row) index.upsert(fromProductRow(row));
      else index.remove(id);
    }
    index.prepare();
    this.publish(index);
  }

  /** Every product the till holds, read and indexed. */
  private async readAll(): Promise<ProductIndex> {
    const index = ProductIndex.build((await allProducts(this.db)).map(fromProductRow));
    index.prepare();
    return index;
  }

  private publish(index: ProductIndex): void {
    const productsById = new Map<string, ProductRecord>();
    for (const product of index.products()) productsById.set(product.id, product);
    this.snapshot = { index, productsById, version: (this.snapshot?.version ?? 0) + 1 };
    for (const listener of this.listeners) listener();
  }
}
