import { describe, expect, test } from 'vitest';
import { unitWeight, type MixMatch } from './mix-match';
import { baseRules, cartOf, id, ids, item, onlyCategories, priced, ruleBase } from './test-fixtures';

const mixSix: MixMatch = {
  kind: 'mix-match',
  id: id(0xd01),
  name: 'Mix 6 wines',
  ...ruleBase,
  scope: { ...onlyCategories(ids.wineCategory), excludedPackIds: [ids.riojaCase] },
  minWeightedUnits: 6,
  discountBp: 1000,
  unitWeights: [{ minVolumeMl: 1500, weight: 2 }],
};
const rules = baseRules({ promotions: [mixSix] });

describe('mixed-case promotions', () => {
  test('six mixed wines take 10 % off each line, explained on the line', () => {
    const cart = priced(cartOf([item(ids.rioja, ids.riojaBottle, 5), item(ids.magnum, ids.magnumBottle, 1)]), rules);
    expect(cart.lines.map((l) => l.adjustments)).toEqual([
      [{ kind: 'mix-match', ruleId: mixSix.id, explanation: 'Mix 6 wines −10%', amount: 650, approvedBy: null }],
      [{ kind: 'mix-match', ruleId: mixSix.id, explanation: 'Mix 6 wines −10%', amount: 250, approvedBy: null }],
    ]);
  });

  test('a 1.5 L bottle counts as two, so four bottles and two magnums make the six', () => {
    expect(unitWeight({ volumeMl: 1500 }, mixSix.unitWeights)).toBe(2);
    expect(unitWeight({ volumeMl: 750 }, mixSix.unitWeights)).toBe(1);
    expect(unitWeight({ volumeMl: null }, mixSix.unitWeights)).toBe(1);
    const cart = priced(cartOf([item(ids.rioja, ids.riojaBottle, 2), item(ids.magnum, ids.magnumBottle, 2)]), rules);
    expect(cart.lines.every((l) => l.adjustments[0]?.kind === 'mix-match')).toBe(true);
  });

  test('five wines are not a mixed case', () => {
    const cart = priced(cartOf([item(ids.rioja, ids.riojaBottle, 5)]), rules);
    expect(cart.discountTotal).toBe(0);
  });

  test('the seventh bottle gets the discount too', () => {
    const cart = priced(cartOf([item(ids.rioja, ids.riojaBottle, 7)]), rules);
    expect(cart.lines[0]!.discountTotal).toBe(909); // 10 % of 90.93, half-even
  });

  test('excluded items neither count towards the case nor get its discount', () => {
    const cart = priced(cartOf([item(ids.rioja, ids.riojaBottle, 5), item(ids.rioja, ids.riojaCase, 1), item(ids.gin, ids.ginBottle, 3)]), rules);
    expect(cart.discountTotal).toBe(0);
  });

  test('a line in two mixes takes the one that saves most, once', () => {
    const bigger = { ...mixSix, id: id(0xd02), name: 'Mix 6 reds', discountBp: 1500 };
    const cart = priced(cartOf([item(ids.rioja, ids.riojaBottle, 6)]), baseRules({ promotions: [mixSix, bigger] }));
    expect(cart.lines[0]!.adjustments.map((a) => a.explanation)).toEqual(['Mix 6 reds −15%']);
  });

  test('a mix outside its validity window does not apply', () => {
    const over = { ...mixSix, validTo: '2026-11-01T00:00:00Z' };
    expect(priced(cartOf([item(ids.rioja, ids.riojaBottle, 6)]), baseRules({ promotions: [over] })).discountTotal).toBe(0);
  });
});
