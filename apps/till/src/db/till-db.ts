import { Dexie, type DexieOptions, type EntityTable } from 'dexie';
import { ProductChangeFeed, productChangesMiddleware } from './product-changes';
import type {
  CashEventRow,
  CustomerRow,
  DraftRow,
  TabLineRow,
  TabRow,
  CategoryRow,
  ChannelRow,
  DepositItemRow,
  LoyaltyEntryRow,
  PriceListRow,
  PromotionRow,
  QuantityBreakRow,
  RefundRow,
  SellingSettingsRow,
  TaxCategoryRow,
  MetaRow,
  OutboxRow,
  ProductChunkRow,
  ProductRow,
  RejectionRow,
  SaleRow,
  StaffRow,
  StockMovementRow,
  WarehouseRow,
} from './rows';

export const TILL_DB_NAME = 'tillsafe';

/**
 * The till's one IndexedDB database. Each schema change is a new `version(n)` with an
 * `upgrade(...)` step (and a test that opens a database from every older version); versions are
 * never edited once shipped, because tills in the field hold data in them.
 */
export class TillDb extends Dexie {
  declare readonly meta: EntityTable<MetaRow, 'key'>;
  declare readonly channels: EntityTable<ChannelRow, 'id'>;
  declare readonly warehouses: EntityTable<WarehouseRow, 'id'>;
  declare readonly categories: EntityTable<CategoryRow, 'id'>;
  /** Products written one by one (mutators, small pulls); each overrides its copy in a chunk. */
  declare readonly products: EntityTable<ProductRow, 'id'>;
  /** Products as large pull pages bring them, many to a record: read them through db/product-table.ts. */
  declare readonly productChunks: EntityTable<ProductChunkRow, 'key'>;
  declare readonly staff: EntityTable<StaffRow, 'id'>;
  declare readonly sales: EntityTable<SaleRow, 'id'>;
  declare readonly stockMovements: EntityTable<StockMovementRow, 'id'>;
  declare readonly outbox: EntityTable<OutboxRow, 'seq'>;
  declare readonly rejections: EntityTable<RejectionRow, 'id'>;
  declare readonly customers: EntityTable<CustomerRow, 'id'>;
  declare readonly tabs: EntityTable<TabRow, 'id'>;
  declare readonly tabLines: EntityTable<TabLineRow, 'id'>;
  declare readonly cashEvents: EntityTable<CashEventRow, 'id'>;
  /** Parked sales of the till's channel, from any of its tills (protocol 3). */
  declare readonly drafts: EntityTable<DraftRow, 'id'>;
  /** Print jobs as the hardware package's queue stores them (parsed with its schema on load). */
  declare readonly printJobs: EntityTable<{ id: string } & Record<string, unknown>, 'id'>;
  /** Paired printers: transport, saved device identity and profile. */
  declare readonly printers: EntityTable<{ id: string } & Record<string, unknown>, 'id'>;
  /** Bar/kitchen tickets this till sent for tab lines (parsed with the tabs feature's schema on load). */
  declare readonly tabTickets: EntityTable<{ id: string } & Record<string, unknown>, 'id'>;
  declare readonly taxCategories: EntityTable<TaxCategoryRow, 'id'>;
  declare readonly depositItems: EntityTable<DepositItemRow, 'id'>;
  declare readonly priceLists: EntityTable<PriceListRow, 'id'>;
  declare readonly quantityBreaks: EntityTable<QuantityBreakRow, 'id'>;
  declare readonly promotions: EntityTable<PromotionRow, 'id'>;
  declare readonly sellingSettings: EntityTable<SellingSettingsRow, 'id'>;
  declare readonly refunds: EntityTable<RefundRow, 'id'>;
  declare readonly loyaltyEntries: EntityTable<LoyaltyEntryRow, 'id'>;
  /** Every committed change to products, for the sell screen's in-memory catalog. */
  readonly productChanges: ProductChangeFeed;

