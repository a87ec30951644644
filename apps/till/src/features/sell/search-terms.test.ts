import { expect, test } from 'vitest';
import { normalise, normaliseCode, sizeWords, words } from './search-terms';

test('words are lower case, without accents or apostrophes', () => {
  expect(words("Château Belleval Jack Daniel's")).toEqual(['chateau', 'belleval', 'jack', 'daniels']);
  expect(normalise('CRÈME de Cassis')).toBe('creme de cassis');
});

test('a size stays one word with its unit, however it is written', () => {
  expect(words('Rioja 1.5 L')).toEqual(['rioja', '1.5l']);
  expect(words('Rioja 1,5l')).toEqual(['rioja', '1.5l']);
  expect(words('Lager 6 x 330 ml')).toEqual(['lager', '6', 'x', '330ml']);
  expect(words('W-RIO-75')).toEqual(['w', 'rio', '75']);
});

test('a volume gives every spelling a cashier may type for it', () => {
  expect(sizeWords(750)).toEqual(['750ml', '75cl', '0.75l']);
  expect(sizeWords(1500)).toEqual(['1500ml', '150cl', '1.5l']);
  expect(sizeWords(null)).toEqual([]);
});

test('a code is compared trimmed, in lower case and without inner spaces', () => {
  expect(normaliseCode(' W-Rio 75\n')).toBe('w-rio75');
});
