import { isValidEan13 } from '@tillsafe/domain';
import { expect, test } from 'vitest';
import { productVariants, type ProductRow } from './bench-catalog';

const template = (sku: string, packs: number): ProductRow => ({
  id: '019b76da-a800-7238-8dc2-ded95cc8816a',
  tenant_id: '019b76da-a800-7000-8000-000000000001',
  sku,
  name: `Product ${sku}`,
  brand: 'Brand',
  category_id: '019b76da-a800-7841-b5ac-8daa5b5ae96b',
  volume_ml: 750,
  age_restricted: true,
  tax_rate_bp: 1000,
  active: true,
  packs: Array.from({ length: packs }, (_, i) => ({ id: `019b76da-a800-7000-8000-00000000000${i}`, name: `Pack ${i}`, units: i + 1, price: 999 * (i + 1), barcodes: ['0400000000017'] })),
});
const templates = [template('RW-00001', 2), template('BC-00001', 3), template('SS-00001', 1)];

test('two runs make the identical variants', () => {
  expect(productVariants(templates, 50)).toEqual(productVariants(templates, 50));
});

test('variants take the templates in turn, as lots, keeping prices and packs', () => {
  const variants = productVariants(templates, 4);
  expect(variants.map((v) => v.sku)).toEqual(['RW-00001-L001', 'BC-00001-L001', 'SS-00001-L001', 'RW-00001-L002']);
  expect(variants[3]!.name).toBe('Product RW-00001 (lot 2)');
  expect(variants[1]!.packs.map((p) => [p.name, p.units, p.price])).toEqual(templates[1]!.packs.map((p) => [p.name, p.units, p.price]));
});

test('ids, skus and barcodes are unique and new; barcodes are valid EAN-13', () => {
  const variants = productVariants(templates, 300);
  const ids = [...variants.map((v) => v.id), ...variants.flatMap((v) => v.packs.map((p) => p.id))];
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  expect(new Set(variants.map((v) => v.sku)).size).toBe(300);
  const barcodes = variants.flatMap((v) => v.packs.flatMap((p) => p.barcodes));
  expect(new Set(barcodes).size).toBe(barcodes.length);
  for (const code of barcodes) expect(isValidEan13(code) && code.startsWith('049'), code).toBe(true);
});
