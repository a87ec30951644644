import { z } from 'zod';

/**
 * The receipt number people read and type: the channel's short code, the till's number in that
 * channel and the till's own sequence, e.g. `CC-03-000142` — Corner Cellar, till 3, its 142nd
 * receipt. Each till numbers its own receipts, so tills never need each other (or the server) to
 * number a sale offline, and the three parts together are unique in the organisation.
 *
 * The written form is canonical: the till is at least two digits, the sequence at least six,
 * padded with zeros; longer numbers are written in full. A typed number is read in any case and
 * with spaces around it, but otherwise only in that form, so one receipt has one number and
 * parse(format(x)) = x.
 */
export const receiptNumberPartsSchema = z.object({
  /** 2–4 capital letters or digits, set per channel ("CC" for Corner Cellar). */
  channelCode: z.string().regex(/^[A-Z0-9]{2,4}$/, '2 to 4 capital letters or digits'),
  till: z.int().min(1).max(999),
  sequence: z.int().min(1).max(999_999_999),
});
export type ReceiptNumberParts = z.infer<typeof receiptNumberPartsSchema>;

const RECEIPT_NUMBER = /^([A-Z0-9]{2,4})-(\d{2,3})-(\d{6,9})$/;

export function formatReceiptNumber(parts: ReceiptNumberParts): string {
  return `${parts.channelCode}-${String(parts.till).padStart(2, '0')}-${String(parts.sequence).padStart(6, '0')}`;
}

export type ReceiptNumberOutcome = { ok: true; value: ReceiptNumberParts } | { ok: false; error: { code: 'INVALID_RECEIPT_NUMBER'; message: string } };

export function parseReceiptNumber(text: string): ReceiptNumberOutcome {
  const written = text.trim().toUpperCase();
  const match = RECEIPT_NUMBER.exec(written);
  const parts = match ? receiptNumberPartsSchema.safeParse({ channelCode: match[1], till: Number(match[2]), sequence: Number(match[3]) }) : null;
  if (!parts?.success || formatReceiptNumber(parts.data) !== written) {
    return { ok: false, error: { code: 'INVALID_RECEIPT_NUMBER', message: `"${text.trim()}" is not a receipt number like CC-03-000142.` } };
  }
  return { ok: true, value: parts.data };
}
