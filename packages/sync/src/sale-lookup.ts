import { z } from 'zod';
import { saleRecordSchema } from './records';
import { refundRecordWireSchema } from './selling-records';

/**
 * Looking a sale up on the server for a return (`GET /api/v1/sync/sales`), when the till holds
 * none: a sale from another till not pulled yet, or one of another store of the business. One
 * question at a time: the sale by its id (the receipt's barcode), by its receipt number, or the
 * sales of a time range and/or of some customers. Each sale comes with every refund of it, so the
 * till can plan the next one as the server will.
 */
export const MAX_SALES_LOOKED_UP = 50;
const MAX_CUSTOMERS = 20;
/** A day in any time zone fits in 50 hours; a week is room enough for "around then". */
const MAX_RANGE_MS = 31 * 24 * 60 * 60 * 1000;

export const saleLookupQuerySchema = z
  .object({
    id: z.uuid().optional(),
    receiptNo: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z0-9]{2,4}-\d{2,3}-\d{6,9}$/, 'a receipt number like CC-03-000142')
      .optional(),
    from: z.iso.datetime({ offset: true }).optional(),
    to: z.iso.datetime({ offset: true }).optional(),
    /** One or more customer ids, comma-separated. */
    customerIds: z
      .string()
      .transform((text) => text.split(',').map((part) => part.trim()))
      .pipe(z.array(z.uuid()).min(1).max(MAX_CUSTOMERS))
      .optional(),
  })
  .superRefine((q, ctx) => {
    const byRange = q.from !== undefined || q.to !== undefined;
    const ways = [q.id !== undefined, q.receiptNo !== undefined, byRange || q.customerIds !== undefined].filter(Boolean).length;
    if (ways !== 1) ctx.addIssue({ code: 'custom', message: 'ask for one of: id, receiptNo, or from and to and/or customerIds' });
    if (byRange && (q.from === undefined || q.to === undefined)) ctx.addIssue({ code: 'custom', message: 'from and to go together' });
    if (q.from !== undefined && q.to !== undefined) {
      const span = Date.parse(q.to) - Date.parse(q.from);
      if (span <= 0 || span > MAX_RANGE_MS) ctx.addIssue({ code: 'custom', path: ['to'], message: 'to must be after from, at most 31 days later' });
    }
  });
export type SaleLookupQuery = z.infer<typeof saleLookupQuerySchema>;

export const saleLookupResponseSchema = z.object({
  sales: z.array(z.object({ sale: saleRecordSchema, refunds: z.array(refundRecordWireSchema) })).max(MAX_SALES_LOOKED_UP),
});
export type SaleLookupResponse = z.infer<typeof saleLookupResponseSchema>;
