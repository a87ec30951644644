import { encodeReceipt } from './escpos';
import { printerProfile, type PrinterProfileInput } from './printer-profile';
import type { LayoutRow, ReceiptLayout } from './render-text';
import { center } from './text-columns';

/**
 * The page printed from printer setup: it shows at a glance whether the column count, the code
 * page (accents and €), the cutter, the barcode and QR support and the drawer are right.
 */
export const TEST_PAGE_SAMPLE = 'Rosé Crémant Grüner Veltliner Côtes Ñ ß € £ ¥';

export function testPageLayout(profileInput: PrinterProfileInput = {}): ReceiptLayout {
  const profile = printerProfile(profileInput);
  const columns = profile.paper === '80mm' ? 48 : 32;
  const ruler = Array.from({ length: columns }, (_, i) => String((i + 1) % 10)).join('');
  const text = (value: string, bold = false): LayoutRow => ({ type: 'text', text: value, bold, tall: false });
  return {
    paper: profile.paper,
    columns,
    rows: [
      { type: 'text', text: center('TEST PRINT', columns), bold: true, tall: true },
      text(''),
      text(`Language: ${profile.language}`),
      text(`Paper: ${profile.paper}, ${columns} columns`),
      text(`Code page: ${profile.codepage}`),
      text(ruler),
      text(''),
      text('Accents and currency:', true),
      text(TEST_PAGE_SAMPLE.slice(0, columns)),
      text(''),
      { type: 'code128', digits: '0123456789012345678901234567890123456789' },
      { type: 'qr', data: 'https://tillsafe.invalid/test' },
      text(center('If every line above looks right,', columns)),
      text(center('the printer is set up.', columns)),
    ],
  };
}

export function testPageBytes(profileInput: PrinterProfileInput = {}): Uint8Array {
  return encodeReceipt(testPageLayout(profileInput), profileInput);
}
