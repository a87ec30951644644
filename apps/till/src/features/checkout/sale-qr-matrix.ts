import qrcode from 'qrcode-generator';

/**
 * The QR code on a receipt, as a grid of dark modules. It carries `formatSaleBarcode(sale.id)`:
 * "TS" and 32 upper-case hex digits, all in QR's alphanumeric set, so it fits a version-2 symbol
 * (25 × 25 modules) at error correction M — large modules even on 80 mm paper. (A Code 128 of
 * the same 34 characters would need about 430 modules across, too fine for the paper's 72 mm.)
 * The encoding is qrcode-generator's (ISO/IEC 18004); a scan reads back exactly that text,
 * which `parseReceiptScan` turns into the sale id.
 */
export function qrMatrix(text: string): boolean[][] {
  const code = qrcode(0, 'M');
  code.addData(text, /^[0-9A-Z $%*+\-./:]*$/.test(text) ? 'Alphanumeric' : 'Byte');
  code.make();
  const size = code.getModuleCount();
  return Array.from({ length: size }, (_, row) => Array.from({ length: size }, (_, col) => code.isDark(row, col)));
}

/** The dark modules as one SVG path in module units (one `M x y h1 v1 h-1 z` square each, runs merged). */
export function qrPath(matrix: readonly (readonly boolean[])[]): string {
  const parts: string[] = [];
  matrix.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x += 1;
      parts.push(`M${start} ${y}h${x - start}v1h${start - x}z`);
    }
  });
  return parts.join('');
}
