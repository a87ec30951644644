import { encodeReceipt } from './escpos';
import { printerProfile, type PrinterProfileInput } from './printer-profile';
import type { ReceiptModel } from './receipt-model';
import { layoutReceipt, layoutToText, type ReceiptLayout } from './render-text';

export interface RenderedReceipt {
  /** Rows for the on-screen preview. */
  layout: ReceiptLayout;
  /** The same rows as printer bytes, for one write. */
  bytes: Uint8Array;
  /** The same rows as plain text (logs, e-mail fallback). */
  text: string;
}

/** Model → preview rows and printer bytes in one call, so the two can never drift apart. */
export function renderReceipt(model: ReceiptModel, profileInput: PrinterProfileInput = {}, options: { copy?: boolean } = {}): RenderedReceipt {
  const profile = printerProfile(profileInput);
  const layout = layoutReceipt(model, { paper: profile.paper, saleCode: profile.saleCode, copy: options.copy ?? false });
  return { layout, bytes: encodeReceipt(layout, profile), text: layoutToText(layout) };
}
