import { Dexie, type DexieOptions, type EntityTable } from 'dexie';
import type {
  CategoryRow,
  ChannelRow,
  MetaRow,
  OutboxRow,
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
  declare readonly products: EntityTable<ProductRow, 'id'>;
  declare readonly staff: EntityTable<StaffRow, 'id'>;
  declare readonly sales: EntityTable<SaleRow, 'id'>;
  declare readonly stockMovements: EntityTable<StockMovementRow, 'id'>;
  declare readonly outbox: EntityTable<OutboxRow, 'seq'>;
  declare readonly rejections: EntityTable<RejectionRow, 'id'>;

  constructor(name: string = TILL_DB_NAME, options?: DexieOptions) {
    super(name, options);
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
  }
}
