import type postgres from 'postgres';
import { expect } from 'vitest';
import { LINES_PER_SALE, salesOf, unitsSold } from './chaos-sales';
import type { ChaosTill } from './chaos-till';

/**
 * What must hold in the database after any amount of chaos, checked against what the tills
 * rang up (their outboxes), never against what the server said.
 */

/** mutation_log holds seqs 1…N of the till exactly once, with the till's ids, and lastSeq is N. */
export async function expectLogMatchesOutbox(sql: postgres.Sql, till: ChaosTill): Promise<void> {
  const log = await sql<{ seq: number; id: string }[]>`select seq::int as seq, id::text as id from mutation_log where device_id = ${till.deviceId} order by seq`;
  expect(log.map((r) => r.seq)).toEqual(till.outbox.map((m) => m.seq));
  expect(log.map((r) => r.id)).toEqual(till.outbox.map((m) => m.id));
  const [device] = await sql<{ lastSeq: number }[]>`select last_seq::int as "lastSeq" from devices where id = ${till.deviceId}`;
  expect(device?.lastSeq).toBe(till.lastSeq);
  expect(till.acked).toBe(till.lastSeq);
}

/**
 * Every sale the till rang up is stored once, applied, with one stock movement per line, and
 * the till never heard `applied` twice for one seq (a retry must come back as `duplicate`).
 */
export async function expectSalesStoredOnce(sql: postgres.Sql, till: ChaosTill): Promise<void> {
  await expectLogMatchesOutbox(sql, till);
  const rung = salesOf(till).map((s) => s.saleId);
  const stored = await sql<{ id: string; moves: number; status: string | null }[]>`
    select s.id::text as id, count(m.id)::int as moves, min(l.status) as status
    from sales s
    left join stock_movements m on m.ref_id = s.id
    left join mutation_log l on l.device_id = s.device_id and l.args->>'saleId' = s.id::text
    where s.device_id = ${till.deviceId}
    group by s.id`;
  expect(stored.map((s) => s.id).sort()).toEqual([...rung].sort());
  expect(stored.filter((s) => s.moves !== LINES_PER_SALE || s.status !== 'applied')).toEqual([]);
  const [statuses] = await sql<{ other: number }[]>`select count(*)::int as other from mutation_log where device_id = ${till.deviceId} and status <> 'applied'`;
  expect(statuses?.other).toBe(0);
  expect(clientSeenTwiceApplied(till)).toEqual([]);
}

/** Seqs the till was told were `applied` more than once, or answered with anything odd. */
function clientSeenTwiceApplied(till: ChaosTill): number[] {
  const odd: number[] = [];
  for (const [seq, results] of till.results) {
    const applied = results.filter((r) => r.status === 'applied').length;
    if (applied > 1 || results.some((r) => r.status !== 'applied' && r.status !== 'duplicate')) odd.push(seq);
  }
  return odd;
}

/** No stock movement without its sale, anywhere in the database. */
export async function expectNoOrphanMovements(sql: postgres.Sql): Promise<void> {
  const [row] = await sql<{ n: number }[]>`
    select count(*)::int as n from stock_movements m where m.reason = 'sale' and not exists (select 1 from sales s where s.id = m.ref_id)`;
  expect(row?.n).toBe(0);
}

/** Stock on hand of each product in the warehouse is minus the units the tills sold of it. */
export async function expectStockMatchesSales(sql: postgres.Sql, warehouseId: string, tills: readonly ChaosTill[]): Promise<void> {
  const sold = unitsSold(tills.flatMap(salesOf));
  const rows = await sql<{ productId: string; onHand: number }[]>`
    select product_id::text as "productId", sum(delta)::int as "onHand" from stock_movements where warehouse_id = ${warehouseId} group by product_id`;
  const onHand = Object.fromEntries(rows.map((r) => [r.productId, r.onHand]));
  const expected = Object.fromEntries([...sold].map(([productId, units]) => [productId, -units]));
  expect(onHand).toEqual(expected);
}

/** How many seqs were committed while every answer about them was lost (seen only as `duplicate`). */
export function committedButUnanswered(till: ChaosTill): number {
  let n = 0;
  for (const results of till.results.values()) if (!results.some((r) => r.status !== 'duplicate')) n++;
  return n;
}
