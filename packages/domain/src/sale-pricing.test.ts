import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import type { Product } from './catalog';
import { inclusiveTax, priceSale, PricingError } from './sale-pricing';
import { changeDue, quickCashAmounts, TenderError } from './tender';

const wine: Product = {
  id: '0190a0e0-0000-7000-8000-000000000001',
  sku: 'W-1',
  name: 'Rioja Crianza',
  brand: 'Bodega',
  categoryId: '0190a0e0-0000-7000-8000-0000000000c1',
  volumeMl: 750,
  ageRestricted: true,
  taxRateBp: 2000,
  active: true,
  packs: [
    { id: '0190a0e0-0000-7000-8000-0000000000a1', name: 'Bottle', units: 1, price: 1299, barcodes: ['4006381333931'] },
    { id: '0190a0e0-0000-7000-8000-0000000000a2', name: 'Case of 12', units: 12, price: 13990, barcodes: [] },
  ],
};
const find = (id: string) => (id === wine.id ? wine : undefined);

describe('priceSale', () => {
  test('a case of 12 is priced from the case price and moves 12 units', () => {
    const sale = priceSale([{ productId: wine.id, packId: wine.packs[1]!.id, qty: 2 }], find);
    expect(sale.total).toBe(27980);
    expect(sale.lines[0]!.units).toBe(24);
  });

  test('the total is the sum of the lines and the tax is contained in it', () => {
    const sale = priceSale(
      [
        { productId: wine.id, packId: wine.packs[0]!.id, qty: 3 },
        { productId: wine.id, packId: wine.packs[1]!.id, qty: 1 },
      ],
      find,
    );
    expect(sale.total).toBe(3 * 1299 + 13990);
    expect(sale.taxTotal).toBe(inclusiveTax(3897, 2000) + inclusiveTax(13990, 2000));
  });

  test('an unknown product, pack or a bad quantity is refused with a code', () => {
    expect(() => priceSale([{ productId: 'nope', packId: 'x', qty: 1 }], find)).toThrow(PricingError);
    expect(() => priceSale([{ productId: wine.id, packId: 'x', qty: 1 }], find)).toThrow(/no pack/);
    expect(() => priceSale([{ productId: wine.id, packId: wine.packs[0]!.id, qty: 0 }], find)).toThrow(/Quantity/);
  });

  test('inclusive tax never exceeds the amount and is never negative', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: 10000 }), (amount, rate) => {
        const tax = inclusiveTax(amount, rate);
        expect(tax).toBeGreaterThanOrEqual(0);
        expect(tax).toBeLessThanOrEqual(amount);
      }),
    );
  });
});

describe('cash tender', () => {
  test('change due is what was handed over less the total', () => {
    expect(changeDue(1750, [{ kind: 'cash', amount: 2000 }])).toBe(250);
  });

  test('too little cash is refused', () => {
    expect(() => changeDue(1750, [{ kind: 'cash', amount: 1000 }])).toThrow(TenderError);
  });

  test('quick amounts start with the exact total and only go up', () => {
    const amounts = quickCashAmounts(1750);
    expect(amounts[0]).toBe(1750);
    expect(amounts).toEqual([1750, 2000, 5000, 10000]);
  });
});
