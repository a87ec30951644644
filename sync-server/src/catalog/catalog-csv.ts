import { moneyText, parseMoneyText, type Currency } from '@tillsafe/domain';
import { productInputSchema, type ProductInput, type ProductRecord } from '@tillsafe/sync';
import type { CatalogReferences } from './catalog-references';
import { CsvSyntaxError, parseCsv, toCsv } from './csv';

/**
 * The catalog as a spreadsheet: one row per pack, a product's packs on rows with its SKU, in
 * order. The product's own columns are read from its first row. Prices are decimals in the
 * organisation's currency ("12.50"); barcodes are separated by spaces; yes/no for flags; the
 * category, tax category and deposit by name. Export writes exactly what import reads.
 */
export const CSV_COLUMNS = ['sku', 'name', 'brand', 'category', 'tax_category', 'size_ml', 'age_restricted', 'deposit', 'active', 'pack', 'units', 'price', 'barcodes'] as const;
type Column = (typeof CSV_COLUMNS)[number];
const OPTIONAL: ReadonlySet<Column> = new Set(['brand', 'size_ml', 'deposit', 'active', 'barcodes']);

export interface ImportRowError {
  /** The line of the file the row starts on (the header is line 1). */
  row: number;
  column: string;
  message: string;
}

/** A product read from the file, before it is matched to a stored one. */
export interface CsvProduct {
  sku: string;
  /** The line of each pack's row, in pack order. */
  lines: number[];
  input: ProductInput;
}

export function catalogToCsv(products: readonly ProductRecord[], refs: CatalogReferences, currency: Currency): string {
  const name = (list: readonly { id: string; name: string }[], id: string | null | undefined) => (id ? (list.find((x) => x.id === id)?.name ?? '') : '');
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const p of products) {
    for (const pack of p.packs) {
      rows.push([
        p.sku,
        p.name,
        p.brand,
        name(refs.categories, p.categoryId),
        name(refs.taxCategories, p.taxCategoryId),
        p.volumeMl === null ? '' : String(p.volumeMl),
        p.ageRestricted ? 'yes' : 'no',
        name(refs.depositItems, p.depositItemId),
        p.active ? 'yes' : 'no',
        pack.name,
        String(pack.units),
        moneyText(pack.price, currency),
        pack.barcodes.join(' '),
      ]);
    }
  }
  return toCsv(rows);
}

/** Where an input path is in the file: the product's first row, or its pack's row. */
const FIELD_COLUMNS: Record<string, Column> = {
  sku: 'sku',
  name: 'name',
  brand: 'brand',
  categoryId: 'category',
  taxCategoryId: 'tax_category',
  volumeMl: 'size_ml',
  ageRestricted: 'age_restricted',
  depositItemId: 'deposit',
  active: 'active',
};
const PACK_COLUMNS: Record<string, Column> = { name: 'pack', units: 'units', price: 'price', barcodes: 'barcodes', depositItemId: 'deposit' };

export function locate(product: CsvProduct, path: readonly (string | number | symbol)[]): { row: number; column: string } {
  if (path[0] === 'packs' && typeof path[1] === 'number') {
    return { row: product.lines[path[1]] ?? product.lines[0]!, column: PACK_COLUMNS[String(path[2])] ?? 'pack' };
  }
  return { row: product.lines[0]!, column: FIELD_COLUMNS[String(path[0])] ?? 'sku' };
}

