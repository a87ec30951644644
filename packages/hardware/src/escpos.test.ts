import { describe, expect, test } from 'vitest';
import { drawerPulseBytes } from './drawer';
import { HardwareError } from './errors';
import { concatBytes } from './bytes';
import { encodeReceipt } from './escpos';
import type { PaperWidth } from './paper';
import { receiptFromRefund } from './receipt-from-refund';
import { receiptFromSale } from './receipt-from-sale';
import { receiptFromShift } from './receipt-from-shift';
import { receiptFromTicket } from './receipt-from-ticket';
import type { ReceiptModel } from './receipt-model';
import { layoutReceipt, layoutToText } from './render-text';
import { parseSaleCode } from './sale-code';
import { commandsOfType, decodeEscPos, printedLines } from './testing/escpos-decoder';
import { expectGolden } from './testing/golden';
import { accentSale, barTicket, cashSale, depositSale, refund, SALE_ID, sampleLogo, shiftReport, splitTenderSale } from './testing/receipt-fixtures';

const print = (model: ReceiptModel, paper: PaperWidth = '80mm') => encodeReceipt(layoutReceipt(model, { paper }), { paper });
const lineWith = (lines: readonly string[], ...parts: string[]) => lines.find((l) => parts.every((p) => l.includes(p)));

describe('golden bytes per receipt fixture', () => {
  const fixtures: [string, () => ReceiptModel][] = [
    ['sale', () => receiptFromSale(cashSale)],
    ['refund', () => receiptFromRefund(refund)],
    ['split-tender', () => receiptFromSale(splitTenderSale)],
    ['deposits', () => receiptFromSale(depositSale)],
    ['accents', () => receiptFromSale(accentSale)],
    ['shift-report', () => receiptFromShift(shiftReport)],
    ['bar-ticket', () => receiptFromTicket(barTicket)],
  ];
  for (const [name, model] of fixtures) {
    for (const paper of ['80mm', '58mm'] as const) {
      test(`${name} on ${paper} paper matches its golden file`, () => {
        expectGolden(`${name}-${paper}`, print(model(), paper));
      });
    }
  }

  test('a cash sale as sent to the printer (drawer pulse, then the receipt) matches its golden file', () => {
    expectGolden('cash-sale-with-drawer-80mm', concatBytes(drawerPulseBytes('esc-pos'), print(receiptFromSale(cashSale))));
  });

  test('a receipt with a logo matches its golden file', () => {
    expectGolden('logo-80mm', print(receiptFromSale({ ...cashSale, logo: sampleLogo() })));
  });

  test('a Star printer receipt matches its golden file', () => {
    const layout = layoutReceipt(receiptFromSale(cashSale), { paper: '80mm' });
    expectGolden('sale-star-80mm', encodeReceipt(layout, { language: 'star-prnt' }), 'hex');
  });
});

