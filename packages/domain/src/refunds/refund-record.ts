import { z } from 'zod';
import { minorUnitsSchema } from '../money';

/**
 * A refund as it is stored: immutable, created once by id, linked to the sale it refunds. Several
 * refunds may take back parts of one sale, from any till; together they never take back more of
 * a line than was sold (refundable.ts). Each line says whether the goods went back on the shelf
 * (restock) or not (write off: broken, opened, spoiled); each tender says where the money went —
 * back to the payment it came from (by its position on the sale) or out of the drawer as cash.
 */
export const refundDispositions = ['restock', 'write_off'] as const;
export const refundDispositionSchema = z.enum(refundDispositions);
export type RefundDisposition = z.infer<typeof refundDispositionSchema>;

export const refundLineRecordSchema = z.object({
  lineId: z.uuid(),
  qty: z.int().min(1),
  /** What the line's part refunds, its deposits included. */
  amount: minorUnitsSchema.min(0),
  disposition: refundDispositionSchema,
});
export type RefundLineRecord = z.infer<typeof refundLineRecordSchema>;

const paymentIndex = z.int().min(0);

export const refundTenderSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('cash'),
    /** Cash paid out, after cash rounding. */
    amount: minorUnitsSchema.min(0),
    /** amount − what the refund owed in cash (cash rounding; recorded here, never on the lines). */
    rounding: z.int(),
  }),
  /** Back to the card the sale was paid with, through the terminal reference of that payment. */
  z.object({ kind: z.literal('card'), amount: minorUnitsSchema.min(1), paymentIndex, last4: z.string().regex(/^\d{4}$/), terminalRef: z.string().min(1).max(64) }),
  z.object({ kind: z.literal('mobile_money'), amount: minorUnitsSchema.min(1), paymentIndex, provider: z.string().min(1).max(40), reference: z.string().min(1).max(64) }),
  /** Points given back for the part of the sale points paid. */
  z.object({ kind: z.literal('loyalty'), amount: minorUnitsSchema.min(1), paymentIndex, points: z.int().min(0) }),
]);
export type RefundTender = z.infer<typeof refundTenderSchema>;

export const refundRecordSchema = z.object({
  id: z.uuid(),
  saleId: z.uuid(),
  lines: z.array(refundLineRecordSchema).min(1).max(500),
  tenders: z.array(refundTenderSchema).max(20),
  /** The lines' amounts added up: what the refund owes the customer before cash rounding. */
  total: minorUnitsSchema.min(0),
  /** Whether the customer showed the receipt; without one the actor needed `refund.no_receipt`. */
  withReceipt: z.boolean(),
  actorId: z.uuid(),
  at: z.iso.datetime({ offset: true }),
});
export type RefundRecord = z.infer<typeof refundRecordSchema>;

/** What planning and counting need of an earlier refund of the same sale. */
export type PriorRefund = Pick<RefundRecord, 'id' | 'saleId' | 'lines' | 'tenders'>;
