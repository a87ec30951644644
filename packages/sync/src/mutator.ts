import type { z } from 'zod';
import { can, type Capability, type Role } from '@tillsafe/domain';
import type { WriteStamp } from './merge';
import type { StaffRecord } from './records';
import { defaultSellingSettings, type SellingSettingsRecord } from './selling-records';
import type { SyncTx } from './overlay-tx';
import { recordKey, type AnyEntity, type RecordRef } from './record-store';
import type { VersionVector } from './wire';

export interface MutatorContext {
  side: 'till' | 'server';
  deviceId: string;
  actorId: string;
  actorRole: Role;
  channelId: string;
  warehouseId: string;
  /** The mutation's seq on its device and its HLC timestamp. */
  seq: number;
  hlc: string;
  /** Versions of the records the till had seen, keyed `entity:id`. */
  base: Record<string, VersionVector> | undefined;
  /** Now, as an ISO timestamp: the server's clock on the server, the till's on the till. */
  now: string;
}

/** The stamp of this mutation's write to one record, with the version the till had seen of it. */
export function writeStamp(ctx: MutatorContext, entity: AnyEntity, id: string): WriteStamp {
  return { node: ctx.deviceId, seq: ctx.seq, hlc: ctx.hlc, base: ctx.base?.[recordKey(entity, id)] };
}

export type MutatorOutcome =
  | { status: 'applied' }
  | { status: 'merged'; code: string; message: string }
  | { status: 'duplicate'; code: string; message: string };

export interface Mutator<Args> {
  name: string;
  args: z.ZodType<Args>;
  /**
   * The capability the actor needs; may depend on the args (e.g. a no-sale drawer opening). Null
   * only for what any known staff member may report about themselves (audit.record).
   */
  capability: Capability | null | ((args: Args) => Capability);
  /** Records the mutation will read, so a batch can load them all in one query per entity. */
  reads?(args: Args, ctx: MutatorContext): RecordRef[];
  /**
   * The `refId` of the stock ledger entries it writes, for a mutator that writes any. Tills never
   * pull the ledger, so a till drops its own entries of a mutation the server rejected by it.
   */
  ledgerRef?(args: Args): string;
  run(tx: SyncTx, args: Args, ctx: MutatorContext): Promise<MutatorOutcome>;
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
  UNKNOWN_TAB: 'UNKNOWN_TAB',
  UNKNOWN_RECORD: 'UNKNOWN_RECORD',
  // Protocol 2: pricing (domain pricing-failure.ts), age checks, tenders, loyalty and refunds.
  UNKNOWN_TAX_CATEGORY: 'UNKNOWN_TAX_CATEGORY',
  UNKNOWN_DEPOSIT_ITEM: 'UNKNOWN_DEPOSIT_ITEM',
  DUPLICATE_LINE: 'DUPLICATE_LINE',
  DISCOUNT_EXCEEDS_AMOUNT: 'DISCOUNT_EXCEEDS_AMOUNT',
  DISCOUNT_OVER_LIMIT: 'DISCOUNT_OVER_LIMIT',
  AGE_CHECK_REQUIRED: 'AGE_CHECK_REQUIRED',
  UNDER_AGE: 'UNDER_AGE',
  INVALID_DATE: 'INVALID_DATE',
  DATE_OF_BIRTH_IN_FUTURE: 'DATE_OF_BIRTH_IN_FUTURE',
  INVALID_TOTAL: 'INVALID_TOTAL',
  OVERPAID_NON_CASH: 'OVERPAID_NON_CASH',
  NOT_ENOUGH: 'NOT_ENOUGH',
  POINTS_VALUE_MISMATCH: 'POINTS_VALUE_MISMATCH',
  NO_LOYALTY_PROGRAMME: 'NO_LOYALTY_PROGRAMME',
  LOYALTY_NEEDS_CUSTOMER: 'LOYALTY_NEEDS_CUSTOMER',
  UNKNOWN_LINE: 'UNKNOWN_LINE',
  REFUND_EXCEEDS_SOLD: 'REFUND_EXCEEDS_SOLD',
  // Protocol 3: parked sales (draft-mutators.ts).
  UNKNOWN_DRAFT: 'UNKNOWN_DRAFT',
  DRAFT_ALREADY_RESUMED: 'DRAFT_ALREADY_RESUMED',
  DRAFT_DISCARDED: 'DRAFT_DISCARDED',
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

/**
 * The staff member approving a step (`what`: "a refund without the receipt"), as this till's
 * channel knows them: refused as UNKNOWN_ACTOR when they have no role there, as FORBIDDEN when
 * their role there may not do `capability`.
 */
export async function approvingStaff(tx: SyncTx, approverId: string, capability: Capability, what: string): Promise<StaffRecord> {
  const approver = await tx.get('staff', approverId);
  if (!approver) throw new MutationRejected('UNKNOWN_ACTOR', `Approving staff member ${approverId} has no role in this till's store (removed from it, or never added).`);
  if (!can(approver.data.role, capability)) throw new MutationRejected('FORBIDDEN', `${approver.data.name} (a ${approver.data.role}) may not approve ${what}.`);
  return approver.data;
}

/** A channel's selling settings as `tx` holds them: the defaults until the channel has stored its own. */
export async function channelSellingSettings(tx: Pick<SyncTx, 'get'>, channelId: string): Promise<SellingSettingsRecord> {
  return (await tx.get('sellingSettings', channelId))?.data ?? defaultSellingSettings(channelId);
}

export const applied: MutatorOutcome = { status: 'applied' };
