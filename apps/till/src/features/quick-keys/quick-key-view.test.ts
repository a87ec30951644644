import { expect, test } from 'vitest';
import type { ProductRecord } from '@tillsafe/sync';
import { lager } from '../../test-support/fixtures';
import { QUICK_KEY_COLOURS } from './quick-key-colours';
import { quickKeyViews } from './quick-key-view';

const wine: ProductRecord = { ...lager, id: '0190a0e0-0000-7000-8000-000000000b02', name: 'Coastal Rioja 750ml', categoryId: '0190a0e0-0000-7000-8000-0000000000c2', packs: [{ id: '0190a0e0-0000-7000-8000-0000000000b1', name: 'Bottle', units: 1, price: 1450, barcodes: [] }] };
const catalog = new Map([lager, wine].map((p) => [p.id, p]));
const categoryColours = new Map([[lager.categoryId, '#f59e0b']]);
const GONE = '0190a0e0-0000-7000-8000-000000000bff';

test('keys keep their saved order and add the named pack, or the first pack when none is named', () => {
  const views = quickKeyViews(
    [
      { productId: wine.id, packId: null },
      { productId: lager.id, packId: lager.packs[1]!.id },
      { productId: lager.id, packId: null },
    ],
    catalog,
    categoryColours,
  );
  expect(views.map((v) => (v.status === 'ready' ? `${v.label} / ${v.pack.name}` : v.status))).toEqual(['Coastal Rioja 750ml / Bottle', 'Harbour Lager 330ml / 6-pack', 'Harbour Lager 330ml / Bottle']);
});

test('a key’s own label and colour win over the product’s name and its category colour', () => {
  const [own, plain, uncategorised] = quickKeyViews(
    [
      { productId: lager.id, packId: null, label: 'Lager', colour: 'purple' },
      { productId: lager.id, packId: lager.packs[1]!.id },
      { productId: wine.id, packId: null },
    ],
    catalog,
    categoryColours,
  );
  expect(own).toMatchObject({ label: 'Lager', colour: QUICK_KEY_COLOURS.purple.hex });
  expect(plain).toMatchObject({ label: lager.name, colour: '#f59e0b' });
  expect(uncategorised).toMatchObject({ colour: QUICK_KEY_COLOURS.slate.hex });
});

test('a product not on sale here, or a pack it no longer has, stays on the pad disabled with the reason', () => {
  const views = quickKeyViews(
    [
      { productId: GONE, packId: null },
      { productId: GONE, packId: null, label: 'Old cider' },
      { productId: lager.id, packId: '0190a0e0-0000-7000-8000-0000000000ff' },
    ],
    catalog,
    categoryColours,
    new Map([[GONE, 'Orchard Cider 500ml']]),
  );
  expect(views).toEqual([
    expect.objectContaining({ status: 'unavailable', label: 'Orchard Cider 500ml', reason: 'Not on sale' }),
    expect.objectContaining({ status: 'unavailable', label: 'Old cider', reason: 'Not on sale' }),
    expect.objectContaining({ status: 'unavailable', label: lager.name, reason: 'Pack no longer sold' }),
  ]);
  expect(quickKeyViews([{ productId: GONE, packId: null }], catalog, categoryColours)[0]).toMatchObject({ label: 'Unknown product' });
});
