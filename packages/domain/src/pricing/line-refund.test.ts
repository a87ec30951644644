import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { lineRefund } from './line-refund';
import { cartOf, id, ids, item, priced } from './test-fixtures';

describe('refunding a line', () => {
  const crates = item(ids.lager, ids.lagerCrate, 3, { lineId: id(0xaa1) });
  const sale = priced(cartOf([crates], { cartDiscount: { kind: 'amount', amount: 100, reason: null } }));

  test('refunds its deposits with it, in proportion', () => {
    const refund = lineRefund(sale, crates.lineId, 1, 0);
    expect(refund).toEqual({
      ok: true,
      value: {
        lineId: crates.lineId,
        qty: 1,
        amount: 4167, // (3 × 42.00 − 1.00) / 3 = 41.666…
        tax: 694,
        deposits: [
          { depositItemId: ids.bottleDeposit, qty: 24, amount: 600, tax: 0 },
          { depositItemId: ids.crateDeposit, qty: 1, amount: 150, tax: 25 },
        ],
        total: 4167 + 600 + 150,
      },
    });
  });

  test('however a line is refunded in parts, the parts add up to exactly what was paid', () => {
    const paid = sale.lines[0]!.total + sale.depositTotal;
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 3 }), { maxLength: 3 }), (steps) => {
        let refunded = 0;
        let money = 0;
        for (const step of [...steps, 3]) {
          const qty = Math.min(step, 3 - refunded);
          if (qty === 0) break;
          const refund = lineRefund(sale, crates.lineId, qty, refunded);
          if (!refund.ok) throw new Error(refund.error.message);
          expect(refund.value.total).toBeGreaterThanOrEqual(0);
          money += refund.value.total;
          refunded += qty;
        }
        expect(money).toBe(paid);
      }),
      { seed: 7_2026, numRuns: 50 },
    );
  });

  test('more than is left, or a line not on the sale, is refused with a code', () => {
    expect(lineRefund(sale, crates.lineId, 2, 2)).toMatchObject({ ok: false, error: { code: 'REFUND_EXCEEDS_SOLD', message: 'Only 1 of 3 Crate of 24 are left to refund.' } });
    expect(lineRefund(sale, id(0xaa2), 1, 0)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_LINE' } });
  });

  test('once all of a line is refunded, the refusal says so', () => {
    const name = sale.lines.find((l) => l.lineId === crates.lineId)!.name;
    expect(lineRefund(sale, crates.lineId, 1, 3)).toMatchObject({ ok: false, error: { code: 'REFUND_EXCEEDS_SOLD', message: `All 3 × ${name} (Crate of 24) were already refunded.` } });
  });
});
