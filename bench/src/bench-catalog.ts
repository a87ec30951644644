/**
 * The bench's large catalog: variants of the demo shop's products until the shop holds a given
 * number of products. A variant keeps its template's category, brand, sizes, prices and active
 * flag, and gets its own ids, sku, name and barcodes, so the till stores and indexes every one.
 *
 * Deterministic like the demo catalog: ids are UUID v7 with a fixed timestamp and bits from a
 * SHA-256 of a stable key, and barcodes count up in GS1's 049 block (kept for numbers used inside
 * one company), well clear of the demo's 040… barcodes.
 */
import { createHash } from 'node:crypto';
import { ean13CheckDigit, type Pack } from '@tillsafe/domain';

/** A products row as PostgreSQL returns it (snake_case columns). */
export interface ProductRow {
  id: string;
  tenant_id: string;
  sku: string;
  name: string;
  brand: string;
  category_id: string;
  volume_ml: number | null;
  age_restricted: boolean;
  tax_rate_bp: number;
  active: boolean;
  packs: Pack[];
}

/** 2026-01-01T00:00:00Z, the demo catalog's id timestamp. */
const ID_TIMESTAMP_HEX = (1_767_225_600_000).toString(16).padStart(12, '0');
const BARCODE_PREFIX = '049';

/** `count` variants of `templates` (taken in turn), the n-th named "(lot n)" after its template. */
export function productVariants(templates: readonly ProductRow[], count: number): ProductRow[] {
  if (templates.length === 0) throw new RangeError('no template products');
  let barcodes = 0;
  const nextBarcode = (): string => {
    barcodes += 1;
    const first12 = BARCODE_PREFIX + String(barcodes).padStart(12 - BARCODE_PREFIX.length, '0');
    return first12 + String(ean13CheckDigit(first12));
  };
  return Array.from({ length: count }, (_, n) => {
    const template = templates[n % templates.length]!;
    const lot = Math.floor(n / templates.length) + 1;
    const sku = `${template.sku}-L${String(lot).padStart(3, '0')}`;
    return {
      ...template,
      id: stableUuid(`bench:product:${sku}`),
      sku,
      name: `${template.name} (lot ${lot})`,
      packs: template.packs.map((pack) => ({ ...pack, id: stableUuid(`bench:pack:${sku}:${pack.name}`), barcodes: [nextBarcode()] })),
    };
  });
}

function stableUuid(key: string): string {
  const hash = createHash('sha256').update(key).digest('hex');
  const variant = (0x8 | (parseInt(hash[15]!, 16) & 0x3)).toString(16);
  const t = ID_TIMESTAMP_HEX;
  return `${t.slice(0, 8)}-${t.slice(8)}-7${hash.slice(0, 3)}-${variant}${hash.slice(3, 6)}-${hash.slice(6, 18)}`;
}
