import { expect, test } from 'vitest';
import jsQR from 'jsqr';
import { formatSaleBarcode, parseReceiptScan } from '@tillsafe/domain';
import { qrMatrix, qrPath } from './sale-qr-matrix';

/** The matrix drawn as a black-on-white image with a quiet zone, as a scanner would see it. */
function image(matrix: boolean[][], scale = 4, quiet = 4) {
  const size = (matrix.length + quiet * 2) * scale;
  const data = new Uint8ClampedArray(size * size * 4).fill(255);
  matrix.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (!dark) return;
      for (let dy = 0; dy < scale; dy++) {
        for (let dx = 0; dx < scale; dx++) {
          const at = (((y + quiet) * scale + dy) * size + (x + quiet) * scale + dx) * 4;
          data.set([0, 0, 0, 255], at);
        }
      }
    });
  });
  return { data, size };
}

test("the receipt's QR code scans back to the sale it was printed for", () => {
  const saleId = '01936b2e-7c4a-7d3e-9f10-2a3b4c5d6e7f';
  const matrix = qrMatrix(formatSaleBarcode(saleId));
  // Version 2: 25 modules a side, large enough for 80 mm paper.
  expect(matrix).toHaveLength(25);
  const { data, size } = image(matrix);
  const read = jsQR(data, size, size);
  expect(read?.data).toBe('TS01936B2E7C4A7D3E9F102A3B4C5D6E7F');
  expect(parseReceiptScan(read!.data)).toEqual({ ok: true, value: { kind: 'sale_id', saleId } });
});

test('the SVG path draws exactly the dark modules, runs merged', () => {
  expect(qrPath([[true, true, false, true], [false, false, false, false]])).toBe('M0 0h2v1h-2zM3 0h1v1h-1z');
});
