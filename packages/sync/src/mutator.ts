import type { z } from 'zod';
import type { Capability, Role } from '@tillsafe/domain';
import type { ChannelRecord, ProductRecord, SaleRecord } from './records';

/** One stock ledger entry: stock on hand is only ever the sum of these (DESIGN §4, ledger). */
export interface StockMovement {
  id: string;
  warehouseId: string;
  productId: string;
  delta: number;
  reason: 'sale' | 'adjust';
  refId: string;
}

/**
 * The small transaction interface a mutator runs against. The till implements it over Dexie
 * (optimistic run), the server over drizzle/PostgreSQL (authoritative run); the mutator itself
 * is written once.
 */
export interface MutatorTx {
  getProducts(ids: readonly string[]): Promise<Map<string, ProductRecord>>;
  getChannel(id: string): Promise<ChannelRecord | undefined>;
  getSale(id: string): Promise<SaleRecord | undefined>;
  insertSale(sale: SaleRecord): Promise<void>;
  addStockMovements(moves: readonly StockMovement[]): Promise<void>;
}

export interface MutatorContext {
  side: 'till' | 'server';
  deviceId: string;
  actorId: string;
  actorRole: Role;
  channelId: string;
  warehouseId: string;
}

export type MutatorOutcome = { status: 'applied' } | { status: 'duplicate'; code: string; message: string };

export interface Mutator<Args> {
  name: string;
  args: z.ZodType<Args>;
  capability: Capability;
  run(tx: MutatorTx, args: Args, ctx: MutatorContext): Promise<MutatorOutcome>;
}

export const rejectionCodes = {
  UNKNOWN_MUTATOR: 'UNKNOWN_MUTATOR',
  VALIDATION_FAILED: 'VALIDATION_FAILED',
  FORBIDDEN: 'FORBIDDEN',
  UNKNOWN_ACTOR: 'UNKNOWN_ACTOR',
  UNKNOWN_PRODUCT: 'UNKNOWN_PRODUCT',
  UNKNOWN_PACK: 'UNKNOWN_PACK',
  BAD_QUANTITY: 'BAD_QUANTITY',
  WRONG_CHANNEL: 'WRONG_CHANNEL',
} as const;
export type RejectionCode = (typeof rejectionCodes)[keyof typeof rejectionCodes];

/** A mutation the rules refuse. It is stored with its reason and shown, never dropped. */
export class MutationRejected extends Error {
  constructor(
    readonly code: RejectionCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'MutationRejected';
  }
}
