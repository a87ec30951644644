import { z } from 'zod';
import { manualDiscountSchema } from '@tillsafe/domain';
import { writeFields } from './catalog-mutators';
import { mergeFields } from './merge';
import { applied, MutationRejected, writeStamp, type Mutator, type MutatorContext, type MutatorOutcome } from './mutator';
import type { SyncTx } from './overlay-tx';
import type { Stored } from './record-store';
import { draftLineSchema, MAX_DRAFT_LINES, type DraftRecord } from './records';

/**
 * Parked sales (protocol 3). A cart parked on one till travels to every till of the channel; any
 * of them may resume it (its lines go back into that till's cart, priced again as of then) or
 * discard it. Resuming and discarding are terminal transitions (DESIGN §4, terminal state): the
 * server applies the first it receives and refuses a later resume with DRAFT_ALREADY_RESUMED or
 * DRAFT_DISCARDED, so a parked sale is never rung up twice.
 */

export const draftParkArgsSchema = z.object({
  draftId: z.uuid(),
  label: z.string().trim().max(80).default(''),
  lines: z
    .array(draftLineSchema)
    .min(1, 'an empty cart cannot be parked')
    .max(MAX_DRAFT_LINES)
    .refine((lines) => new Set(lines.map((l) => l.lineId)).size === lines.length, 'each line appears once'),
  cartDiscount: manualDiscountSchema.nullable().default(null),
  customerId: z.uuid().nullable().default(null),
  /** When the cashier parked it, by the till's clock: shown in the list, never used for ordering. */
  parkedAt: z.iso.datetime(),
});
export type DraftParkArgs = z.input<typeof draftParkArgsSchema>;

/** Parks a cart: a new draft of the till's channel, by the mutation's actor, on its device. */
export const draftPark: Mutator<z.infer<typeof draftParkArgsSchema>> = {
  name: 'draft.park',
  args: draftParkArgsSchema,
  capability: 'sale.create',
  reads: (args) => [{ entity: 'draft', id: args.draftId }],
  async run(tx, args, ctx) {
    if (await tx.get('draft', args.draftId)) return { status: 'duplicate', code: 'ALREADY_EXISTS', message: `Parked sale ${args.draftId} already exists.` };
    const draft: DraftRecord = {
      id: args.draftId,
      channelId: ctx.channelId,
      label: args.label,
      lines: args.lines,
      cartDiscount: args.cartDiscount,
      customerId: args.customerId,
      parkedBy: ctx.actorId,
      parkedOn: ctx.deviceId,
      parkedAt: args.parkedAt,
      status: 'parked',
      closedBy: null,
      closedOn: null,
      closedAt: null,
    };
    tx.put('draft', draft.id, mergeFields('draft', draft.id, undefined, draft, writeStamp(ctx, 'draft', draft.id)).stored);
    return applied;
  },
};

export const draftCloseArgsSchema = z.object({ draftId: z.uuid() });
export type DraftCloseArgs = z.infer<typeof draftCloseArgsSchema>;

/** The draft, of this till's channel; UNKNOWN_DRAFT otherwise. */
async function parkedDraft(tx: SyncTx, draftId: string, ctx: MutatorContext): Promise<Stored<DraftRecord>> {
  const draft = await tx.get('draft', draftId);
  if (!draft || draft.data.channelId !== ctx.channelId) throw new MutationRejected('UNKNOWN_DRAFT', `There is no parked sale ${draftId} in this store.`);
  return draft;
}

/** Who closed a draft, for a cashier: "on this till" or "on another till". */
const where = (draft: DraftRecord, ctx: MutatorContext) => (draft.closedOn === ctx.deviceId ? 'on this till' : 'on another till');

/** Moves a parked draft to its terminal state; the fields it writes win over any concurrent write. */
function close(tx: SyncTx, draft: DraftRecord, status: 'resumed' | 'discarded', ctx: MutatorContext): Promise<MutatorOutcome> {
  return writeFields(tx, 'draft', draft.id, { status, closedBy: ctx.actorId, closedOn: ctx.deviceId, closedAt: ctx.now }, ctx, { terminal: true });
}

/**
 * Takes a parked sale to ring it up. Only one till ever does: once resumed or discarded, a
 * resume from another till is refused (the cashier who tried sees why in the sync panel).
 */
export const draftResume: Mutator<DraftCloseArgs> = {
  name: 'draft.resume',
  args: draftCloseArgsSchema,
  capability: 'sale.create',
  reads: (args) => [{ entity: 'draft', id: args.draftId }],
  async run(tx, args, ctx) {
    const { data } = await parkedDraft(tx, args.draftId, ctx);
    if (data.status === 'resumed') {
      if (data.closedOn === ctx.deviceId) return { status: 'duplicate', code: 'ALREADY_RESUMED', message: 'This till already resumed that parked sale.' };
      throw new MutationRejected('DRAFT_ALREADY_RESUMED', `The parked sale${labelOf(data)} was already resumed ${where(data, ctx)}.`);
    }
    if (data.status === 'discarded') throw new MutationRejected('DRAFT_DISCARDED', `The parked sale${labelOf(data)} was discarded ${where(data, ctx)}.`);
    return close(tx, data, 'resumed', ctx);
  },
};

/** Throws a parked sale away. Discarding one already discarded changes nothing. */
export const draftDiscard: Mutator<DraftCloseArgs> = {
  name: 'draft.discard',
  args: draftCloseArgsSchema,
  capability: 'sale.create',
  reads: (args) => [{ entity: 'draft', id: args.draftId }],
  async run(tx, args, ctx) {
    const { data } = await parkedDraft(tx, args.draftId, ctx);
    if (data.status === 'discarded') return { status: 'duplicate', code: 'ALREADY_DISCARDED', message: 'That parked sale was already discarded.' };
    if (data.status === 'resumed') throw new MutationRejected('DRAFT_ALREADY_RESUMED', `The parked sale${labelOf(data)} was already resumed ${where(data, ctx)}, so it cannot be discarded.`);
    return close(tx, data, 'discarded', ctx);
  },
};

const labelOf = (draft: DraftRecord) => (draft.label ? ` "${draft.label}"` : '');
