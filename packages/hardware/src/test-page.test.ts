import { describe, expect, test } from 'vitest';
import { receiptFromSale } from './receipt-from-sale';
import { renderReceipt } from './render-receipt';
import { commandsOfType, printedLines } from './testing/escpos-decoder';
import { cashSale } from './testing/receipt-fixtures';
import { TEST_PAGE_SAMPLE, testPageBytes } from './test-page';

describe('printer setup test page', () => {
  test('shows a ruler exactly as wide as the paper, the accents and €, a barcode, a QR code and a cut', () => {
    for (const [paper, columns] of [['80mm', 48], ['58mm', 32]] as const) {
      const bytes = testPageBytes({ paper });
      const lines = printedLines(bytes);
      expect(lines).toContain('1234567890'.repeat(5).slice(0, columns));
      expect(lines).toContain(TEST_PAGE_SAMPLE.slice(0, columns));
      expect(commandsOfType(bytes, 'barcode')).toHaveLength(1);
      expect(commandsOfType(bytes, 'qr-print')).toHaveLength(1);
      expect(commandsOfType(bytes, 'cut')).toHaveLength(1);
    }
  });
});

describe('rendering a receipt in one call', () => {
  test('gives the preview rows, the bytes and the text from the same layout', () => {
    const rendered = renderReceipt(receiptFromSale(cashSale), { paper: '58mm' });
    expect(rendered.layout.columns).toBe(32);
    const printed = printedLines(rendered.bytes).filter((l) => l !== '');
    const previewed = rendered.text.split('\n').filter((l) => l !== '' && !l.trim().startsWith('['));
    expect(printed).toEqual(previewed);
  });

  test('a reprint is marked as a copy', () => {
    const rendered = renderReceipt(receiptFromSale(cashSale), {}, { copy: true });
    expect(printedLines(rendered.bytes).map((l) => l.trim())).toContain('*** COPY ***');
  });
});
