import { parseReceiptNumber, type ReceiptNumberParts } from './receipt-number';

/**
 * The barcode printed on a receipt (Code 128) carries the sale's id, so scanning it at any till
 * finds the sale for a refund or a reprint without a search. It is `TS` and the id's 32 hex
 * digits, upper case, nothing else: no dashes or other punctuation, which keyboard-wedge
 * scanners on a non-US keyboard layout may type as something else, and read in either case, in
 * case caps lock is on. The receipt number beside it is for people; a scan may be either.
 */
const PREFIX = 'TS';
const SALE_BARCODE = /^TS([0-9A-F]{32})$/;

export function formatSaleBarcode(saleId: string): string {
  const hex = saleId.replaceAll('-', '');
  if (!/^[0-9a-fA-F]{32}$/.test(hex)) throw new RangeError(`Sale id ${saleId} is not a UUID.`);
  return `${PREFIX}${hex.toUpperCase()}`;
}

export type SaleBarcodeOutcome = { ok: true; saleId: string } | { ok: false; error: { code: 'INVALID_SALE_BARCODE'; message: string } };

/** The sale id (lower case, dashed) a scanned receipt barcode carries. */
export function parseSaleBarcode(scanned: string): SaleBarcodeOutcome {
  const match = SALE_BARCODE.exec(scanned.trim().toUpperCase());
  if (!match) return { ok: false, error: { code: 'INVALID_SALE_BARCODE', message: 'This is not the barcode from a receipt.' } };
  const hex = match[1]!.toLowerCase();
  return { ok: true, saleId: `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}` };
}

export type ReceiptScan = { kind: 'sale_id'; saleId: string } | { kind: 'receipt_number'; receipt: ReceiptNumberParts };

export type ReceiptScanOutcome = { ok: true; value: ReceiptScan } | { ok: false; error: { code: 'NOT_A_RECEIPT'; message: string } };

/** A receipt found by its barcode or by its number, scanned or typed. */
export function parseReceiptScan(scanned: string): ReceiptScanOutcome {
  const barcode = parseSaleBarcode(scanned);
  if (barcode.ok) return { ok: true, value: { kind: 'sale_id', saleId: barcode.saleId } };
  const number = parseReceiptNumber(scanned);
  if (number.ok) return { ok: true, value: { kind: 'receipt_number', receipt: number.value } };
  return { ok: false, error: { code: 'NOT_A_RECEIPT', message: `"${scanned.trim()}" is neither a receipt's barcode nor a receipt number like CC-03-000142.` } };
}
