import { formatReceiptNumber, priceCart, type Payment } from '@tillsafe/domain';
import { defaultSellingSettings, pricingRulesOf, uuidv7, type EnrollResponse, type ProductRecord, type SaleCompleteV2Args } from '@tillsafe/sync';
import { buildDemoCatalog } from '../seed/demo-catalog';

const catalog = buildDemoCatalog();
const active = catalog.products.filter((p) => p.active);
/** Demo products that need an age check (drinks) and that do not (mixers, snacks). */
export const restricted = active.filter((p) => p.ageRestricted);
export const unrestricted = active.filter((p) => !p.ageRestricted);

let sequence = 0;

/**
 * A protocol-2 `sale.complete` for the demo store: one of each product, priced as the till prices
 * it (the demo catalog has no pricing rules: catalog prices, tax included), paid in cash unless
 * `payments` says otherwise. A restricted product gets a visual age check by the cashier.
 */
export function saleV2Args(till: EnrollResponse, products: readonly ProductRecord[], overrides: Partial<SaleCompleteV2Args> = {}): SaleCompleteV2Args {
  const lines = products.map((p) => ({ lineId: uuidv7(), productId: p.id, packId: p.packs[0]!.id, qty: 1, notes: '', manualDiscount: null }));
  const soldAt = new Date().toISOString();
  const args: SaleCompleteV2Args = {
    v: 2,
    saleId: uuidv7(),
    receiptNo: formatReceiptNumber({ channelCode: 'CH', till: 1, sequence: ++sequence }),
    channelId: till.channelId,
    warehouseId: till.warehouseId,
    customerId: null,
    lines,
    cartDiscount: null,
    approverId: null,
    payments: [],
    ageCheck: products.some((p) => p.ageRestricted) ? { method: 'visual_over_threshold', verifiedBy: uuidv7(), at: soldAt } : null,
    clientTotal: 0,
    soldAt,
    ...overrides,
  };
  const priced = priceCart(
    {
      currency: 'USD',
      at: args.soldAt,
      customer: { id: null, type: 'retail' },
      actor: { id: uuidv7(), maxDiscountBp: 10_000 },
      approval: null,
      lines: args.lines.map(({ lineId, productId, packId, qty, manualDiscount }) => ({ lineId, productId, packId, qty, manualDiscount })),
      cartDiscount: args.cartDiscount,
    },
    pricingRulesOf(products, { taxCategories: [], depositItems: [], priceLists: [], quantityBreaks: [], promotions: [] }, defaultSellingSettings(till.channelId).pricing),
  );
  if (!priced.ok) throw new Error(priced.error.message);
  const total = priced.cart.total;
  const payments: Payment[] = overrides.payments ?? [{ kind: 'cash', amount: total }];
  return { ...args, payments, clientTotal: overrides.clientTotal ?? total };
}
