import type { SaleCompleteArgs } from '@tillsafe/sync';
import { buildDemoCatalog } from '../seed/demo-catalog';
import { DEMO } from '../seed/demo-organisation';
import { saleArgs } from '../testing/sale-args';
import type { ChaosTill } from './chaos-till';

const catalog = buildDemoCatalog();
const productById = new Map(catalog.products.map((p) => [p.id, p]));
/** saleArgs picks `lines` consecutive active products from an offset. */
const activeCount = catalog.products.filter((p) => p.active).length;
export const LINES_PER_SALE = 3;
export const CASHIER_ID = DEMO.staff.find((s) => s.role === 'cashier')!.id;
export const MANAGER_ID = DEMO.staff.find((s) => s.role === 'manager')!.id;

/** A small seeded PRNG (mulberry32, Tommy Ettinger, public domain), so a failing run can be replayed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Rings up `count` cash sales of three random products each into the till's outbox. */
export function ringUpSales(till: ChaosTill, count: number, random: () => number): void {
  for (let i = 0; i < count; i++) {
    const offset = Math.floor(random() * (activeCount - LINES_PER_SALE));
    till.record('sale.complete', saleArgs(till.enrolment, { offset, lines: LINES_PER_SALE }), CASHIER_ID);
  }
}

/** The sales a till rang up, from its outbox. */
export function salesOf(till: ChaosTill): SaleCompleteArgs[] {
  return till.outbox.filter((m) => m.name === 'sale.complete').map((m) => m.args as SaleCompleteArgs);
}

/** Units each product left the shelf by, over the given sales (a case of 12 counts 12). */
export function unitsSold(sales: readonly SaleCompleteArgs[]): Map<string, number> {
  const units = new Map<string, number>();
  for (const sale of sales) {
    for (const line of sale.lines) {
      const pack = productById.get(line.productId)?.packs.find((p) => p.id === line.packId);
      if (!pack) throw new Error(`the demo catalog has no pack ${line.packId} of ${line.productId}`);
      units.set(line.productId, (units.get(line.productId) ?? 0) + pack.units * line.qty);
    }
  }
  return units;
}
