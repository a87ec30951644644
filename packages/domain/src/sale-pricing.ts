import type { Pack, Product } from './catalog';
import { divideHalfEven, type MinorUnits } from './money';

export interface CartLineInput {
  productId: string;
  packId: string;
  qty: number;
}

export interface PricedLine {
  productId: string;
  packId: string;
  name: string;
  packName: string;
  qty: number;
  /** Stock units this line moves (qty × pack units). */
  units: number;
  unitPrice: MinorUnits;
  lineTotal: MinorUnits;
  /** Tax contained in the tax-inclusive line total. */
  tax: MinorUnits;
}

export interface PricedSale {
  lines: PricedLine[];
  total: MinorUnits;
  taxTotal: MinorUnits;
}

export class PricingError extends Error {
  constructor(
    readonly code: 'UNKNOWN_PRODUCT' | 'UNKNOWN_PACK' | 'BAD_QUANTITY',
    message: string,
  ) {
    super(message);
  }
}

/**
 * Prices a cart from the catalog. The same function runs on the till and on the server, so both
 * arrive at the same total; the server never takes the till's figures on trust.
 * Tax is contained in the shelf price and is taken out per line, half-even.
 */
export function priceSale(lines: readonly CartLineInput[], findProduct: (id: string) => Product | undefined): PricedSale {
  const priced = lines.map((line) => {
    if (!Number.isInteger(line.qty) || line.qty < 1) throw new PricingError('BAD_QUANTITY', `Quantity ${line.qty} is not a whole number of at least 1.`);
    const product = findProduct(line.productId);
    if (!product) throw new PricingError('UNKNOWN_PRODUCT', `Product ${line.productId} is not in the catalog.`);
    const pack: Pack | undefined = product.packs.find((p) => p.id === line.packId);
    if (!pack) throw new PricingError('UNKNOWN_PACK', `${product.name} has no pack ${line.packId}.`);
    const lineTotal = pack.price * line.qty;
    return {
      productId: product.id,
      packId: pack.id,
      name: product.name,
      packName: pack.name,
      qty: line.qty,
      units: pack.units * line.qty,
      unitPrice: pack.price,
      lineTotal,
      tax: inclusiveTax(lineTotal, product.taxRateBp),
    };
  });
  return {
    lines: priced,
    total: priced.reduce((sum, l) => sum + l.lineTotal, 0),
    taxTotal: priced.reduce((sum, l) => sum + l.tax, 0),
  };
}

/** The tax contained in a tax-inclusive amount: amount × rate / (1 + rate), half-even. */
export function inclusiveTax(amount: MinorUnits, rateBp: number): MinorUnits {
  return divideHalfEven(amount * rateBp, 10_000 + rateBp);
}