/** Reads the file into products, with every problem a row has; rows with problems give no product. */
export function readCatalogCsv(text: string, refs: CatalogReferences, currency: Currency): { products: CsvProduct[]; errors: ImportRowError[]; rows: number } {
  let records;
  try {
    records = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) return { products: [], errors: [{ row: error.line, column: '', message: error.message }], rows: 0 };
    throw error;
  }
  const [header, ...body] = records;
  if (!header) return { products: [], errors: [{ row: 1, column: '', message: 'The file is empty: it needs a header row and a row per pack.' }], rows: 0 };
  const at = new Map(header.fields.map((f, i) => [f.trim().toLowerCase(), i]));
  const missing = CSV_COLUMNS.filter((c) => !OPTIONAL.has(c) && !at.has(c));
  if (missing.length) return { products: [], errors: [{ row: 1, column: missing.join(', '), message: `The header has no ${missing.join(', ')} column. Columns: ${CSV_COLUMNS.join(', ')}.` }], rows: body.length };

  const errors: ImportRowError[] = [];
  const byName = (list: readonly { id: string; name: string }[]) => new Map(list.map((x) => [x.name.trim().toLowerCase(), x.id]));
  const categories = byName(refs.categories);
  const taxes = byName(refs.taxCategories);
  const deposits = byName(refs.depositItems);
  const groups = new Map<string, { lines: number[]; first: string[]; packs: ProductInput['packs']; bad: boolean }>();

  for (const { line, fields } of body) {
    const cell = (c: Column) => (at.has(c) ? (fields[at.get(c)!] ?? '').trim() : '');
    const fail = (column: Column, message: string) => {
      errors.push({ row: line, column, message });
    };
    const sku = cell('sku');
    if (!sku) {
      fail('sku', 'Every row needs the SKU of its product.');
      continue;
    }
    const key = sku.toLowerCase();
    let group = groups.get(key);
    const before = errors.length;
    if (!group) {
      group = { lines: [], first: fields, packs: [], bad: false };
      groups.set(key, group);
      // The product's own columns, read from its first row.
      if (!categories.has(cell('category').toLowerCase())) fail('category', `There is no category "${cell('category')}". Categories: ${names(refs.categories)}.`);
      if (!taxes.has(cell('tax_category').toLowerCase())) fail('tax_category', `There is no tax category "${cell('tax_category')}". Tax categories: ${names(refs.taxCategories)}.`);
      if (cell('deposit') && !deposits.has(cell('deposit').toLowerCase())) fail('deposit', `There is no deposit "${cell('deposit')}". Deposits: ${names(refs.depositItems)}.`);
      if (cell('size_ml') && !/^\d{1,6}$/.test(cell('size_ml'))) fail('size_ml', `The size "${cell('size_ml')}" is not a whole number of ml.`);
      if (yesNo(cell('age_restricted')) === undefined) fail('age_restricted', 'age_restricted is yes or no.');
      if (cell('active') && yesNo(cell('active')) === undefined) fail('active', 'active is yes or no (empty: yes).');
    }
    const price = parseMoneyText(cell('price'), currency);
    if (price === undefined) fail('price', `The price "${cell('price')}" is not an amount like ${moneyText(1250, currency)}.`);
    if (!/^\d{1,4}$/.test(cell('units'))) fail('units', `The units "${cell('units')}" are not a whole number of units (1 for a bottle, 12 for a case).`);
    group.lines.push(line);
    group.packs.push({ name: cell('pack'), units: Number(cell('units')), price: price ?? 0, barcodes: cell('barcodes').split(/[\s,;|]+/).filter(Boolean), depositItemId: null });
    if (errors.length > before) group.bad = true;
  }

  const products: CsvProduct[] = [];
  for (const group of groups.values()) {
    if (group.bad) continue;
    const first = (c: Column) => (at.has(c) ? (group.first[at.get(c)!] ?? '').trim() : '');
    const candidate = {
      sku: first('sku'),
      name: first('name'),
      brand: first('brand'),
      categoryId: categories.get(first('category').toLowerCase()),
      taxCategoryId: taxes.get(first('tax_category').toLowerCase()),
      volumeMl: first('size_ml') ? Number(first('size_ml')) : null,
      ageRestricted: yesNo(first('age_restricted')),
      depositItemId: first('deposit') ? (deposits.get(first('deposit').toLowerCase()) ?? null) : null,
      active: first('active') ? yesNo(first('active')) : true,
      packs: group.packs,
    };
    const product: CsvProduct = { sku: candidate.sku, lines: group.lines, input: candidate as ProductInput };
    const parsed = productInputSchema.safeParse(candidate);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors.push({ ...locate(product, issue.path), message: issue.message });
      continue;
    }
    products.push({ ...product, input: parsed.data });
  }
  errors.sort((a, b) => a.row - b.row);
  return { products, errors, rows: body.length };
}

function yesNo(text: string): boolean | undefined {
  const t = text.toLowerCase();
  if (['yes', 'y', 'true', '1'].includes(t)) return true;
  if (['no', 'n', 'false', '0'].includes(t)) return false;
  return undefined;
}

function names(list: readonly { name: string }[]): string {
  const shown = list.slice(0, 8).map((x) => x.name);
  return (shown.join(', ') || 'none yet') + (list.length > 8 ? ', …' : '');
}
