import type { Adjustment } from './adjustment';
import type { PricingPack, PricingProduct } from './pricing-product';
import type { RoundingMode } from './rounding';
import type { CustomerType } from './rule-validity';

/** A cart line on its way through the pricing stages; `net` is what it costs so far. */
export interface WorkingLine {
  lineId: string;
  product: PricingProduct;
  pack: PricingPack;
  qty: number;
  /** Stock units: qty × pack units. */
  units: number;
  unitPrice: number;
  priceListId: string | null;
  gross: number;
  net: number;
  adjustments: readonly Adjustment[];
}

/** What every stage may look at besides the lines. */
export interface StageContext {
  at: string;
  customerType: CustomerType;
  rounding: RoundingMode;
}

/** Each stage returns at most one adjustment per line; applying it lowers that line's net. */
export function applyAdjustments(lines: readonly WorkingLine[], adjustments: ReadonlyMap<string, Adjustment>): WorkingLine[] {
  return lines.map((line) => {
    const adjustment = adjustments.get(line.lineId);
    if (!adjustment || adjustment.amount === 0) return line;
    if (adjustment.amount < 0 || adjustment.amount > line.net) {
      throw new RangeError(`adjustment ${adjustment.amount} does not fit line ${line.lineId} costing ${line.net}`);
    }
    return { ...line, net: line.net - adjustment.amount, adjustments: [...line.adjustments, adjustment] };
  });
}