describe('what the paper says', () => {
  test('the cash sale prints a TOTAL line with 42.50, the tender, the change and ends with a cut', () => {
    const bytes = print(receiptFromSale(cashSale));
    const lines = printedLines(bytes);
    expect(lineWith(lines, 'TOTAL', '42.50')).toMatch(/^TOTAL +€42\.50$/);
    expect(lineWith(lines, 'Cash', '€50.00')).toBeDefined();
    expect(lineWith(lines, 'Change', '€7.50')).toBeDefined();
    expect(lineWith(lines, 'Receipt', 'T1-000042')).toBeDefined();
    const commands = decodeEscPos(bytes);
    expect(commands[0]?.type).toBe('init');
    expect(commands.at(-2)).toMatchObject({ type: 'cut', partial: true });
  });

  test('the TOTAL line is bold and double height', () => {
    const commands = decodeEscPos(print(receiptFromSale(cashSale)));
    const total = commands.findIndex((c) => c.type === 'text' && c.text.startsWith('TOTAL'));
    const before = commands.slice(total - 2, total).map((c) => c.type);
    expect(before).toEqual(['size', 'bold']);
    expect(commands[total - 2]).toMatchObject({ type: 'size', width: 1, height: 2 });
  });

  test('a cash sale sent with the drawer pulse opens the drawer (1B 70 00 19 FA) before printing', () => {
    const bytes = concatBytes(drawerPulseBytes('esc-pos'), print(receiptFromSale(cashSale)));
    expect(Array.from(bytes.slice(0, 5))).toEqual([0x1b, 0x70, 0x00, 0x19, 0xfa]);
    expect(commandsOfType(bytes, 'pulse')).toMatchObject([{ pin: 2, onMs: 50, offMs: 500 }]);
  });

  test('the CODE128 on an 80 mm receipt scans back to the sale id', () => {
    const [barcode] = commandsOfType(print(receiptFromSale(cashSale)), 'barcode');
    expect(barcode?.symbology).toBe('code128');
    expect(barcode?.data).toHaveLength(40);
    expect(parseSaleCode(barcode?.data ?? '')).toBe(SALE_ID);
  });

  test('the CODE128 uses set C so it fits 80 mm paper: 20 symbols of 11 modules at 2 dots', () => {
    const bytes = print(receiptFromSale(cashSale));
    const width = commandsOfType(bytes, 'barcode-setting').find((s) => s.setting === 'width');
    expect(width?.value).toBe(2);
    const [barcode] = commandsOfType(bytes, 'barcode');
    expect(Array.from(barcode?.bytes.slice(4, 6) ?? [])).toEqual([0x7b, 0x43]); // "{C"
    const modules = (20 + 2) * 11 + 13;
    expect(modules * 2).toBeLessThanOrEqual(576);
  });

  test('a 58 mm receipt carries a QR code of the sale id instead of a CODE128', () => {
    const bytes = print(receiptFromSale(cashSale), '58mm');
    expect(commandsOfType(bytes, 'barcode')).toHaveLength(0);
    expect(commandsOfType(bytes, 'qr-print')).toMatchObject([{ data: SALE_ID }]);
  });

  test('accents and the euro sign are printed in code page 858 and read back right', () => {
    const bytes = print(receiptFromSale(accentSale));
    expect(commandsOfType(bytes, 'codepage')).toMatchObject([{ page: 19, name: 'cp858' }]);
    const text = printedLines(bytes).join('\n');
    for (const word of ['Rosé', 'Crémant', 'Grüner Veltliner', 'Échanges', 'à bientôt', '42,50 €']) expect(text).toContain(word);
    expect(text).not.toContain('?');
    // The bytes themselves: é = 82, ü = 81, € = D5 in cp858.
    const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(' ');
    expect(hex).toContain('52 6f 73 82'); // "Rosé"
    expect(hex).toContain('47 72 81 6e 65 72'); // "Grüner"
    expect(hex).toContain('34 32 2c 35 30 20 d5'); // "42,50 €"
  });

  test('every printed line fits the paper and preview and paper show the same text', () => {
    for (const paper of ['58mm', '80mm'] as const) {
      for (const model of [receiptFromSale(accentSale), receiptFromSale(depositSale), receiptFromRefund(refund), receiptFromShift(shiftReport)]) {
        const layout = layoutReceipt(model, { paper });
        const printed = printedLines(encodeReceipt(layout, { paper }));
        while (printed.at(-1) === '') printed.pop(); // the feed before the cut
        for (const line of printed) expect(Array.from(line).length).toBeLessThanOrEqual(layout.columns);
        const previewed = layoutToText(layout).split('\n').filter((l) => !l.trim().startsWith('['));
        expect(printed).toEqual(previewed);
      }
    }
  });

  test('a refund prints negative amounts, the original receipt and REFUND TOTAL', () => {
    const lines = printedLines(print(receiptFromRefund(refund)));
    expect(lines.some((l) => l.trim() === 'REFUND')).toBe(true);
    expect(lineWith(lines, 'Original receipt', 'T1-000042')).toBeDefined();
    expect(lineWith(lines, 'REFUND TOTAL', '-€17.50')).toBeDefined();
    expect(lineWith(lines, 'Cash refunded', '-€17.50')).toBeDefined();
  });

  test('split tenders are listed one per line with the change after them', () => {
    const lines = printedLines(print(receiptFromSale(splitTenderSale)));
    const tenders = ['Gift voucher GV-1187', 'Visa **** 4242', 'Cash', 'Change'].map((label) => lines.findIndex((l) => l.startsWith(`${label} `)));
    expect(tenders.every((i) => i > 0)).toBe(true);
    expect([...tenders].sort((a, b) => a - b)).toEqual(tenders);
    expect(lineWith(lines, 'Visa', '€20.00')).toBeDefined();
  });

  test('deposits are sub-lines of their product and add up in the totals', () => {
    const lines = printedLines(print(receiptFromSale(depositSale)));
    expect(lineWith(lines, '+ Bottle deposit 24 x 0.10', '2.40')).toBeDefined();
    expect(lineWith(lines, '+ Crate deposit 1 x 3.00', '3.00')).toBeDefined();
    expect(lineWith(lines, 'Mix 6 wines -10%', '-5.40')).toBeDefined();
    expect(lineWith(lines, 'Subtotal', '73.50')).toBeDefined();
    expect(lineWith(lines, 'Deposits', '5.40')).toBeDefined();
    expect(lineWith(lines, 'TOTAL', '€78.90')).toBeDefined();
  });

  test('a bar ticket names the table in large type and prints no prices', () => {
    const bytes = print(receiptFromTicket(barTicket));
    const lines = printedLines(bytes);
    expect(lineWith(lines, 'Table', '12')).toBeDefined();
    expect(lineWith(lines, '3 x Crémant de Loire')).toBeDefined();
    expect(lines.join('\n')).not.toMatch(/€|\d+\.\d\d/);
    expect(commandsOfType(bytes, 'barcode')).toHaveLength(0);
  });

  test('a logo is dithered into an image no wider than the paper', () => {
    const [image] = commandsOfType(print(receiptFromSale({ ...cashSale, logo: sampleLogo() }), '58mm'), 'image');
    expect(image).toMatchObject({ mode: 'column', width: 48 });
    const imageBytes = image?.bytes.slice(5) ?? new Uint8Array();
    expect(imageBytes.some((b) => b !== 0 && b !== 0xff)).toBe(true); // neither blank nor solid: dithered
  });

  test('a printer profile can select raster images and a full cut', () => {
    const layout = layoutReceipt(receiptFromSale({ ...cashSale, logo: sampleLogo() }), { paper: '80mm' });
    const bytes = encodeReceipt(layout, { imageMode: 'raster', cut: 'full' });
    expect(commandsOfType(bytes, 'image')).toMatchObject([{ mode: 'raster', width: 48, height: 24 }]);
    expect(commandsOfType(bytes, 'cut')).toMatchObject([{ partial: false }]);
  });

  test('a code page the printer lacks is an ENCODE_FAILED error, not a crash', () => {
    const layout = layoutReceipt(receiptFromSale(cashSale), { paper: '80mm' });
    expect(() => encodeReceipt(layout, { language: 'star-prnt', codepage: 'iso8859-15' })).toThrow(HardwareError);
    try {
      encodeReceipt(layout, { language: 'star-prnt', codepage: 'iso8859-15' });
    } catch (error) {
      expect(error).toMatchObject({ code: 'ENCODE_FAILED' });
    }
  });

  test('a Star receipt selects cp858 as Star page 4 and cuts with ESC d', () => {
    const layout = layoutReceipt(receiptFromSale(cashSale), { paper: '80mm' });
    const hex = Array.from(encodeReceipt(layout, { language: 'star-prnt' }), (b) => b.toString(16).padStart(2, '0')).join(' ');
    expect(hex.startsWith('1b 40 18')).toBe(true);
    expect(hex).toContain('1b 1d 74 04');
    expect(hex).toContain('1b 64 01');
  });
});
