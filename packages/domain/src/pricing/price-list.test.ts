import { describe, expect, test } from 'vitest';
import { priceListSchema, type PriceList } from './price-list';
import { baseRules, cartOf, id, ids, item, priced } from './test-fixtures';

const list = (overrides: Partial<PriceList> & Pick<PriceList, 'id' | 'kind'>): PriceList => ({
  name: 'List',
  customerId: null,
  currency: 'EUR',
  validFrom: null,
  validTo: null,
  entries: [],
  ...overrides,
});

const retail = list({ id: id(0x901), kind: 'retail', entries: [{ productId: ids.rioja, packId: ids.riojaBottle, price: 1199 }] });
const wholesale = list({
  id: id(0x902),
  kind: 'wholesale',
  entries: [{ productId: ids.rioja, packId: ids.riojaCase, price: 11900 }],
});
const custom = list({ id: id(0x903), kind: 'custom', customerId: ids.customer, entries: [{ productId: ids.rioja, packId: ids.riojaCase, price: 10990 }] });
const rules = baseRules({ priceLists: [custom, wholesale, retail] });

const unitPrice = (packId: string, customer: { id: string | null; type: 'retail' | 'wholesale' }, at?: string, r = rules) => {
  const line = priced(cartOf([item(ids.rioja, packId, 1)], { customer, ...(at ? { at } : {}) }), r).lines[0]!;
  return { price: line.unitPrice, list: line.priceListId };
};

describe('price lists by customer type', () => {
  test('a retail customer pays the retail list price, and the catalog price where the list is silent', () => {
    expect(unitPrice(ids.riojaBottle, { id: null, type: 'retail' })).toEqual({ price: 1199, list: retail.id });
    expect(unitPrice(ids.riojaCase, { id: null, type: 'retail' })).toEqual({ price: 13990, list: null });
  });

  test('a wholesale customer pays the wholesale price and falls back to the retail list', () => {
    expect(unitPrice(ids.riojaCase, { id: null, type: 'wholesale' })).toEqual({ price: 11900, list: wholesale.id });
    expect(unitPrice(ids.riojaBottle, { id: null, type: 'wholesale' })).toEqual({ price: 1199, list: retail.id });
  });

  test("a customer's own list comes before their type's list, and nobody else gets it", () => {
    expect(unitPrice(ids.riojaCase, { id: ids.customer, type: 'wholesale' })).toEqual({ price: 10990, list: custom.id });
    expect(unitPrice(ids.riojaCase, { id: id(0x999), type: 'wholesale' })).toEqual({ price: 11900, list: wholesale.id });
  });

  test('a list applies from its start (inclusive) until its end (exclusive), compared as instants', () => {
    const autumn = list({ ...retail, validFrom: '2026-11-01T00:00:00+01:00', validTo: '2026-12-01T00:00:00+01:00' });
    const r = baseRules({ priceLists: [autumn] });
    const walkIn = { id: null, type: 'retail' } as const;
    expect(unitPrice(ids.riojaBottle, walkIn, '2026-10-31T23:59:59+01:00', r).price).toBe(1299);
    expect(unitPrice(ids.riojaBottle, walkIn, '2026-10-31T23:00:00Z', r).price).toBe(1199);
    expect(unitPrice(ids.riojaBottle, walkIn, '2026-11-30T22:59:59Z', r).price).toBe(1199);
    expect(unitPrice(ids.riojaBottle, walkIn, '2026-12-01T00:00:00+01:00', r).price).toBe(1299);
  });

  test('of two lists in force the later-starting one wins, whatever order they are held in', () => {
    const promo = list({ ...retail, id: id(0x904), validFrom: '2026-11-15T00:00:00Z', entries: [{ productId: ids.rioja, packId: ids.riojaBottle, price: 999 }] });
    expect(unitPrice(ids.riojaBottle, { id: null, type: 'retail' }, undefined, baseRules({ priceLists: [retail, promo] })).price).toBe(999);
    expect(unitPrice(ids.riojaBottle, { id: null, type: 'retail' }, undefined, baseRules({ priceLists: [promo, retail] })).price).toBe(999);
  });

  test('a list in another currency is not used', () => {
    const dollars = list({ ...retail, id: id(0x905), currency: 'USD', entries: [{ productId: ids.rioja, packId: ids.riojaBottle, price: 1 }] });
    expect(unitPrice(ids.riojaBottle, { id: null, type: 'retail' }, undefined, baseRules({ priceLists: [dollars] })).price).toBe(1299);
  });

  test('a custom list without its customer, a pack priced twice or an inverted window is refused', () => {
    expect(priceListSchema.safeParse({ ...custom, customerId: null }).success).toBe(false);
    expect(priceListSchema.safeParse({ ...retail, customerId: ids.customer }).success).toBe(false);
    expect(priceListSchema.safeParse({ ...retail, entries: [...retail.entries, ...retail.entries] }).success).toBe(false);
    expect(priceListSchema.safeParse({ ...retail, validFrom: '2026-12-01T00:00:00Z', validTo: '2026-11-01T00:00:00Z' }).success).toBe(false);
    expect(priceListSchema.safeParse(retail).success).toBe(true);
  });
});
