import ReceiptPrinterEncoder from '@point-of-sale/receipt-printer-encoder';
import { bitmapToRgba } from './bitmap';
import { HardwareError, hardwareErrorCodes } from './errors';
import { autoCodepageCandidates, printerProfile, type PrinterProfile, type PrinterProfileInput } from './printer-profile';
import type { LayoutRow, ReceiptLayout } from './render-text';
import { code128SetC } from './sale-code';

/**
 * Turns laid-out receipt rows into the bytes for one printer, in one Uint8Array, so a receipt
 * goes out in a single transport write. The encoder (@point-of-sale/receipt-printer-encoder; see
 * docs/decisions/0001-escpos-encoder.md) does the printer language, the code page switching,
 * images, barcodes and the cut; the layout (columns, alignment, wrapping) is already done by
 * render-text.ts, so every text row is printed left-aligned exactly as previewed.
 */
export function encodeReceipt(layout: ReceiptLayout, profileInput: PrinterProfileInput = {}): Uint8Array {
  const profile = printerProfile({ ...profileInput, paper: layout.paper });
  try {
    const encoder = createEncoder(profile, layout.columns);
    encoder.initialize();
    encoder.codepage(profile.codepage);
    for (const row of layout.rows) addRow(encoder, row, profile);
    if (profile.cut !== 'none') encoder.cut(profile.cut);
    return encoder.encode();
  } catch (error) {
    if (error instanceof HardwareError) throw error;
    throw new HardwareError(
      hardwareErrorCodes.ENCODE_FAILED,
      `The receipt could not be turned into printer commands: ${error instanceof Error ? error.message : String(error)}`,
      error,
    );
  }
}

function createEncoder(profile: PrinterProfile, columns: number): ReceiptPrinterEncoder {
  const star = profile.language !== 'esc-pos';
  return new ReceiptPrinterEncoder({
    language: profile.language,
    columns,
    newline: '\n',
    // Throw instead of console.warn when a printer lacks a feature; we turn it into a HardwareError.
    errors: 'strict',
    codepageMapping: star ? 'star' : 'epson',
    ...(profile.codepage === 'auto' ? { codepageCandidates: [...autoCodepageCandidates] } : {}),
    feedBeforeCut: profile.feedBeforeCut,
    imageMode: profile.imageMode,
  });
}

function addRow(encoder: ReceiptPrinterEncoder, row: LayoutRow, profile: PrinterProfile): void {
  switch (row.type) {
    case 'text':
      if (!row.text) {
        encoder.newline();
        return;
      }
      if (row.tall) encoder.size(1, 2);
      if (row.bold) encoder.bold(true);
      encoder.text(row.text);
      if (row.bold) encoder.bold(false);
      if (row.tall) encoder.size(1, 1);
      encoder.newline();
      return;
    case 'logo':
      encoder.align('center');
      encoder.image(bitmapToRgba(row.bitmap), { algorithm: 'atkinson' });
      encoder.align('left');
      return;
    case 'code128':
      encoder.align('center');
      // ESC/POS takes set C as "{C" and one byte per digit pair; Star picks the set itself.
      encoder.barcode(
        profile.language === 'esc-pos' ? `{C${String.fromCharCode(...code128SetC(row.digits))}` : row.digits,
        'code128',
        { height: 60, width: 1, text: 'none' },
      );
      encoder.align('left');
      return;
    case 'qr':
      encoder.align('center');
      encoder.qrcode(row.data, { model: 2, size: profile.paper === '58mm' ? 5 : 6, errorlevel: 'm' });
      encoder.align('left');
      return;
  }
}
