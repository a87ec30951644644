import type postgres from 'postgres';
import type { PairedTill } from './catalog-pull';
import { copyOfflineSale } from './outbox-backlog';
import { TENDERED } from './sale-commit';
import { countRows, TILL_DB } from './till-idb';
import './window-state';

/**
 * backlog_10k_drain_s: a till that sold offline comes back online with `backlog` sales in its
 * outbox, and pushes them all (the sync engine's own push, in its batches of 200).
 *
 * Setup (not timed): wait for the outbox to be empty; go offline (Playwright's setOffline); sell
 * ONE sale through the UI (the real commit path); copy it in IndexedDB until the outbox holds
 * `backlog` entries (outbox-backlog.ts: the documented shortcut that writes what the real path
 * writes).
 * Timed in the page, on its `performance.now()` clock: from the `online` event (the network
 * coming back) to the first moment the page reads the outbox as empty (it counts the outbox every
 * 250 ms, so the figure is at most about 0.25 s late).
 * Afterwards (not timed) PostgreSQL must hold exactly `backlog` more sales than before, all from
 * this till; otherwise the figure is refused.
 */
export async function drainBacklog(till: PairedTill, sql: postgres.Sql, barcode: string, backlog: number, log: (line: string) => void): Promise<number> {
  const { context, page, ui } = till;
  await waitForEmptyOutbox(till, 120_000);
  const [before] = await sql<{ n: number }[]>`select count(*)::int as n from sales`;

  await context.setOffline(true);
  await ui.scan(barcode);
  await ui.payCash(TENDERED);
  const queued = await page.evaluate(copyOfflineSale, { dbName: TILL_DB, copies: backlog - 1 });
  if (queued !== backlog) throw new Error(`the outbox holds ${queued} entries, expected ${backlog}`);

  await page.evaluate((dbName) => {
    const watch = { onlineAt: undefined as number | undefined, emptyAt: undefined as number | undefined, trace: [] as [number, number][] };
    window.benchDrain = watch;
    window.addEventListener(
      'online',
      () => {
        watch.onlineAt = performance.now();
      },
      { once: true },
    );
    const poll = () => {
      const open = indexedDB.open(dbName);
      open.onsuccess = () => {
        const db = open.result;
        const count = db.transaction('outbox').objectStore('outbox').count();
        count.onsuccess = () => {
          db.close();
          const now = performance.now();
          if (watch.onlineAt !== undefined) {
            const since = now - watch.onlineAt;
            const last = watch.trace.at(-1);
            if (!last || since - last[0] >= 1000 || count.result === 0) watch.trace.push([since, count.result]);
          }
          if (watch.onlineAt !== undefined && count.result === 0) watch.emptyAt = now;
          else setTimeout(poll, 250);
        };
      };
    };
    poll();
  }, TILL_DB);
  await context.setOffline(false);
  await page.waitForFunction(() => window.benchDrain?.emptyAt !== undefined, undefined, { timeout: 600_000, polling: 500 });
  const watch = await page.evaluate(() => window.benchDrain!);
  log(`  outbox left: ${watch.trace.filter((_, i) => i % 5 === 0 || i === watch.trace.length - 1).map(([ms, left]) => `${(ms / 1000).toFixed(0)} s ${left}`).join(', ')}`);

  const [after] = await sql<{ n: number }[]>`select count(*)::int as n from sales`;
  const added = after!.n - before!.n;
  if (added !== backlog) {
    const rejected = await sql<{ code: string; n: number }[]>`select coalesce(code, '') as code, count(*)::int as n from mutation_log where status = 'rejected' group by 1`;
    throw new Error(`PostgreSQL gained ${added} sales for a backlog of ${backlog} (rejections: ${JSON.stringify(rejected)})`);
  }
  return (watch.emptyAt! - watch.onlineAt!) / 1000;
}

async function waitForEmptyOutbox({ page }: PairedTill, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await countRows(page, 'outbox')) > 0) {
    if (Date.now() > deadline) throw new Error(`the outbox did not empty within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 500));
  }
}