  constructor(name: string = TILL_DB_NAME, options?: DexieOptions) {
    // Without Dexie's liveQuery cache: local mutations commit in native IndexedDB transactions
    // (native-transaction.ts), which the cache would not see, so a query could answer stale.
    super(name, { ...options, cache: 'disabled' });
    this.productChanges = new ProductChangeFeed(name);
    this.use(productChangesMiddleware(this.productChanges));
    this.version(1).stores({
      meta: 'key',
      channels: 'id',
      warehouses: 'id, channelId',
      categories: 'id, sort',
      products: 'id, categoryId, name, *barcodes, sku',
      staff: 'id, name',
      sales: 'id, soldAt',
      stockMovements: 'id, productId, refId',
      outbox: 'seq',
      rejections: 'id, seq',
    });
    // Version 2: customers, bar tabs and their lines, cash events (sync engine), and the print
    // queue with the paired printers (hardware). Only new tables: nothing to migrate.
    this.version(2).stores({
      customers: 'id, name, phone',
      tabs: 'id, status, tableNo',
      tabLines: 'id, tabId',
      cashEvents: 'id, at',
      printJobs: 'id, state, printerId, documentId, createdAt',
      printers: 'id',
    });
    // Version 3: the tickets this till sent to its bar/kitchen printers, per tab. Local only, like
    // the printers they went to. Only a new table: nothing to migrate (lines on tabs before the
    // upgrade were never sent from the tab screen, so they show as not sent).
    this.version(3).stores({
      tabTickets: 'id, tabId',
    });
    // Version 4: the selling records of protocol 2 (pricing rules, the channel's selling settings,
    // refunds and loyalty entries), so the sale and refund mutators run on the till as on the
    // server. Only new tables: nothing to migrate. They fill on the till's first protocol-2 pull,
    // which starts from no cursor (sync-client/pull.ts), as a protocol-1 pull skipped them.
    // Price lists by kind and customer: a cart loads the retail and wholesale lists and only its
    // own customer's custom lists.
    this.version(4).stores({
      taxCategories: 'id',
      depositItems: 'id',
      priceLists: 'id, kind, customerId',
      quantityBreaks: 'id',
      promotions: 'id',
      sellingSettings: 'id',
      refunds: 'id, saleId',
      loyaltyEntries: 'id, customerId',
    });
    // Version 6: products keep only their primary key. The sell screen searches and scans from
    // an in-memory index of the whole catalog (features/sell/product-index.ts), so the name, SKU,
    // category and barcode indexes were only ever written — four index entries per product, and
    // more per barcode, that made a fresh till's 50,000-product pull several times slower.
    // Nothing to migrate: rows stored before keep their (now unused) `barcodes` field.
    this.version(6).stores({
      products: 'id',
    });
    // Version 8: sales by receipt number and by customer, so a return finds its sale by the number
    // typed off the receipt, or by the customer, without reading every sale. Only new indexes:
    // Dexie builds them from the rows already there.
    this.version(8).stores({
      sales: 'id, soldAt, receiptNo, customerId',
    });
    // Version 9: parked sales (protocol 3), by status, so the Parked list reads only those still
    // parked. Only a new table: nothing to migrate. It fills on the till's first protocol-3 pull,
    // which starts from no cursor (sync-client/pull.ts). Versions 5 and 7 were never shipped.
    this.version(9).stores({
      drafts: 'id, status',
    });
    // Version 10: a large pull page's products are stored PRODUCTS_PER_CHUNK to a record, found
    // by product id through a multi-entry index (db/product-table.ts): one IndexedDB write per
    // product is what made a fresh till's 50,000-product pull slow. Only a new table: nothing to
    // migrate. Products stored one per row before stay where they are, and still win over any
    // chunk until a later chunk brings them again.
    this.version(10).stores({
      productChunks: '++key, *ids',
    });
  }
}
