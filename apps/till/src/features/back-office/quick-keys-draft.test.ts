import { expect, test } from 'vitest';
import { MAX_QUICK_KEYS } from '@tillsafe/sync';
import { addKey, cannotAdd, describeKey, draftOf, keysOf, moveKey, removeKey, updateKey, type KeyProduct } from './quick-keys-draft';

const lager: KeyProduct = {
  id: '0190a0e0-0000-7000-8000-000000000b01',
  name: 'Harbour Lager 330ml',
  active: true,
  packs: [
    { id: '0190a0e0-0000-7000-8000-0000000000a1', name: 'Bottle', units: 1, price: 250 },
    { id: '0190a0e0-0000-7000-8000-0000000000a6', name: '6-pack', units: 6, price: 1299 },
  ],
};
const wine: KeyProduct = { id: '0190a0e0-0000-7000-8000-000000000b02', name: 'Coastal Rioja 750ml', active: false, packs: [{ id: '0190a0e0-0000-7000-8000-0000000000b1', name: 'Bottle', units: 1, price: 1450 }] };
const products = new Map([lager, wine].map((p) => [p.id, p]));
const [bottle, sixPack] = lager.packs as [KeyProduct['packs'][number], KeyProduct['packs'][number]];

test('keys are added at the end, once per pack', () => {
  let draft = addKey([], lager.id, bottle.id);
  draft = addKey(draft, lager.id, sixPack.id);
  draft = addKey(draft, lager.id, bottle.id);
  expect(draft.map((k) => k.packId)).toEqual([bottle.id, sixPack.id]);
  expect(cannotAdd(draft, lager.id, bottle.id)).toBe('That pack already has a key.');
});

test('no more keys than a till shows', () => {
  const full = Array.from({ length: MAX_QUICK_KEYS }, (_, i) => ({ productId: `p${i}`, packId: 'x', label: '', colour: null }));
  expect(cannotAdd(full, lager.id, bottle.id)).toBe(`A till shows at most ${MAX_QUICK_KEYS} quick keys. Remove one first.`);
  expect(addKey(full, lager.id, bottle.id)).toHaveLength(MAX_QUICK_KEYS);
});

test('moving up and down swaps neighbours; the ends stay put', () => {
  const draft = draftOf([
    { productId: lager.id, packId: bottle.id },
    { productId: lager.id, packId: sixPack.id },
    { productId: wine.id, packId: null },
  ]);
  expect(moveKey(draft, 2, -1).map((k) => k.productId)).toEqual([lager.id, wine.id, lager.id]);
  expect(moveKey(draft, 0, 1).map((k) => k.packId)).toEqual([sixPack.id, bottle.id, null]);
  expect(moveKey(draft, 0, -1)).toEqual(draft);
  expect(moveKey(draft, 2, 1)).toEqual(draft);
  expect(removeKey(draft, 1).map((k) => k.packId)).toEqual([bottle.id, null]);
});

test('what is saved: labels trimmed, blank labels and no colour left out; a saved key reads back the same', () => {
  let draft = addKey(addKey([], lager.id, bottle.id), wine.id, wine.packs[0]!.id);
  draft = updateKey(draft, 0, { label: '  Lager  ', colour: 'amber' });
  draft = updateKey(draft, 1, { label: '   ' });
  const keys = keysOf(draft);
  expect(keys).toEqual([
    { productId: lager.id, packId: bottle.id, label: 'Lager', colour: 'amber' },
    { productId: wine.id, packId: wine.packs[0]!.id },
  ]);
  expect(keysOf(draftOf(keys))).toEqual(keys);
});

test('a key says what it adds, and what is wrong with it', () => {
  expect(describeKey({ productId: lager.id, packId: null, label: '', colour: null }, products)).toEqual({ name: lager.name, pack: 'Bottle', price: 250, problem: undefined });
  expect(describeKey({ productId: wine.id, packId: null, label: '', colour: null }, products).problem).toBe('Inactive: the tills show this key disabled.');
  expect(describeKey({ productId: lager.id, packId: 'gone', label: '', colour: null }, products).problem).toBe('The product no longer has this pack: remove this key.');
  expect(describeKey({ productId: 'gone', packId: null, label: '', colour: null }, products)).toMatchObject({ name: 'Unknown product', problem: 'No longer in the catalog: remove this key.' });
});
